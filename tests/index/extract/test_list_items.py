"""Bulleted lists: each item a sentence of its own, and the calls of a list whose lead-in makes
them (State Department statements, whose `<li>` items the html reader writes as lines "- …")."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.tokens import sentences

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline

# Roadmap for Global Food Security–Call to Action (State Department, 2022)
CALL_LIST = (
    "As part of the Roadmap for Global Food Security–Call to Action, we call for the following actions:\n"
    "- UN Member States with available resources to make new, additive financial donations to key "
    "humanitarian organizations providing immediate life-saving humanitarian assistance.\n"
    "- UN Member States with available resources, including those with large emergency food stockpiles, "
    "to provide in-kind donations and necessary associated costs to key humanitarian organizations.\n"
    "- All UN Member States to increase their investments in research to develop and implement "
    "science-based and climate-resilient agricultural innovations, including seeds."
)


def test_a_list_items_line_begins_a_sentence() -> None:
    text = "we call for the following actions:\n- UN Member States to make gifts.\n- All States to act."
    assert [text[s:e] for s, e in sentences(text)] == [
        "we call for the following actions:",
        "UN Member States to make gifts.",
        "All States to act.",
    ]


def test_an_item_after_a_semicolon_or_in_lower_case_is_still_its_own_sentence() -> None:
    text = "We urge your government to:\n- repeal the law;\n- Release all those detained."
    assert [text[s:e] for s, e in sentences(text)] == [
        "We urge your government to:",
        "repeal the law;",
        "Release all those detained.",
    ]


def test_a_dash_inside_a_line_breaks_nothing() -> None:
    text = "The talks - held in Geneva - ended today.\nThe Minister - who attended - spoke."
    assert len(sentences(text)) == 2


def test_items_under_a_calling_lead_in_ask_whom_they_name() -> None:
    demands = extract(LEAD + CALL_LIST).demands
    assert [d.sentence[:40] for d in demands] == [
        "UN Member States with available resource",
        "UN Member States with available resource",
        "All UN Member States to increase their i",
    ]
    assert [d.action.split()[0] for d in demands] == ["make", "provide", "increase"]
    assert all(d.targets for d in demands)


def test_items_under_a_calling_lead_in_are_the_lead_ins_calls_not_those_they_name() -> None:
    text = "The Department of State said today: " + CALL_LIST  # names the issuer
    demands = extract(text, source_name="us-state-dept/2022-06-24-roadmap.html").demands
    assert [d.by for d in demands] == ["U.S. Department of State"] * 3
    assert demands[2].targets == ("United Nations member states",)


def test_items_without_a_calling_lead_in_ask_nothing() -> None:
    text = CALL_LIST.replace("we call for the following actions:", "the following actions were taken:")
    assert extract(LEAD + text).demands == ()


def test_items_naming_no_verb_of_action_ask_nothing() -> None:
    text = "We call for the following:\n- Access to justice for victims of the conflict in the region."
    assert extract(LEAD + text).demands == ()


@pytest.mark.parametrize(
    "text",
    [
        # a fact sheet's list of what its subject will do (White House)
        "The Biden-Harris Administration will:\n- Expand and strengthen parity.\n- Address discrimination.",
        # measures told, an item of several sentences (State Department, Cuba 2022)
        "Specifically, the Administration will:\n- Facilitate family reunification by reinstating the "
        "Cuban Family Reunification Parole (CFRP) Program. Limited immigrant visa processing resumed in "
        "Havana on May 3, 2022.\n- Increase support for independent Cuban entrepreneurs.",
        # a budget's headings (State Department, FY 2023 budget)
        "At the Department of State and USAID, the Budget would:\n- Support Ukraine and Our Allies and "
        "Partners in the Region: The Request includes $1.6 billion to support Ukraine.",
        # steps of a process (State Department, green shipping corridors)
        "Possible components of the green shipping corridor planning process could include, but are not "
        "limited to:\n- Identify and convene relevant stakeholders\n- Define the scope, boundaries, metrics, "
        "and the framework for analysis",
    ],
)
def test_items_of_a_lead_in_telling_plans_are_no_imperatives(text: str) -> None:
    assert extract(LEAD + text).demands == ()


# The C5+1's joint statement on Central and South Asian connectivity (State Department, 2021): the
# group's own aims after "endeavors to …, including to:", one item of which presses the parties
# with a passive call of its own.
C5_AIMS = (
    "The C5+1 endeavors to build upon the collaborative progress it has made on connectivity, including to:\n"
    "- Modernize infrastructure and transit potential in Central Asia, including through the "
    "implementation of investment projects;\n"
    "- Improve energy sector connectivity and performance, including to expand and effectively integrate "
    "renewables;\n"
    "- Create stable and prosperous conditions favorable to the Afghan peace process, including "
    "reaffirming to all parties: the urgency of substantive negotiations on a political settlement; and "
    "that terrorists and third party forces must never be allowed to use Afghan territory to threaten or "
    "attack the C5+1 countries or any other country;\n"
    "- Advance cooperation with Afghanistan across security, energy, economic, trade, cultural, and other "
    "lines of effort; and,"
)


@pytest.mark.parametrize(
    "text",
    [
        C5_AIMS,
        # a working group's background (State Department, trilateral readout, 2022)
        "First established as an outcome of the June 2016 North American Leaders’ Summit, the Trilateral "
        "Working Group is an initiative to reaffirm and advance our respective national and regional "
        "commitments to:\n- Enhance cooperation to address crimes of gender-based violence including human "
        "trafficking, within or outside of their communities and across our borders;\n- Enhance prevention "
        "efforts and the responses of our justice, health, education, and child welfare systems to "
        "gender-based violence in Indigenous communities;",
    ],
)
def test_items_of_a_lead_in_telling_aims_or_commitments_are_no_imperatives(text: str) -> None:
    sentences_asked = [d.sentence for d in extract(LEAD + text).demands]
    assert not any(s.startswith(("Modernize", "Improve", "Advance", "Enhance")) for s in sentences_asked)


def test_an_items_passive_call_survives_its_told_imperative() -> None:
    demands = extract(LEAD + C5_AIMS).demands
    assert len(demands) == 1
    assert "must never be allowed" in demands[0].action
