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
        # Kenya 1997: a response asked "from" someone asks them
        (
            "The humanitarian emergencies accompanying these conflicts require an urgent response from the "
            "international community.",
            "international community",
        ),
    ],
)
def test_support_needed_asks_whoever_is_named_to_give_it(sentence: str, giver: str) -> None:
    ((_, targets),) = demands_in(sentence)
    assert len(targets) == 1 and giver in targets[0].lower()


@pytest.mark.parametrize(
    "sentence",
    [
        # General Debate: what a goal takes, named by a gerund or an act's noun (Philippines 2010,
        # Uzbekistan 2017, Turkey 2013, Côte d'Ivoire 2017)
        "Rising to the challenges of our era requires, within each of our countries, a strengthened "
        "regulatory system.",
        "Overcoming the consequences of the drying up of the sea requires the active consolidation of "
        "international efforts.",
        "The enforcement of such a strategy requires a fully determined, committed and robust "
        "international engagement — exactly what has been missing since the beginning of the conflict.",
        "Maintaining peace and security in the world also requires strict management of the issue of "
        "nuclear weapons.",
        # a kind of response (United Kingdom 2016); the Philippines' "requires a balanced approach
        # from those in authority" asks them (test_qualified_pronouns)
        "The global networks they exploit require a different kind of global response.",
    ],
)
def test_what_a_goal_requires_is_a_call_for_it(sentence: str) -> None:
    found = demands_in(sentence)
    assert len(found) == 1
    assert found[0][1] == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # what a law says, not what a goal takes
        "The law requires the registration of every new voter.",
        # General Debate: a relative clause's subject (Portugal 1960, Ethiopia 1988)
        "It is with this notion in mind that we may unhesitatingly say that the problem of economic "
        "development is, in essence, a problem of education — the completion of which requires, "
        "unfortunately, a considerable length of time.",
        "While the Programme of Action is intended to help improve the performance of African economies, "
        "the full implementation of the reform measures it requires has been rendered difficult owing to "
        "various factors.",
        # an academic's quoted view, after "seem to" (an Australian release)
        "The full development of some individuals would seem to require an inequality of conditions.",
    ],
)
def test_what_a_law_says_or_a_relative_clause_requires_is_no_call(sentence: str) -> None:
    assert demands_in(sentence) == []
