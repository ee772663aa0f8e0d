"""A capitalised compass word before a name the dictionary lacks names a place ("North Kivu");
before a known place it names that place's part, one actor with it ("East Aleppo")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def places(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "place"}


def test_a_compass_word_and_a_name_is_a_place() -> None:
    # UN General Debate, Tanzania, 2007; HRW World Report 2024 (Kosovo)
    text = (
        "We are concerned with the fluidity of the situation in North Kivu. Journalists were attacked "
        "by protesters in North Mitrovica while covering tensions."
    )
    found = places(text)
    assert found["North Kivu"] == ["North Kivu"]
    assert found["North Mitrovica"] == ["North Mitrovica"]


def test_a_known_places_part_is_that_place_whole() -> None:
    # a Syrian coalition's release, 2016: the annotators group "East Aleppo" with Aleppo
    text = "The siege of Aleppo continues. Civilians in East Aleppo are starving."
    assert places(text)["Aleppo"] == ["Aleppo", "East Aleppo"]


def test_a_peoples_word_a_state_or_a_longer_name_is_no_such_place() -> None:
    text = (
        "The North Korean delegation met South Sudan's envoy near the South China Sea, and the "
        "agreement of the North Atlantic Treaty Organization was signed in South Viet-Nam."
    )
    found = places(text)
    assert found == {"South China Sea": ["South China Sea"]}
