"""Agreements: a treaty, a pact or a compact is a document, not a body, in every genre; a body
named after one, or a movement named a pact, stays an actor."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.agreements import is_agreement


def names(text: str) -> set[str]:
    return {a.name for a in extract(text).actors}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # UN General Debate, France, 2016: the dictionary's IGO entry is the treaty
        (
            "The twenty-first session of the Conference of the Parties to the United Nations Framework "
            "Convention on Climate Change (COP-21) was a conference of decisions.",
            "UN Framework Convention on Climate Change",
        ),
        # UN General Debate, Australia, 2024
        (
            "Just as we collectively moved forward this week with the Pact for the Future.",
            "Pact for the Future",
        ),
        # U.S. State Department, 2022
        (
            "We are grateful the Marshall Islands and the United States continues to enjoy such a unique "
            "and historic friendship, epitomized by our Compact of Free Association.",
            "Compact of Free Association",
        ),
        (
            "The United States and the Kingdom of Bahrain discussed their mutual commitment to tackle the "
            "climate crisis, including by promoting accelerated action as called for in the Glasgow "
            "Climate Pact and through ambitious nationally determined contributions.",
            "Glasgow Climate Pact",
        ),
    ],
)
def test_an_agreement_is_no_actor(text: str, absent: str) -> None:
    assert absent not in names(text)


def test_a_movement_named_a_pact_is_an_actor() -> None:
    # HRW news, 2024
    text = (
        "For example, in April, the Asia Indigenous Peoples Pact, which has 46 members across Asia, "
        "called attention to the absence of Indigenous representation in the drafting process."
    )
    assert "Asia Indigenous Peoples Pact" in names(text)


@pytest.mark.parametrize(
    "name",
    [
        "Collective Security Treaty Organization",
        "Parties to the Nauru Agreement",
        "Friends of the Comprehensive Nuclear-Test-Ban Treaty",
        "Government of National Accord",
    ],
)
def test_a_body_named_after_an_agreement_keeps_its_own_head(name: str) -> None:
    assert not is_agreement(name)
