"""A group shortened to its noun after the text described it is that group; with two groups of
the noun, or a number before it, it is left as found. Real sentences of each genre."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source_name).actors}


def test_the_detainees_of_a_statement_on_guantanamo_detainees_are_they() -> None:
    # U.S. Senate, Leahy, 2007
    text = (
        "Statement of Sen. Patrick Leahy On The Legal Rights Of Guantanamo Detainees. "
        "Today we consider our treatment of detainees at Guantanamo Bay and how best to secure our "
        "nation. The administration likes to call the detainees at Guantanamo the worst of the worst, "
        "but military and government officials have told The New York Times that many of the "
        "detainees appear to be people who were in the wrong place at the wrong time."
    )
    found = names(text, "11Dec2007Leahy39.txt")
    assert "Detainees" not in found
    assert len(found["Guantanamo detainees"]) == 4


def test_the_refugees_after_two_described_groups_stay_refugees() -> None:
    # Peacock, Australian release, 1980: Afghan and Khmer refugees named before "the refugees"
    text = (
        "Australia has accepted several thousand Afghan refugees this year. "
        "The Government will also resettle Khmer refugees from the camps on the Thai border. "
        "The refugees will be met on arrival by officers of the Department."
    )
    found = names(text, "1980-02-28-peacock-andrew-213735791.txt")
    assert "Afghan refugees" in found
    assert all(m != "refugees" for m in found["Afghan refugees"])
