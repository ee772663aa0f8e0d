"""Pronouns that name people by what is said of them after ("those closest to Putin", "anyone with
information on …", "all those who are eligible") are the ones a call asks; "those" before a noun,
and "those responsible" (whom justice is to reach), are left to the noun-phrase reading."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.qualified_pronouns import names_people

# The European Union's General Debate speech of 2013 (un-speeches corpus).
DAMASCUS = """Those close to Damascus and those close to the Syrian opposition must do all within their \
power to draw each side to the table.
"""

# U.S. Department of State, 2 June 2021 (us-state-dept corpus): a Rewards for Justice offer.
REWARD = """We encourage anyone with information on Abu Ubaydah Yusuf al-Anabi to text Rewards for \
Justice via Signal, Telegram, or WhatsApp at +1-202-702-7843.
"""

# Senator Amanda Vanstone's release of 20 June 2006 (press-releases corpus).
CITIZENSHIP = """“I encourage all those who are eligible to take the same step and apply for Australian \
citizenship so they can fully participate in this great nation of ours.”
"""


def _targets(text: str, action: str) -> tuple[str, ...]:
    (d,) = [d for d in extract(text).demands if d.action.startswith(action)]
    return d.targets


# The Philippines' General Debate speech of 2010 (un-general-debates): whom a need is asked of.
AUTHORITY = (
    "Across boundaries, the battle against inequality requires a balanced approach from those in authority."
)


def test_those_from_whom_a_need_is_asked() -> None:
    assert _targets(AUTHORITY, "") == ("those in authority",)


def test_subjects_before_a_modal_are_asked() -> None:
    assert _targets(DAMASCUS, "do all") == ("Those close to Damascus", "those close to the Syrian opposition")


@pytest.mark.parametrize(
    ("text", "action", "asked"),
    [
        (REWARD, "text", "anyone with information on Abu Ubaydah Yusuf al-Anabi"),
        (CITIZENSHIP, "take", "all those who are eligible"),
    ],
)
def test_the_qualified_pronoun_is_the_one_asked(text: str, action: str, asked: str) -> None:
    assert _targets(text, action) == (asked,)


@pytest.mark.parametrize(
    "phrase",
    ["those closest to Putin", "all those here", "those in authority", "all those concerned with peace"],
)
def test_qualified_pronouns_name_people(phrase: str) -> None:
    assert names_people(phrase)


@pytest.mark.parametrize(
    "phrase", ["those", "anyone", "those measures", "those Governments", "those responsible for the attack"]
)
def test_bare_pronouns_nouns_and_those_responsible_do_not(phrase: str) -> None:
    assert not names_people(phrase)
