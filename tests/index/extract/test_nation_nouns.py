"""A people named by its nationality adjective alone ("the Lebanese"), as UN speeches name them."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(text)
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in ex.actors}


def test_the_adjective_before_the_clauses_end_is_the_people() -> None:
    text = (
        "Realism compels us to recognize that the solution to the problem of the presidential vacancy "
        "is not just in the hands of the Lebanese."
    )
    assert actors(text).get("Lebanese people") == ("population", ["the Lebanese"])


def test_the_adjective_before_a_plural_verb_is_the_people() -> None:
    text = "The Chinese have detained over one million Uyghurs in Xinjiang."
    assert actors(text).get("Chinese people") == ("population", ["The Chinese"])


def test_the_adjective_before_a_noun_or_another_adjective_is_no_people() -> None:
    text = (
        "The Chinese government must release them. The French, British and German governments "
        "protested, and the Chinese and Russian delegations left. The Chinese is hard to learn."
    )
    assert not any(typ == "population" for typ, _ in actors(text).values())


def test_the_adjective_after_a_number_counts_people() -> None:
    # U.S. Senate release, 2007 (Darfur)
    text = "There is no safe haven for the hundreds of thousands of Sudanese who have faced genocide."
    assert actors(text).get("Sudanese people") == ("population", ["Sudanese"])


def test_the_adjective_before_a_verb_in_the_past_is_the_people() -> None:
    # Australian release, 1977 (MacKellar, on 73 Vietnamese boat people)
    text = "The Vietnamese arrived in Sydney this morning from Darwin by special charter flight."
    assert actors(text).get("Vietnamese people") == ("population", ["The Vietnamese"])
