""" "Opposition Leader" names the office "Leader of the Opposition" the other way round: a person
(held by one), not the party, and the holder where the text names him beside it. Real sentences
from Australian press releases."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _people(text: str) -> dict[str, list[str]]:
    found = extract(text, title="Statement").actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "person"}


def test_the_office_unnamed_is_a_person() -> None:
    # Greens release (Hanson-Young), 2011
    text = (
        "“With facts and figures like these, the Prime Minister and Opposition Leader need to stop  "
        "playing politics with asylum seekers, and cease taking Australians as fools.”"
    )
    people = _people(text)
    assert any(mentions == ["Opposition Leader"] for mentions in people.values())


def test_the_office_before_its_holder_is_his() -> None:
    # Beazley speech, 1997
    text = (
        "The robust support for rolling back the European Empires\nwas not a bipartisan position. Then "
        'Opposition Leader Robert Menzies said it\nwas foolish to "take sides against European nations"'
    )
    people = _people(text)
    # one mention with the name it titles (index.extract.titled_names), as the annotations mark it
    holders = [name for name, mentions in people.items() if "Opposition Leader Robert Menzies" in mentions]
    assert holders == ["Robert Menzies"]
