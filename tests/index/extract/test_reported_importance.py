"""The importance a State Department or White House readout reports an official to have stressed
is no call of the page's; the speaker's own, an announced one and one that names whom it asks stay
calls (real sentences from unannotated us-state-dept pages and White House pages, 2021-2022)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.models import Demand

STATE_URL = "https://www.state.gov/secretary-blinkens-meeting/"
WHITE_HOUSE_URL = "https://www.whitehouse.gov/briefing-room/statements-releases/readout/"


def readout_demands(text: str, url: str = STATE_URL) -> tuple[Demand, ...]:
    """The demands found in a readout whose body is `text`, published at `url`."""
    return extract("Readout\n\nOffice of the Spokesperson\n\n" + text, source_url=url).demands


@pytest.mark.parametrize(
    "text",
    [
        # State Department readouts, 2021-2022: the official's reported stress, an act by its gerund
        "Secretary of State Antony J. Blinken met with ASEAN foreign ministers. He also emphasized the "
        "importance of taking bold action to address the climate crisis.",
        # ... and by its noun
        "Deputy Secretary of State Wendy R. Sherman met with Japanese Vice Foreign Minister Mori Takeo. "
        "The Deputy Secretary stressed the importance of support for gender equity and equality and "
        "LGBTQI+ rights.",
        "The Secretary and interim Prime Minister also emphasized the importance of full implementation "
        "of the October 23, 2020 ceasefire agreement.",
    ],
)
def test_the_importance_an_official_is_reported_to_have_stressed_is_no_call(text: str) -> None:
    assert readout_demands(text) == ()


def test_the_importance_a_white_house_readout_reports_is_no_call() -> None:
    # a White House readout of the National Security Advisor's meeting, 2022
    text = (
        "National Security Advisor Jake Sullivan met with Politburo member Yang Jiechi in Luxembourg. "
        "Mr. Sullivan underscored the importance of maintaining open lines of communication to manage "
        "competition between our two countries."
    )
    assert readout_demands(text, WHITE_HOUSE_URL) == ()


@pytest.mark.parametrize(
    "text",
    [
        # the speakers' own, in the first person (a joint statement on Syria, 2021)
        "We stressed the critical importance of meeting humanitarian needs, including life-saving "
        "assistance and COVID-19 response for all Syrians in need.",
        # in the present (a State Department statement on Tigray, 2022)
        "We reiterate the importance of significant, sustained, unconditional, and unhindered "
        "humanitarian access to Tigray.",
        # announced, not told (a State Department briefing, 2021)
        "And during the meeting, the Secretary will underscore the importance of meeting humanitarian "
        "needs throughout the country.",
    ],
)
def test_the_speakers_own_or_an_announced_importance_stays_a_call(text: str) -> None:
    assert len(readout_demands(text)) == 1


def test_the_importance_of_someone_doing_an_act_still_asks_him() -> None:
    # a readout of the Deputy Secretary's meeting with Israel's National Security Advisor, 2022
    text = (
        "Deputy Secretary Sherman also emphasized the importance of Israelis and Palestinians enjoying "
        "equal measures of security, freedom, and prosperity."
    )
    (demand,) = readout_demands(text)
    assert demand.targets


def test_outside_a_government_readout_the_importance_stressed_stays_a_call() -> None:
    # the same sentence with no publisher known: the call importance.py finds is kept
    text = (
        "The statement was published on Monday.\n\nThe Deputy Secretary stressed the importance of "
        "support for gender equity and equality and LGBTQI+ rights."
    )
    assert len(extract(text).demands) == 1


def test_an_importance_stressed_to_press_someone_still_asks_him() -> None:
    # a readout of the Secretary's meeting with the Republic of Korea's Foreign Minister, 2022
    text = (
        "On Burma, the Secretary stressed the importance of working with international partners to "
        "address human rights abuses and press the regime to cease the violence."
    )
    (demand,) = readout_demands(text)
    assert demand.targets


def test_a_reproduced_communique_speaks_in_its_signatories_voice() -> None:
    # a joint communiqué of the Global Coalition to Defeat ISIS on a State Department page, 2022
    text = (
        "The following statement was released by the Foreign Ministers of the Global Coalition to Defeat "
        "Daesh/ISIS following today’s meeting in Marrakesh, Morocco.\nBegin text:\nThe Ministers "
        "reiterated the importance of allocating adequate resources to sustain Coalition and legitimate "
        "partner forces’ efforts."
    )
    assert len(readout_demands(text)) == 1
