"""A modal's subject after a long clause of its own joined by a bare "and" (joined_clauses.py), in real
sentences from Australian press releases."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        # a Greens release (Hanson-Young, 2013): a judged fact, then the Government asked
        (
            "“The indefinite and arbitrary detention of refugee children is beyond moral comprehension "
            "and the  Australian Government must act to bring these children back to Australia before "
            "any more damage is  done,” the Greens’ immigration spokesperson, Senator Sarah Hanson-Young "
            "said today.",
            "Government of Australia",
            "act to bring these children back",
        ),
        # a Prime Minister's release (Howard, 1995)
        (
            "I mean, he is deliberately trying to paint the spectre of turmoil to serve his political "
            "purposes and the Australian people should understand that for what it is.",
            "Australian people",
            "understand that",
        ),
    ],
)
def test_the_subject_after_a_clause_and_and_is_asked(text: str, target: str, action: str) -> None:
    (d,) = extract(text).demands
    assert target in d.targets
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    "text",
    [
        # a Minister's release (Bowen, 2011): "has to" after a relative clause with "that" left out
        "'This is another stunt to go along with the simplistic three-word slogans and the head-in-the-sand "
        "response the Coalition has to complexity of the issues facing our region.'",
        # a Prime Minister's release (Gillard, 2011): an indirect question asks no one
        "Australia is one of the strongest supporters of the United Nations and one of the best examples "
        "of how and what UN member states should and can do for the common interest of the international "
        "community.",
    ],
)
def test_a_relative_or_an_indirect_question_after_and_asks_no_one(text: str) -> None:
    assert extract(text).demands == ()
