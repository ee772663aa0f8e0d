""" "The Islamic Republic" alone is the state the text names it for."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def named(text: str, surface: str) -> tuple[str, str]:
    """The type and name of the actor the first mention written `surface` belongs to."""
    for a in extract(text).actors:
        if any(text[s:e] == surface for s, e in a.mentions):
            return a.type, a.name
    return "", ""


def test_the_islamic_republic_of_a_briefing_on_afghanistan() -> None:
    # U.S.-Europe communiqué on Afghanistan, July 2021
    text = (
        "The envoys discussed the situation in Afghanistan. We reiterate that the Taliban and the "
        "Islamic Republic must deliver on their commitments."
    )
    assert named(text, "the Islamic Republic") == ("state", "Afghanistan")


def test_the_islamic_republic_of_a_report_on_iran() -> None:
    # HRW, Iran, June 2024
    text = (
        "An Iranian court sentenced Narges Mohammadi again. Iran’s authorities have adopted "
        "strategies focused on the continuation of the Islamic Republic’s rule, she said."
    )
    assert named(text, "the Islamic Republic") == ("state", "Iran")


def test_the_news_agency_stays_a_medium() -> None:
    text = "Iran’s foreign minister spoke to the Islamic Republic News Agency on Monday."
    assert named(text, "Islamic Republic News Agency")[0] == "media"
