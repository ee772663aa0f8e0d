"""A person the authority knows by a full name with a middle name ("William Richard Shorten") is
found where a release writes the given name, or its familiar form, and the surname."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.middle_names import short_forms


def people(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


def test_a_familiar_given_name_and_a_surname_that_is_a_word() -> None:
    # a Greens media release (press-releases, 2015): "Bill" and "Shorten" are both ordinary words
    text = (
        "The Greens have today denounced Bill Shorten's move to back the Abbott  Government's "
        '"turn-back" policy for refugees seeking asylum in Australia.'
    )
    found = people(text)
    assert [name for name, mentions in found.items() if mentions == ["Bill Shorten"]]


def test_the_short_form_is_found_in_running_text() -> None:
    # a Minister's radio interview (press-releases, 2018)
    text = (
        "And if the other party wins it will be the Labor Party in government and Bill Shorten will "
        "be the Prime Minister. That is what people are playing with."
    )
    assert any("Bill Shorten" in mentions for mentions in people(text).values())


def test_short_forms_only_of_three_plain_words_one_person_bears() -> None:
    given = frozenset({"William", "Richard", "George", "Herbert", "Walker", "Mohammed"})
    found = dict(
        short_forms(
            [
                ("William Richard Shorten", 1),
                ("George Herbert Bush", 2),  # two people's "George Bush": neither's
                ("George Walker Bush", 3),
                ("Mohammed bin Salman", 4),  # a particle: no plain name
                ("William Walker Smith", 5),  # "William Smith" is another entry's alias already
            ],
            given,
            {("william", "smith")},
        )
    )
    assert found["Bill Shorten"] == 1 and found["William Shorten"] == 1
    assert "George Bush" not in found and "Mohammed Salman" not in found
    assert "William Smith" not in found and found["Bill Smith"] == 5
