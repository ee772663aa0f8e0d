"""Villages and crossings named the Arabic way ("Khirbet Zanuta", "Deir al-Balah") are places."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def places(text: str) -> list[str]:
    return sorted(text[s:e] for a in extract(text).actors if a.type == "place" for s, e in a.mentions)


def test_west_bank_hamlets_are_places_wherever_written() -> None:
    # HRW, settler violence in the West Bank, April 2024
    text = (
        "Settlers forcibly displaced families in Khirbet Zanuta and Khirbet al-Ratheem south of "
        "Hebron, and in Wadi al-Seeq, east of Ramallah. On January 31, rights activists filmed settlers "
        "fencing off Khirbet Zanuta’s lands."
    )
    got = places(text)
    assert got.count("Khirbet Zanuta") == 2
    assert "Khirbet al-Ratheem" in got and "Wadi al-Seeq" in got


def test_a_crossing_and_a_town_with_their_article() -> None:
    # State Department briefing, July 2021; a UN speech, 2016
    text = (
        "The Security Council must renew the humanitarian access provided by Bab al-Hawa for 12 "
        "months. We need an impartial investigation into the incidents in Deir ez-Zor and Aleppo."
    )
    got = places(text)
    assert "Bab al-Hawa" in got and "Deir ez-Zor" in got


def test_a_persons_khan_and_a_universitys_are_no_place() -> None:
    text = "Imran Khan Niazi spoke at Aga Khan University in Nairobi. Khan Academy publishes lessons."
    got = places(text)
    assert not any(p.startswith("Khan") for p in got)
