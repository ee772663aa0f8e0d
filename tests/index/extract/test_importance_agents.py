"""The importance of someone named by a common noun doing something, stressed in a readout, asks
him: "emphasized the importance of the international community coming together" is a call on the
international community, as "…of the Gambian government and ECOWAS following through" is on them
(real sentences from unannotated us-state-dept readouts, 2021)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.models import Demand

STATE_URL = "https://www.state.gov/secretary-blinkens-meeting/"


def readout_demands(text: str) -> tuple[Demand, ...]:
    """The demands found in a State Department readout whose body is `text`."""
    return extract("Readout\n\nOffice of the Spokesperson\n\n" + text, source_url=STATE_URL).demands


def test_the_international_community_doing_something_is_asked() -> None:
    # State Department readout of the Secretary's meeting with the WHO Director-General, 28 Jul 2021
    text = (
        "Secretary of State Antony J. Blinken met today with World Health Organization (WHO) "
        "Director-General Dr. Tedros Adhanom Ghebreyesus. Secretary Blinken emphasized the importance "
        "of the international community coming together on this matter of critical concern and "
        "reiterated our support for a multilateral approach."
    )
    (demand,) = readout_demands(text)
    assert demand.targets == ("International community",)
    assert demand.by == "U.S. Department of State"


def test_a_thing_before_a_gerund_asks_no_one() -> None:
    # State Department readout, 2021: transatlantic unity is valued, no one is named as asked
    text = (
        "Secretary of State Antony J. Blinken spoke today with German Foreign Minister Heiko Maas. "
        "The Secretary underscored the importance of transatlantic unity in holding those responsible "
        "to account."
    )
    assert readout_demands(text) == ()
