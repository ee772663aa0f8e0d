"""A person introduced by a lower-case noun for what they are ("journalist Daniel Pearl") is a
person, with no title, "said" or known given name; a body or place after such a noun is not."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_a_name_after_a_noun_for_a_person_is_that_person() -> None:
    # US Senate, 2006; HRW World Report 2024 (Kosovo); UN General Debate, Iceland, 1984
    text = (
        "Look at journalist Daniel Pearl, who was beheaded by al Qaeda. The court found former Bosnian "
        "Serb soldier Dalibor Krstović guilty of crimes against civilians. In March, RTV editor and "
        "journalist Alban Selimi’s garage was set on fire. The statue was created by an Icelandic "
        "sculptor, Asmundur Sveinsson, in 1950."
    )
    found = people(text)
    assert found["Daniel Pearl"] == ["Daniel Pearl"]
    assert found["Dalibor Krstović"] == ["Dalibor Krstović"]
    assert found["Alban Selimi"] == ["Alban Selimi"]
    assert found["Asmundur Sveinsson"] == ["Asmundur Sveinsson"]


def test_ordinary_words_after_the_noun_are_no_person() -> None:
    # a headline in title case: its capitals name nobody
    text = (
        "The headline read: Jailed journalist Wins Press Freedom Award in Geneva. The student Union "
        "Hall meeting ended."
    )
    assert people(text) == {}
