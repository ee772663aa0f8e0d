"""Urging an act named by its noun ("urge the immediate release of…") calls for that act, as "call for
the release of…" does; urging a body named with "of" ("urge the Government of X to…") still asks it."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # Human Rights Watch news release (others' call, told)
        (
            "Some nongovernmental organizations have urged the suspension of the deal over labor abuse "
            "complaints.",
            "the suspension of the deal",
        ),
        # US Senate floor statement
        (
            "Against the backdrop of ongoing human rights violations, I add my voice to theirs in urging the "
            "restoration of a democratic government and the immediate and unconditional release of all "
            "political prisoners in Burma, including Aung San Suu Kyi.",
            "the restoration",
        ),
        # US State Department statement
        (
            "We additionally urge the immediate release of those arbitrarily detained and clarification of "
            "the fate and whereabouts of those who remain missing.",
            "the immediate release",
        ),
        # UN General Debate, Samoa 1979
        ("We urge the early conclusion of a comprehensive test-ban treaty.", "the early conclusion"),
    ],
)
def test_urging_an_act_named_by_its_noun_calls_for_it(sentence: str, action: str) -> None:
    (d,) = extract(LEAD + sentence).demands
    assert d.kind == "call_for"
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # UN General Debate sentences: a body named with "of" is asked, not an act called for
        (
            "We will continue to urge the Government of South Africa to abandon the repugnant policy of "
            "apartheid.",
            "Government of South Africa",
        ),
        (
            "I urge the members of the General Assembly to stop the war and put an end to the climate "
            "disaster.",
            "General Assembly",
        ),
    ],
)
def test_urging_a_body_named_with_of_still_asks_it(sentence: str, target: str) -> None:
    text = LEAD + sentence
    (d,) = extract(text).demands
    assert d.kind == "call_on"
    assert any(target in text[s:e] for s, e in d.target_spans)
