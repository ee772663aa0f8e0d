"""A release's media contact is a person even where a word of the name is a place's (Australian
press releases): after a "Contact:" label a name in capitals ("PARIS LORD") is read as a name, and
a bracket saying whose staff the contact is ("(Mr Rudd’s Office)") ends the name before the
number, whose surname may be a country's ("Alister Jordan")."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text, title="Statement").actors}


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # Greens release (Hanson-Young), 2011
        ("MEDIA CONTACT: PARIS LORD 0427 604 760", "Paris Lord"),
        # Labor release (Marles), 2015
        ("MEDIA CONTACT: LIDIJA IVANOVSKI 0427 051 563", "Lidija Ivanovski"),
        # Labor joint statement (Rudd and Ferguson), 2005
        ("Media contact: Alister Jordan (Mr Rudd’s Office) 0417 605 823", "Alister Jordan"),
    ],
)
def test_a_media_contact_is_a_person(line: str, name: str) -> None:
    text = (
        "“With facts and figures like these, the Prime Minister and Opposition Leader need to stop "
        f"playing politics with asylum seekers, and cease taking Australians as fools.”\n\n{line}\n"
    )
    found = _actors(text)
    assert found.get(name) == "person"
    assert "Paris" not in found and "Jordan" not in found


def test_a_unit_after_the_label_is_no_person() -> None:
    # Labor releases: the contact is the Leader's media unit, not a person
    text = "The Government must act now.\n\nCONTACT: LEADER’S OFFICE MEDIA UNIT 02 6277 4053\n"
    assert "person" not in _actors(text).values()
