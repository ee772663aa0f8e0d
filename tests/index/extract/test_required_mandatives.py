"""What a goal requires, said as a mandative clause ("this requires that X do …"), asks X to act, as
"it is imperative that X do …" does (General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Norway 2007 (un-tune12): the subjunctive "be" after a subject that names no one
        (
            "Meeting the challenge of climate change is within our reach. However, it requires that our "
            "response be strong and coherent.",
            "",
        ),
        # Oman 2010
        (
            "This requires that the permanent members of the Security Council accept a reorganization of "
            "the United Nations, including an expansion of its administrative base.",
            "permanent members of the Security Council",
        ),
        # Israel 2005
        (
            "Turning Gaza into a model of success requires that the Palestinian Authority act to promote "
            "and protect democracy from its enemies.",
            "Palestinian Authority",
        ),
        # Bahrain 2009
        (
            "The Middle East peace process requires that we all exert greater political and diplomatic "
            "efforts in order to achieve the two-State solution.",
            "",
        ),
    ],
)
def test_what_a_goal_requires_that_someone_do_is_a_call(text: str, asked: str) -> None:
    demands = [d for d in extract(text).demands if "requires" in d.sentence]
    assert len(demands) == 1
    named = " ".join(text[a:b] for a, b in demands[0].target_spans)
    assert asked in named if asked else not named


@pytest.mark.parametrize(
    "text",
    [
        # Gambia 2010: a need supposed, not stated
        (
            "This would require that the representation quotas for various regions, particularly Africa "
            "and Asia, be redefined on the basis of the principles of fair play and justice."
        ),
        # Human Rights Watch: what a law requires is told, not asked
        (
            "Nigeria’s constitution requires that anyone suspected of a crime be charged before a court "
            "within 48 hours of arrest."
        ),
        # Nauru 2019 (un-tune10): a standing arrangement described
        "Our current arrangement requires that ships be moored at sea, with supplies ferried to shore.",
        # a State Department briefing: the generic "you" of a truth told
        (
            "Diplomacy oftentimes requires that you negotiate with those who you probably wouldn’t "
            "describe as friends."
        ),
        # Portugal 2006: what someone is to know is no act asked
        "But it is important that the Timorese people be aware that they can count on the United Nations.",
    ],
)
def test_a_requirement_supposed_or_told_is_no_call(text: str) -> None:
    assert not extract(text).demands
