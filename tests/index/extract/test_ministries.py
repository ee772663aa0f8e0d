"""A ministry written in lower case by its portfolio is a body of the state's executive, named as
its capitalised form is."""

from __future__ import annotations

import pytest

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


# A state's capitalised Ministry with its portfolio: the whole name, its short form the same body, a
# list of portfolios one name, and neither another state's body nor an official's title part of it.
WHOLE_MINISTRY_NAMES = [
    (  # State Department, 2022-04-20 (Secretary Blinken with Secretary Mayorkas in Panama)
        "that was made through the Panamanian Ministry of Foreign Affairs, because this is a golden",
        "Panamanian Ministry of Foreign Affairs",
        ["Panamanian Ministry of Foreign Affairs"],
    ),
    (  # HRW, 2024-07-02 (Cambodia: smear campaign against a labor group)
        "an apparently coordinated effort to urge Cambodia’s Ministry of Interior to investigate. "
        "The Ministry of Interior should make clear that reporting is not an illegal activity.",
        "Cambodian Ministry of Interior",
        ["Cambodia’s Ministry of Interior", "Ministry of Interior"],
    ),
    (  # State Department, 2021-06-03 (U.S.-Japan Global Digital Connectivity Partnership)
        "led by the U.S. Department of State and the Japanese Ministry of Economy, Trade and Industry.",
        "Japanese Ministry of Economy, Trade and Industry",
        ["Japanese Ministry of Economy, Trade and Industry"],
    ),
    (  # State Department, 2021 (Estonia's pledging session on media freedom)
        "Co-hosted by the Estonian Ministry of Foreign Affairs and Estonian Institute of Human Rights.",
        "Estonian Ministry of Foreign Affairs",
        ["Estonian Ministry of Foreign Affairs"],
    ),
    (  # State Department, 2022-06-28 (sanctions on Russia's war machine)
        "TIMUR IVANOV is a Russian Ministry of Defense Deputy Minister of Defense.",
        "Russian Ministry of Defense",
        ["Russian Ministry of Defense"],
    ),
]


@pytest.mark.parametrize(("text", "name", "surfaces"), WHOLE_MINISTRY_NAMES)
def test_a_states_capitalised_ministry_keeps_its_portfolio(text: str, name: str, surfaces: list[str]) -> None:
    assert found(text)[name] == ("government", surfaces)


def test_a_page_place_line_before_the_ministry_is_named_apart() -> None:
    # State Department, 2021-06-23 (Secretary Blinken's remarks before the Berlin II Conference)
    text = "Berlin, Germany\nMinistry of Foreign Affairs\nSECRETARY BLINKEN: Good afternoon, everyone."
    names = found(text)
    assert "Germany" in names and "Ministry of Foreign Affairs" in names
