"""A call for someone's help asks them to give it: "The support of the international community is
crucial" asks the international community, as "deserves the support of X" does (UN General Debate
speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "At the outset, I congratulate the President on his election.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate, 2011 (Somalia)
        "The support of the international community is also crucial to ensuring its success.",
        # UN General Debate, 2005 (Turkey)
        "The continued support of the international community is still needed.",
        # UN General Debate, 2024 (Chad)
        "We are convinced that a strong commitment from the international community is necessary to meet "
        "this challenge.",
    ],
)
def test_the_help_asked_for_asks_its_givers(sentence: str) -> None:
    doc = extract(LEAD + sentence)
    asked = [d for d in doc.demands if "international community" in d.sentence]
    assert asked, "the call is read"
    assert [t.lower() for t in asked[0].targets] == ["international community"]


def test_a_thing_done_to_others_asks_no_one() -> None:
    # UN General Debate, 2024 (San Marino): the protection is no help its object gives
    doc = extract(
        LEAD + "The protection of civilian infrastructure is essential to guarantee food security in "
        "time of conflict."
    )
    assert all(not d.targets for d in doc.demands)
