"""What the speaker trusts, expects or hopes someone will do asks him to ("We trust that the
Security Council will adopt…", UN General Assembly speeches); what one expects of a thing or of
events forecasts (State Department briefings)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

from .test_appeals import assert_one_call


@pytest.mark.parametrize(
    ("text", "asked", "action"),
    [
        # Spain 1989
        (
            "We trust that the Security Council will adopt the necessary resolutions to ensure that "
            "this process will be set in motion as quickly as possible.",
            "Security Council",
            "adopt the necessary resolutions",
        ),
        # Libya 1994: an aside after "will"
        (
            "We hope that the preparatory committee for the 1995 review conference will, in its next "
            "session, reach an understanding that takes into consideration the concerns of all parties.",
            "the preparatory committee",
            "reach an understanding",
        ),
    ],
)
def test_trust_or_hope_that_someone_will_act_asks_him(text: str, asked: str, action: str) -> None:
    assert_one_call(text, asked, action)


@pytest.mark.parametrize(
    "text",
    [
        # State Department briefings: forecasts
        "We expect that event will start around 1 p.m. and the embargo will lift as soon as that event "
        "starts.",
        "We expect that this development will lead at this session to the de-listing of the Cocos (Keeling) "
        "Islands as a Non-Self-Governing Territory.",
        "And so I expect that there will be news in much more detail within the next two weeks.",
        # Morocco 1957: a wish for others, which asks them nothing
        "We trust that other nations which are still struggling for freedom and sovereignty will soon be "
        "able to join our ranks.",
        # Uganda 1991: a hope for a thing
        "It remains our hope that these talks will, in the end, be fruitful.",
    ],
)
def test_expecting_or_trusting_a_thing_asks_no_one(text: str) -> None:
    assert extract(text).demands == ()
