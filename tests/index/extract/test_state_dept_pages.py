"""What a State Department page shows beside its text: no absurd actor (real sentences from
us-state-dept pages of 2021–2022; the page's publisher is the issuer)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

STATE_GOV = {"issuer_hint": "U.S. Department of State", "source_url": "https://www.state.gov/x"}


def _actors(text: str) -> set[tuple[str, str]]:
    return {(a.name, a.type) for a in extract(text, **STATE_GOV).actors}


def test_official_state_media_in_a_statement_about_china_are_chinas() -> None:
    text = (
        "The PRC government claims to welcome foreign media, but its actions tell a different story. "
        "Its harsh rhetoric, promoted through official state media, toward any news it perceives to be "
        "critical of the PRC is troubling."
    )
    found = _actors(text)
    assert ("State media of China", "media") in found
    assert not [name for name, _ in found if name.endswith("of the United States")]


def test_a_house_of_representatives_abroad_is_not_the_us_house() -> None:
    text = (
        "We encourage all Libyan stakeholders, including the House of Representatives and the High "
        "State Council, to cooperate fully with the Special Adviser."
    )
    assert not [name for name, _ in _actors(text) if name.startswith("House of Representatives of")]


def test_a_follow_us_line_names_the_department_alone() -> None:
    found = _actors("- Follow the Department of State on Facebook and Twitter. - Review the Country Report.")
    assert ("U.S. Department of State", "government") in found
    assert not [name for name, _ in found if name.endswith("Twitter") and " on " in name]


def test_an_office_before_its_holders_given_name_ends_before_it() -> None:
    text = (
        "I particularly want to thank our Assistant Secretary for Conflict and Stabilization Operations "
        "Anne Witkowsky for welcoming me."
    )
    assert {name for name, typ in _actors(text) if typ == "person"} == {"Anne Witkowsky"}


def test_a_commander_in_chief_in_apposition_is_a_named_person() -> None:
    text = "Intent is evident in comments by Min Aung Hlaing, the commander-in-chief of the Burmese military."
    assert ("Min Aung Hlaing", "person") in _actors(text)


def test_people_set_off_by_what_they_own_or_an_acronymed_office_are_named() -> None:
    # sanctions and appointments pages, 2022
    assert ("Gennady Nikolayevich Timchenko", "person") in _actors(
        "As a result, Gennady Nikolayevich Timchenko, the owner of OOO Volga Group, is sanctioned."
    )
    assert ("Laura Lane", "person") in _actors(
        "The United States welcomes the appointment of Laura Lane, Executive Vice President (EVP) and "
        "Chief Corporate Affairs Officer of UPS."
    )


def test_a_states_possessive_names_whose_state_media_they_are() -> None:
    text = "Ukraine is under threat. That drumbeat has only intensified in Russia’s state-controlled media."
    assert ("State media of Russia", "media") in _actors(text)
