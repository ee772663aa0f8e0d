"""Lines that begin with a word a verb can be read as, and ask nothing: an organisation's name,
a letterhead's office, a greeting, a slogan quoted as a subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract


def _demands(corpus: Path, name: str) -> list[str]:
    path = corpus / "press-releases" / name
    ex = extract(path.read_text(encoding="utf-8"), source_name=name)
    return [" ".join(d.sentence.split()) for d in ex.demands]


def test_organisation_named_by_a_verb_is_no_imperative(corpus: Path) -> None:
    # a contact line: "Save the Children 03 417 7662"
    assert not any(
        s.startswith("Save the Children") for s in _demands(corpus, "1994-07-31-bilney-gordon-211185772.txt")
    )


def test_letterhead_office_is_no_imperative(corpus: Path) -> None:
    # "FOREIGN MINISTER  THE HON. JULIE BISHOP MP\n\nFINANCE MINISTER\n\nSENATOR THE HON. …"
    assert "FINANCE MINISTER" not in _demands(corpus, "2015-11-13-turnbull-malcolm-219488293.txt")


def test_quoted_slogan_as_subject_and_greetings_ask_nothing() -> None:
    text = (
        "Mr Abbott revealed today he would only maintain the option of turning boats around.\n\n"
        "“Maintain the option” is a world away from Mr Abbott’s long-held view.\n\nWelcome back.\n\n"
        "Take care."
    )
    assert extract(text).demands == ()


def test_quoted_call_and_headline_imperative_are_still_calls() -> None:
    text = "“Stop the boats,” Mr Abbott said.\n\nPay teachers more after graduation, not before."
    assert len(extract(text).demands) == 2


def test_a_headline_naming_a_need_asks_but_needs_last_on_its_line_is_a_noun() -> None:
    # Senator Dole, 2007, and a Don Chipp release, 1985 (headlines)
    dole = (
        "SEN. DOLE: PRESIDENT'S BUDGET A GOOD BLUEPRINT, BUT FALLS SHORT ON CERTAIN NORTH CAROLINA NEEDS\n"
        "Sen. Elizabeth Dole made the following statements after reviewing the budget."
    )
    assert extract(dole).demands == ()
    chipp = "CHIPP: COMPASSION NEEDED WITH IRIAN JAYAN REFUGEES\nThe senator spoke today."
    assert len(extract(chipp).demands) == 1


def test_an_attached_press_communique_is_no_call_to_press_anyone() -> None:
    # Senator Bob Brown, 1998: the Portuguese Embassy's communiqué attached to his release
    text = (
        "More Information: Ben Oquist 02 6277 3170\n\n"
        "Attached:   Press Communique issued today from the Portuguese Government\n\n"
        "EMBASSY OF PORTUGAL\n\nPRESS COMMUNIQUE\n\n"
        # Human Rights Watch, Chad 2024: a recommendation that presses someone stays a call
        "Press the Chadian government to fully investigate and sanction all human rights violations."
    )
    assert [d.targets for d in extract(text).demands] == [("the Chadian government",)]


def test_a_rewording_or_a_pointer_to_an_example_asks_nothing() -> None:
    # Iran at the General Debate, 2013; the United States, 2016
    text = (
        "Put otherwise, Iran and other actors should pursue two common objectives.\n\n"
        "Consider what we have accomplished at the United Nations over the past few years."
    )
    (d,) = extract(text, source_name="IRN_68_2013.txt").demands
    assert d.action.startswith("pursue two common objectives")


@pytest.mark.parametrize(
    "sentence",
    [
        # a Senate release (Brownback 2005) quoting the senator, and an HRW submission to a UN committee
        "“Additionally, please remember the suffering people of Darfur, that they would be granted peace and "
        "healing.”",
        "Please include in your response your plans for men detained in prisons, as well as Iraqi men, women "
        "and children detained in Al-Hol and Roj camps.",
    ],
)
def test_please_before_a_verb_of_action_asks(sentence: str) -> None:
    assert [d.kind for d in extract(sentence).demands] == ["imperative"]


def test_please_in_a_courtesy_asks_nothing() -> None:
    # State Department remarks and messages
    text = (
        "Please welcome Secretary of State Antony Blinken. "
        "Please accept our best wishes for peace and good health in the coming year."
    )
    assert not extract(text).demands
