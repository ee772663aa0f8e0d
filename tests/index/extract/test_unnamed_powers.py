"""States a UN speech points at without naming them ("certain countries", "major Powers")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(text)
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in ex.actors}


def test_certain_countries_are_one_unnamed_actor() -> None:
    text = (
        "Our region is entangled in terrorism, and its roots are in the vested interests of certain "
        "countries. To move towards development and stability, certain countries must stop bombing "
        "their neighbours."
    )
    assert actors(text).get("Certain countries") == ("other", ["certain countries", "certain countries"])


def test_certain_states_and_powers_are_unnamed_actors() -> None:
    text = (
        "We deplore the continued aid of certain Powers which support the apartheid regime. We cannot "
        "understand why certain States refuse to admit that the tests must stop."
    )
    found = actors(text)
    assert found.get("Certain Powers") == ("other", ["certain Powers"])
    assert found.get("Certain States") == ("other", ["certain States"])


def test_major_powers_keep_their_article_and_count() -> None:
    text = (
        "Iran seeks to guarantee that the era of quiet among major Powers will remain. The improvement "
        "in relations between the two major Powers is welcome."
    )
    assert actors(text).get("Major Powers") == ("other", ["major Powers", "the two major Powers"])


def test_certain_countries_as_a_place_are_no_actor() -> None:
    text = (
        "This is compounded by the rising tensions between and within certain countries. We are "
        "concerned by financial developments in recent days in certain countries of South-East Asia."
    )
    assert not [a for a in extract(text).actors if a.type == "other"]
