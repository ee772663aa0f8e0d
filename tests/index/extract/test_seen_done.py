"""A wish to see a thing done ("X would like to see Y expedited") asks for the act, naming no one
to do it; a wish reported of others, or one that names no participle, is left as it was (UN
General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate, 2007 (Namibia)
        (
            "Namibia would like to see the process for the reform of the United Nations expedited.",
            "the process for the reform",
        ),
        # UN General Debate, 2014 (Ireland)
        (
            "While Ireland would like to see the veto power in the Council ultimately abolished, we "
            "recognize that this is not realistic in the short term.",
            "the veto power",
        ),
        # UN General Debate, 2005 (Mauritania)
        (
            "Given ongoing world changes, we would like to see the role and functions of the General "
            "Assembly enhanced.",
            "the role and functions",
        ),
        # UN General Debate, 2017 (Netherlands)
        ("We would also like to see the role of the Resident Coordinator reinforced.", "the role"),
    ],
)
def test_a_wish_to_see_a_thing_done_is_a_call(sentence: str, action: str) -> None:
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert demands[0].targets == ()
    assert demands[0].action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        # a wish reported of others, and a relative clause's wish
        "Some would like to see the Council weakened.",
        "Those who would like to see the United Nations marginalized will be disappointed.",
    ],
)
def test_a_wish_reported_of_others_is_no_call(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()
