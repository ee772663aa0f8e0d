"""A state's government as a party to talks ("the Iraqi side"), on real State Department sentences."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_a_side_in_talks_is_that_states_government() -> None:
    # State Department, U.S.-Iraq joint statement, 2021; a press availability, 2022
    text = (
        "The United States reaffirmed its respect for Iraq’s sovereignty. The Iraqi side provided a "
        "detailed account of its plans. The Ukrainian side has also said that any agreement must include "
        "guarantees."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Government of Iraq"] == ("government", ["The Iraqi side"])
    assert found["Government of Ukraine"] == ("government", ["The Ukrainian side"])


def test_a_side_of_a_line_or_of_no_state_is_no_government() -> None:
    # State Department briefings, 2022
    text = (
        "There was shelling on the Ukrainian side of the line. I wanted to ask about the Asia side "
        "of the trip."
    )
    assert not any(a.type == "government" for a in extract(text).actors)
