"""Obligations put first by a negative ("Never again should…", "Under no circumstances
should…", "Nor should the Council…") and a body's own call for a thing ("My country calls
for…"), in real sentences from UN speeches and Human Rights Watch releases."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _actions(text: str) -> list[str]:
    return [d.action for d in extract(text).demands]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # UN General Assembly, Antigua and Barbuda 2021: the chair addressed between
        (
            "Never again, Mr President, should the world be caught unprepared to manage and end a "
            "pandemic swiftly.",
            "the world be caught unprepared",
        ),
        # Greece 2022: the speaker's own "we"
        (
            "Never again must we mortgage our prosperity, only to be blackmailed by those who are "
            "willing to exploit our dependencies.",
            "mortgage our prosperity",
        ),
        # Human Rights Watch, Thailand 2024: a passive, who deports is not named
        (
            "Under no circumstances should they be deported to Russia, where they could face arrest.",
            "they be deported to Russia",
        ),
    ],
)
def test_an_obligation_put_first_by_a_negative_is_a_demand(text: str, action: str) -> None:
    assert any(action in a for a in _actions(text))


def test_who_is_asked_stands_after_the_inverted_modal() -> None:
    text = "Nor should the Security Council remain silent in the face of these crimes."
    (d,) = extract(text).demands
    assert any("Security Council" in text[s:e] for s, e in d.target_spans)


@pytest.mark.parametrize(
    "text",
    [
        "Only then can we achieve a lasting peace in the region.",
        "It was a tragedy that never should have happened.",
        "Should Moscow pursue the path of aggression, it would result in a resolute response.",
    ],
)
def test_a_forecast_a_reproach_or_a_condition_is_no_demand(text: str) -> None:
    assert _actions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # UN General Assembly, Antigua and Barbuda 2018
        "That is why my country calls for a renewed commitment to multilateralism and a rejection "
        "of trade wars.",
        # United Arab Emirates 2020
        "Likewise, my country calls for stopping all foreign interference in Syrian affairs.",
    ],
)
def test_my_country_calls_for_is_a_call_not_calls_named(text: str) -> None:
    assert _actions(text) != []


def test_the_many_calls_named_are_still_no_call() -> None:
    assert _actions("Despite the many calls for peace, the fighting continued for another year.") == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # UN General Assembly, South Sudan 2019
        (
            "In this regard, we repeat our request to the African Union Peace and Security Council and "
            "the United Nations Security Council to finally endorse the panel's proposal on Abyei.",
            "African Union",
        ),
        # Lebanon 2016
        (
            "We renew our call to all influential Powers to cease procrastinating and to assume their "
            "responsibilities.",
            "all influential Powers",
        ),
    ],
)
def test_a_call_renewed_by_its_noun_asks_whom_it_names(text: str, target: str) -> None:
    (d,) = extract(text).demands
    assert any(target in text[s:e] for s, e in d.target_spans)


def test_an_invitation_extended_is_no_call() -> None:
    assert _actions("We extend our invitation to delegations to attend the meeting on Friday.") == []


@pytest.mark.parametrize(
    "text",
    [
        # state.gov travel advisory for Ukraine, 2022
        "If remaining in Ukraine, exercise increased caution due to crime, civil unrest, and potential "
        "combat operations should Russia take military action.",
        # state.gov press briefing, May 2022
        "You know where we stand should Finland and Sweden opt to apply for NATO membership.",
        # state.gov, with the EU High Representative, 2022
        "At the same time, we and our allies are resolved that there will be real and profound "
        "consequences should Russia choose to continue aggression.",
    ],
)
def test_a_name_after_a_lower_case_should_is_a_condition_not_a_call(text: str) -> None:
    assert not [a for a in _actions(text) if "choose" in a or "take military" in a or "opt to" in a]


def test_a_title_case_headline_keeps_its_call() -> None:
    # hrw.org, 2024: the verb is capitalised, so the name before "should" is its subject
    text = "South Sudan: Human Rights Council should Ensure Ongoing International Scrutiny, Investigations"
    assert [d.targets for d in extract(text).demands] == [("UN Human Rights Council",)]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # U.S. Senate, 2007 (Biden): the subject said alone, the act left to the clause before
        (
            "The U.S. can and will play a major role, but so must the United Nations and the African Union.",
            {"United Nations", "African Union"},
        ),
        # UN General Debate, Canada 2021: the speaker's own "we"
        (
            "Just as our parents and grandparents stepped up to the challenges of their moment, so too must "
            "we recognize and seize our own opportunity to shape the future.",
            set(),
        ),
    ],
)
def test_so_before_an_inverted_modal_asks_its_subject(text: str, targets: set[str]) -> None:
    demands = [d for d in extract(text).demands if "so " in d.sentence]
    assert demands
    assert set(demands[-1].targets) == targets


def test_so_before_the_speakers_own_declaration_asks_no_one() -> None:
    # UN General Debate, Chile 1973: "so must I … declare" says what the speaker says
    text = (
        "But as we solemnly promise to respect national sovereignty, and therefore its obvious corollary, "
        "the self-determination of peoples, so must I categorically declare that we shall never allow "
        "foreign intrusions in our internal affairs or in the conduct of our international policy."
    )
    assert not extract(text).demands
