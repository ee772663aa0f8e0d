"""Demands in sentences from documents nobody annotated, one genre after another: what a reader
would mark and what a call verb, a modal or a hedge only seems to ask."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


def asks(text: str) -> list[str]:
    """The sentences holding a demand, `text` after a first line."""
    return [d.sentence for d in extract(LEAD + text).demands]


@pytest.mark.parametrize(
    "sentence",
    [
        # a call verb used as a noun (State Department readouts and remarks)
        "We look forward to strengthening this partnership and to deepening our cooperation on our "
        "shared interests and challenges for many more years to come.",
        "In the Sahel, challenges in peace to security often stem from the same place, a lack of "
        "economic opportunity.",
        "It outlines specific challenges and concerns raised by autonomous weapons systems, and "
        "elaborates on ways to address these challenges and concerns through a legally binding instrument.",
        # a name holding a call verb, with its own verb after it
        "Nepal’s decision to move forward with the Millenium Challenge Corporation (MCC) would allow the "
        "electricity transmission and roads project to create jobs.",
        # a need or a request told in the past (Human Rights Watch testimony)
        "After a week of detention he was released and needed surgery to treat hemorrhoids.",
        "The Israeli authorities have allowed only 35 percent of nearly 14,000 people who requested "
        "medical evacuations to leave Gaza.",
        # orders to one person in a witness's story
        "When he asked a soldier to loosen his cuffs, he was beaten.",
        "They asked my son to chant ‘Jai Shri Ram,’ and when he refused, they started beating him.",
        "The soldiers ordered them not to eat it, took photographs, then took the food away.",
    ],
)
def test_call_verbs_that_ask_no_one_here_make_no_demand(sentence: str) -> None:
    assert asks(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("We challenge the Taliban to reopen girls’ schools.", "Taliban"),
        (
            "We urge other donors to generously support the urgent humanitarian needs of Burma.",
            "other donors",
        ),
        ("Globalization needs credible rules to make it stable and fair.", None),
        (
            "Ambassador Thomas-Greenfield stressed the need for Syrian authorities to provide unhindered "
            "humanitarian access.",
            "Syrian authorities",
        ),
    ],
)
def test_calls_on_someone_stay_calls(sentence: str, target: str | None) -> None:
    text = LEAD + sentence
    (d,) = extract(text).demands
    if target:
        assert any(target in text[s:e] for s, e in d.target_spans)
