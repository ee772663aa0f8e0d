"""Impunity ruled out, "There can be no impunity for …": an agentless call that asks no one (real
sentences from UN General Debate speeches and a State Department and EEAS press release)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    "sentence",
    [
        # a U.S.-EU press release, 2022 (tune9 annotates it a call with no target)
        "There can be no impunity for war crimes.",
        # General Debate speeches: Finland 2013, Ireland 2024, Luxembourg 2022
        "There can be no impunity for the perpetrators of war crimes and other atrocities.",
        "There can be no impunity for the most serious crimes of international concern.",
        "There can be no impunity, not for war crimes, crimes against humanity, the crime of genocide or "
        "the crime of aggression.",
    ],
)
def test_impunity_ruled_out_is_a_call_that_asks_no_one(sentence: str) -> None:
    (demand,) = extract(LEAD + sentence).demands
    assert demand.targets == ()
    assert demand.action.startswith("no impunity")


@pytest.mark.parametrize(
    "sentence",
    [
        # what is understood, reported after "that" (Liechtenstein, 2006)
        "It is now commonly understood that there can be no impunity for international crimes and that "
        "no one who has committed them is immune.",
        # true only once a condition is met (Nicaragua, 1977)
        "We must point out, however, that the limit of competition is the common interest, and once that "
        "limit is exceeded there can be no impunity for anyone.",
        # a warning that foretells (Colombia, 2013)
        "I want to be clear: there will be no impunity for crimes against humanity or war crimes committed "
        "in a systematic fashion.",
    ],
)
def test_impunity_understood_conditional_or_foretold_is_no_call(sentence: str) -> None:
    assert not [d for d in extract(LEAD + sentence).demands if d.action.startswith("no impunity")]
