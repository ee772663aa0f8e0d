"""Offices named by their state in lower case ("Israel’s justice minister") are one person, not the
state: sentences from Human Rights Watch reports, 2024."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, str]:
    ex = extract(text)
    return {text[s:e]: a.type for a in ex.actors for s, e in a.mentions}


def test_a_states_lower_case_minister_is_a_person() -> None:
    text = (
        "Israel’s justice minister criticized detaining for questioning soldiers suspected of abuse. "
        "Nepal’s finance minister announced the budget."
    )
    found = typed(text)
    assert found.get("Israel’s justice minister") == "person"
    assert found.get("Nepal’s finance minister") == "person"


def test_what_the_text_says_of_the_holder_is_no_part_of_the_office() -> None:
    text = "Pakistan’s newly elected prime minister should order the release of all detainees."
    ex = extract(text)
    assert [a.name for a in ex.actors if a.type == "person"] == ["Prime Minister of Pakistan"]


def test_a_persons_or_a_partys_spokesperson_and_a_sentence_are_left_alone() -> None:
    text = (
        "Putin’s spokesperson denied it. Labor’s immigration spokesman disagreed. "
        "Chile’s leadership as president of the council was praised."
    )
    found = typed(text)
    assert not any("spokes" in m or "leadership" in m for m, t in found.items() if t == "person")


def test_a_portfolio_minister_in_lower_case_is_one_person_of_the_state_spoken_of() -> None:
    # State Department, 2021 (Israel); HRW, 2024 (Israel)
    text = (
        "Secretary Blinken met Israeli Foreign Minister Yair Lapid. The Israeli defense minister "
        "spoke later, and the foreign minister is exactly right."
    )
    assert typed(text)["Israeli defense minister"] == "person"
    assert typed(text)["the foreign minister"] == "person"
