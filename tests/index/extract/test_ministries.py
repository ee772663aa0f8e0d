"""A ministry written in lower case by its portfolio is a body of the state's executive, named as
its capitalised form is."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_the_education_ministry_is_one_body_with_its_capitalised_name() -> None:
    # HRW, 2024 (Uganda)
    text = (
        "The Ministry of Education issued guidance in 2023. Their number exceeds the capacity of "
        "the education ministry to effectively regulate and monitor."
    )
    typ, surfaces = found(text)["Ministry of Education"]
    assert typ == "government" and surfaces == ["Ministry of Education", "education ministry"]


def test_a_states_ministry_in_lower_case_is_named_with_its_state() -> None:
    # HRW, 2024 (Ukraine)
    text = "In the 2024-25 school year, Russia’s education ministry will introduce compulsory lessons."
    assert found(text)["Russian Education Ministry"] == ("government", ["education ministry"])


def test_the_ministry_of_home_affairs_in_lower_case_is_the_ministry() -> None:
    # HRW, 2024 (India), a police officer quoted
    text = "We will request the ministry of home affairs and the embassy to cancel their visas."
    assert found(text)["Ministry of Home Affairs"] == ("government", ["the ministry of home affairs"])


def test_a_ministrys_spokesperson_or_letter_is_no_ministry() -> None:
    text = (
        "The Chinese foreign ministry spokesperson said so. The September 2022 education ministry "
        "letter states the rules."
    )
    assert not any(name.endswith("Ministry") for name in found(text))
