"""People listed beside a person are people: on sentences from each genre's statements."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_names_listed_with_a_person_are_peoples_both_ways() -> None:
    # HRW, 2024 (Central African Republic; Tunisia)
    text = (
        "Four alleged members of the Seleka – Gary Hadiatou, Ali Abdel Kader, Oumar Al Bachir, and "
        "Yalo Amadou – were arrested. Colleagues of Dahmani—Mourad Zeghidi and Borhen Bsaies—were held."
    )
    got = people(text)
    assert {"Yalo Amadou", "Mourad Zeghidi", "Borhen Bsaies"} <= set(got)


def test_a_body_or_a_place_listed_with_a_person_stays_what_it_is() -> None:
    # U.S. Senate; HRW
    text = "Senator Chipp and Amnesty International spoke. Ahmed Mansoor and Abu Dhabi officials met."
    got = people(text)
    assert not any("Amnesty" in name or "Abu Dhabi" in name for name in got)


def test_names_a_speaker_lists_with_himself_are_people_not_places() -> None:
    # State Department, 2022 (Negev Summit): "Nasser" is also a place of the authority file
    text = "It’s new for, I think, Abdullatif and Nasser and myself to be in Israel. This is our first time."
    assert "Abdullatif" not in {a.name for a in extract(text).actors if a.type == "place"}
