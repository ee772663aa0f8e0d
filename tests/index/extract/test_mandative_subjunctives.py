"""A mandative verb's that-clause ("recommends that X V", "urges that …", "asked that …") asks the
one it names whatever verb the act takes, not only the verbs of action the closed list holds: "The
Government of Suriname strongly recommends that the General Assembly face these challenges …" is a
call on the General Assembly. A verb in -s after the subject states a fact ("insisted that the
existing police complaints mechanism …" is no call), and a noun "demands that" is left as it was."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # UN General Debate, 2013 (Suriname)
        (
            "The Government of Suriname strongly recommends that the General Assembly face these "
            "challenges by making them part of the post-2015 development agenda.",
            "General Assembly",
        ),
        # UN General Debate (Democratic People's Republic of Korea)
        (
            "The Korean people has long asked that foreign troops leave its territory forthwith.",
            "foreign troops",
        ),
    ],
)
def test_a_subjunctive_after_a_mandative_verb_is_a_call(sentence: str, target: str) -> None:
    text = LEAD + sentence
    demands = extract(text).demands
    assert len(demands) == 1
    assert any(target in text[a:b] for a, b in demands[0].target_spans)


@pytest.mark.parametrize(
    "sentence",
    [
        # Human Rights Watch: a verb in -s, a fact insisted on
        "Lam insisted that the existing police complaints mechanism was independent and effective.",
        # UN General Debate: a noun "demands"
        "They have had to accept demands that they govern their country as others wished.",
    ],
)
def test_a_fact_or_a_noun_is_no_subjunctive_call(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()
