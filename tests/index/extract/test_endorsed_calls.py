"""A call the speaker takes up from another ("We reiterate the Secretary-General's call for …") is
the speaker's call, not the Secretary-General's; a call reported without the speaker taking it up
stays its maker's (UN General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import endorsed_calls, extract

LEAD = "At the outset, I congratulate the President on his election.\n\n"


@pytest.mark.parametrize(
    ("sentence", "source", "speaker"),
    [
        # UN General Debate, 2021 (Libya)
        (
            "We reiterate the Secretary-General’s call for a cessation of military operations and an "
            "end to armed conflicts, as well as the provision of resources to address the pandemic.",
            "LBY_76_2021.txt",
            "Libya",
        ),
        # UN General Debate, 2023 (Croatia)
        (
            "We support the Secretary-General’s call for the universality of conflict prevention and "
            "sustaining peace.",
            "HRV_78_2023.txt",
            "Croatia",
        ),
        # UN General Debate, 1990 (Guatemala): the state takes it up by name
        (
            "Guatemala supports Haiti’s request that the United Nations organize an observer group for "
            "the election that are to be held in that country.",
            "GTM_45_1990.txt",
            "Guatemala",
        ),
        # UN General Debate, 1991 (Ukraine)
        (
            "Ukraine welcomes the General Assembly's call on States to become original parties to the "
            "future convention on this subject.",
            "UKR_46_1991.txt",
            "Ukraine",
        ),
    ],
)
def test_a_call_taken_up_is_the_speakers(sentence: str, source: str, speaker: str) -> None:
    demands = extract(LEAD + sentence, source_name=source).demands
    assert len(demands) == 1
    assert demands[0].by == speaker


def test_a_call_described_is_not_taken_up() -> None:
    # UN General Debate, 2020 (Finland): the call described, not taken up by "we"
    text = (
        "The Secretary-General’s call for a global ceasefire was a strong appeal for conflict parties "
        "to lay down their weapons."
    )
    assert not endorsed_calls.taken_up(text, 0, text.index("call"))
