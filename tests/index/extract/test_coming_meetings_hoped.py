"""A hope that a named meeting still to come ("the forthcoming Conference …", "the upcoming NPT
Review Conference") will turn out well asks no one, as a hope for a summit or a process does; a
hope that it will adopt or decide something is still its members' act (UN General Debate
speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate, 2010 (Lesotho)
        "It is our hope that, the forthcoming Conference in Cancún, Mexico, will achieve international "
        "consensus, leading to a legally binding regime on the management of climate change.",
        # UN General Debate, 2021 (Nigeria)
        "We hope that the upcoming NPT Review Conference will lead to a successful outcome that will "
        "facilitate global denuclearization.",
        # UN General Debate, 2005 (Portugal)
        "We hope that the next Conference, to be held in Montreal, will mark the launching of a "
        "negotiating process on climate-related issues for the post-2012 period.",
    ],
)
def test_a_hope_for_how_a_coming_meeting_turns_out_is_no_call(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()
