"""An act named by its noun and said to be "of paramount / utmost / crucial importance" is asked for,
as the same act called "essential" is (necessities.py); a thing of importance, or a concession granted
before the clause that asks, is no call (UN General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate, 2019 (Armenia)
        (
            "The peaceful settlement of the Nagorno Karabakh conflict is of crucial importance to the "
            "stability and security of our region.",
            "The peaceful settlement of the Nagorno Karabakh conflict",
        ),
        # UN General Debate, 2019 (Bulgaria)
        (
            "The stabilization of Libya is of the utmost importance for regional security and for the "
            "management of migration flows in the Mediterranean.",
            "The stabilization of Libya",
        ),
        # UN General Debate, 2020 (Turkey)
        ("Disarmament is of vital importance for ensuring global peace and security.", "Disarmament"),
    ],
)
def test_an_act_of_paramount_importance_is_asked_for(sentence: str, action: str) -> None:
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert demands[0].action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate, 2023 (Norway): principles valued, no act
        "The principles of the Charter are of fundamental importance to us.",
        # UN General Debate, 2019 (Iceland): a thing, no act
        (
            "Our oceans are of crucial importance to any meaningful discussion on climate change and have "
            "too often been on the margins instead of at the centre."
        ),
    ],
)
def test_a_thing_of_importance_is_no_call(sentence: str) -> None:
    assert not extract(LEAD + sentence).demands


def test_a_concession_of_importance_leaves_the_call_after_it() -> None:
    # UN General Debate, 2008 (Micronesia): what "we must" do is asked, not the development granted
    sentence = (
        "But Micronesia is convinced that, while sustainable development is of paramount importance, we "
        "must also be assured of our security and our territorial integrity."
    )
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert "sustainable development" not in demands[0].action
