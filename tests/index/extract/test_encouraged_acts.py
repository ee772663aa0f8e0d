"""Encouraging an act named by its noun ("We encourage the full implementation of…") calls for that act, as
urging it does; a charter, a policy or the past encouraging one is told, not asked."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate, Liberia 2002: a state named as the speaker
        (
            "Liberia encourages the continuation of the cross-straits dialogue in the interest of the "
            "greater good of the Chinese people.",
            "the continuation",
        ),
        # UN General Debate, Solomon Islands 2019
        (
            "We encourage the restoration of good relations between Cuba and the United States in the name "
            "of peace.",
            "the restoration",
        ),
        # White House joint statement: after "and", in a sentence "we" leads
        (
            "We underscore the importance of peace and stability across the Taiwan Strait and encourage the "
            "peaceful resolution of cross-Strait issues.",
            "the peaceful resolution",
        ),
    ],
)
def test_encouraging_an_act_named_by_its_noun_calls_for_it(sentence: str, action: str) -> None:
    demands = extract(LEAD + sentence).demands
    assert any(d.kind == "call_for" and d.action.startswith(action) for d in demands)


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate sentences: what a charter or rules encouraged is told, not asked
        "The Charter encouraged the establishment of specialized agencies in the field of international "
        "cooperation.",
        "It functioned on a foundation of important rules that prohibited war and encouraged the peaceful "
        "settlement of disputes.",
    ],
)
def test_an_act_encouraged_by_a_charter_or_in_the_past_is_told(sentence: str) -> None:
    assert not extract(LEAD + sentence).demands
