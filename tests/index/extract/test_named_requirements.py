"""A need named by what a thing requires, with no one asked ("…requires a prompt response"):
a call in Australian releases, Senate releases, HRW testimony and UN speeches; a thing described
by a relative clause, a supposed need and a denied one are none."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


def demands_in(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(d.sentence, d.targets) for d in extract(LEAD + sentence).demands]


@pytest.mark.parametrize(
    "sentence",
    [
        # Hewson 1991 (press-releases)
        "At a humanitarian level, the scale of this emerging tragedy  requires a prompt response.",
        # Biden 2007 (us-senate)
        "Peace in Darfur requires a global response.",
        # HRW testimony on Liberia, 2024
        "Making Liberian-led justice a reality in Liberia requires sustained attention from justice "
        "champions in and outside of Liberia.",
        # Kenya 1997 (a General Debate speech)
        "The humanitarian emergencies accompanying these conflicts require an urgent response from the "
        "international community.",
        # Hatch 2004 (us-senate), on nominees awaiting a vote
        "They deserve our attention.",
        # the support a thing deserves (General Debate: Turkey 2013, Syria 2016)
        "The noble cause of the Arab peoples deserves our full and unhesitating support.",
        "Our valiant Army deserves to be commended and supported.",
    ],
)
def test_a_named_requirement_is_a_call_on_no_one(sentence: str) -> None:
    found = demands_in(sentence)
    assert len(found) == 1
    assert found[0][1] == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # a thing described by a relative clause (press-releases)
        "So we see this as a global problem that  requires a global solution.",
        "For example, there may be one person within the family unit that requires medical  attention.",
        # the same after an adverb (HRW, 2024)
        "The office concluded that the violations may amount to crimes against humanity, a conclusion "
        "that clearly warrants the robust response delivered by today’s resolution.",
        # a need that may arise, and one denied (press-releases)
        "The review will determine whether there are any systemic issues that may require remedial action.",
        "The Budget papers show that aged care and housing didn’t  warrant specific attention.",
        # a need supposed
        "If the situation requires a military response, the Council will meet again.",
        # support that would be deserved, and those who deserve it described
        "The proposal would deserve support if it were amended.",
        "We will help those who deserve our support.",
    ],
)
def test_a_requirement_described_supposed_or_denied_is_no_call(sentence: str) -> None:
    assert demands_in(sentence) == []


@pytest.mark.parametrize(
    "sentence, giver",
    [
        # Lebanon and the Republic of the Congo at the General Debate
        (
            "Nevertheless, however strong the Lebanese commitment may be, we still require the care and "
            "support of brotherly and friendly countries in order to address the repercussions.",
            "friendly countries",
        ),
        (
            "These countries deserve increased support from the international community so as to "
            "consolidate situations that are still fragile.",
            "international community",
        ),
    ],
)
def test_support_needed_asks_whoever_is_named_to_give_it(sentence: str, giver: str) -> None:
    ((_, targets),) = demands_in(sentence)
    assert len(targets) == 1 and giver in targets[0].lower()
