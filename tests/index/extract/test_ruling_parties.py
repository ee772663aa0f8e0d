"""The party in power named by its role ("the ruling party") is a party: the one the text calls
ruling, else a party of its own."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_the_ruling_party_is_the_party_the_text_calls_ruling() -> None:
    # HRW, 2024 (India)
    text = (
        "Critics of the ruling Bharatiya Janata Party (BJP) were harassed. Police should act "
        "impartially, and not to the benefit of the ruling party’s supporters."
    )
    typ, surfaces = found(text)["Bharatiya Janata Party"]
    assert typ == "party" and "the ruling party" in surfaces


def test_the_ruling_party_is_not_the_opposition_party_the_report_names_most() -> None:
    # HRW, 2024 (Tanzania)
    text = (
        "Police arrested leaders of the Party for Democracy and Progress (Chadema). Chadema had "
        "planned a youth rally. Police allowed a celebration organized by the ruling party."
    )
    assert found(text)["Ruling party"] == ("party", ["the ruling party"])


def test_the_ruling_party_leaders_are_some_of_its_people() -> None:
    text = "The bill’s initiators and the ruling party leaders have made their aims clear in Georgia."
    assert "Ruling party" not in found(text)
