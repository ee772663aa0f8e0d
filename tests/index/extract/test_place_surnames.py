"""A person whose surname is a place's name: the bare surname is the person's, not the place's."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(text)
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in ex.actors}


def test_the_surname_alone_joins_the_person_not_the_city() -> None:
    # an Australian minister's doorstop transcript (press release, 2013)
    text = (
        "But of course we are still engaged with the Parliament and we continue to call upon the "
        "Parliament to realise the recommendations outlined in the Houston Panel report - the 22 "
        "recommendations, some of which are still yet to be enacted. It is in the national interest "
        "that you listen to the likes of the former chief of Defence, Angus Houston, who has 30 "
        "years' experience on border protection and such matters."
    )
    found = actors(text)
    assert "Houston" not in found
    assert found["Angus Houston"] == ("person", ["Houston", "Angus Houston"])
