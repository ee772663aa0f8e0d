"""Sentences shaped like obligations that assert rather than ask: the speaker's signposts and
judgements ("It must not be forgotten that…", "X should be seen as Y") ask no one to act."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    "sentence",
    [
        # a General Debate speech (Turkey, 2016) and an Australian release (1985)
        "It should never be forgotten that the coup attempt in Turkey was aimed at democracy "
        "throughout the world as well.",
        "It must not be forgotten that it was Vietnam who brutally invaded Cambodia six years ago.",
        # an Australian release (2005) and a General Debate speech (Burundi, 1977)
        "But still, it must be acknowledged that Australia currently spends only about 7% of its "
        "health budget.",
        "It must be pointed out also that this alliance of aggression has led Pretoria and Tel Aviv to "
        "co-operate in the military and nuclear sphere.",
        # General Debate (Finland, 1977); an Australian release (1990)
        "Thus, the joint search for disarmament should be seen as a joint search for security.",
        "The enhanced review procedures should be seen as the end of any suggestion of unfairness.",
    ],
)
def test_signposts_and_judgements_ask_nothing(sentence: str) -> None:
    assert extract(sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # Senator Birmingham, 2017 (a release); General Debate (Bhutan, 1994; Belgium, 1971)
        "Australian researchers have done so much and as a nation we should be incredibly proud of our "
        "scientists and researchers in their work.",
        "There is much that the United Nations has achieved for which we should all be proud.",
        "The question is on the agenda, and we should be grateful to all States that have already shown "
        "interest in this project.",
    ],
)
def test_pride_and_gratitude_owed_are_praise_not_demands(sentence: str) -> None:
    assert extract(sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Furthermore, the right of Egypt to compensation must be recognized.",
        "Those fleeing the fighting should be treated as refugees.",
        "The Government should acknowledge that the detention policy has failed.",
    ],
)
def test_recognition_and_treatment_asked_are_still_demands(sentence: str) -> None:
    assert len(extract(sentence).demands) == 1


def test_a_photo_caption_shows_a_scene_and_asks_nothing() -> None:
    # hrw.org (2024): what the people in the photo were calling for is not the statement's call
    text = (
        "Alabama Intends to Carry Out First Nitrogen Execution\n\n"
        "Click to expand Image Activists calling for an end to the death penalty gather to protest an "
        "execution at the United States Penitentiary in Terre Haute, Indiana, January 12, 2021. "
        "© 2021 Brian Woolston/Reuters\n\n"
        "Alabama authorities should immediately halt the planned execution of Kenneth Smith, "
        "Human Rights Watch said today.\n"
    )
    found = extract(text).demands
    assert [d.action[:25] for d in found] == ["immediately halt the plan"]


@pytest.mark.parametrize(
    "sentence",
    [
        # General Debate speeches (Guinea-Bissau 2022, Turkey 2016, Mauritania 2016)
        "We hope that the twenty- seventh Conference of the Parties to the United Nations Framework "
        "Convention on Climate Change will be a deciding step in defining and adopting concrete strategies.",
        "I hope the seventy- first session of the General Assembly will succeed in its purposes.",
        "We hope that Habitat III, to be held in October in Quito, will be a success.",
        # "serve as" is "be" (a Prime Minister's talk on a Commonwealth declaration, 1981; UN General Debate)
        "We shall be doing all we can to ensure that the message registers, and we hope it will  serve as "
        "an example and encouragement to other countries.",
        "I hope that this session will serve as an important occasion for all States Members.",
        # the hope as an adjective (Senate releases, 2007): a thing's course, a state of affairs
        "I am hopeful that this trend will become contagious.",
        "I am hopeful that the United States and the European Union have the infrastructure in place to "
        "secure a peaceful outcome in the region.",
    ],
)
def test_a_hope_for_how_things_turn_out_asks_nothing(sentence: str) -> None:
    assert extract(sentence).demands == ()


def test_a_hope_for_what_someone_will_do_is_still_a_call() -> None:
    # a Senate letter (2007) and a General Debate speech (Saudi Arabia, 2016)
    assert len(extract("I hope China will use its significant influence to do the right thing.").demands) == 1
    text = "We hope the international community will participate in supporting this international centre."
    assert len(extract(text).demands) == 1


def test_the_need_of_those_who_need_help_asks_no_one() -> None:
    # a State Department transcript (2021): "people who need them" says whose need, asking no one
    text = (
        "It will help advance private sector growth, which is really critical to bringing jobs to "
        "people who need them, as well as access to basic needs, services, like health care, like food."
    )
    assert extract(text).demands == ()
    # the speaker's own need of someone is still a call: a General Debate speech (UK, 2013)
    assert len(extract("We need the United Nations to forge a bold new multilateralism.").demands) == 1


def test_a_need_the_sentence_lessens_asks_no_one() -> None:
    # Australian releases (Williams 2001, Ruddock 2002): a need reduced or avoided is no call for it
    for text in (
        "This will reduce the need for countries like Australia to provide a safe haven for refugees.",
        "For example, DIMIA provides all relevant documents directly to the Court, which avoids the "
        "need for detainees to do so.",
    ):
        assert extract(text).demands == (), text
    # a need stated is still a call (Senator Harkin, 2006)
    text = (
        "Harkin closed his letter highlighting the urgent need for Congress to move forward with "
        "comprehensive reform to our antiquated immigration system."
    )
    assert len(extract(text).demands) == 1


def test_a_need_inside_a_relative_clause_describes_and_asks_no_one() -> None:
    # State Department, World Refugee Day 2021 (in the sample archive): a false demand in its panel
    described = (
        "The Biden-Harris Administration is putting America’s highest values at the center of our "
        "foreign policy and offering reassurance to persecuted people for whom permanent "
        "resettlement is needed."
    )
    assert extract(described).demands == ()
    asked = "Strong legislation is needed to protect the people for whom we speak."
    assert len(extract(asked).demands) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # General Debate (Greece, 2013); Dutton, 2017 (an interview); General Debate (Grenada, 1983)
        "Prime Minister Netanyahu and President \nAbbas must be praised for their leadership and courage "
        "\nto engage in the peace talks.",
        "I think the NSW Government’s taken its responsibility, in terms of people who are  incarcerated, "
        "very seriously and they should be commended for that.",
        "The Non-Aligned Movement must be commended for taking this bold initiative.",
    ],
)
def test_praise_owed_is_no_demand(sentence: str) -> None:
    assert extract(sentence).demands == ()
