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


def _names_by_span(text: str) -> dict[str, str]:
    return {text[s:e]: a.name for a in extract(text, **STATE_GOV).actors for s, e in a.mentions}


def test_coalitions_of_states_are_igos_and_a_coalition_of_ngos_is_not() -> None:
    # us-state-dept, 2021-06-21, 2021-05-29, 2021-07-14, 2022-05-11, 2022-03-08; hrw-news, 2024-06-23
    text = (
        "Italy is co-hosting a meeting of the Foreign Ministers of the Global Coalition to Defeat ISIS "
        "on June 28. The 83-member Global Coalition, of which the United States is a founding member, "
        "remains committed. The Media Freedom Coalition condemns the arrest of Roman Protasevich. "
        "The United States will chair the Freedom Online Coalition in 2023. The Global Coalition to "
        "Protect Education from Attack (GCPEA) identified at least 20 attacks. Defeating ISIS in Iraq "
        "and Syria remains the number one priority for the Defeat Daesh/ISIS Coalition. Morocco and the "
        "United States co-chair the Global Counterterrorism Forum."
    )
    found = _actors(text)
    assert ("Global Coalition to Defeat ISIS", "igo") in found
    assert ("Media Freedom Coalition", "igo") in found
    assert ("Freedom Online Coalition", "igo") in found
    assert ("Global Counterterrorism Forum", "igo") in found
    assert ("Global Coalition to Protect Education from Attack", "ngo") in found
    assert not {
        n for n, t in found if t == "ngo" and ("Defeat" in n or "ISIS" in n) or n == "Global Coalition"
    }


def test_a_foreign_terrorist_organization_is_a_designation_not_an_actor() -> None:
    # us-state-dept, 2021-06-28 (terrorist designation of Ousmane Illiassou Djibo)
    text = (
        "The U.S. Department of State designated the group as a Foreign Terrorist Organization on "
        "March 27, 2002. ISIS and ISIS-M are distinct and separately-designated Foreign Terrorist "
        "Organizations under the Immigration and Nationality Act."
    )
    assert not {n for n, _ in _actors(text) if "Terrorist" in n}


def test_sudans_sovereign_council_is_its_government() -> None:
    # us-state-dept, 2022-07-06 and 2022-03-02 (Friends of Sudan)
    text = (
        "We condemn recent actions undertaken by Sudan’s Sovereign Council and security forces. "
        "He committed to dissolve the Sovereign Council once a civilian government has been formed."
    )
    assert ("Government of Sudan", "government") in _actors(text)
    assert not {n for n, _ in _actors(text) if n == "Sovereign Council"}


def test_a_foreign_leaders_administration_is_not_the_pages_own_government() -> None:
    # us-state-dept, 2021-06-24 (briefing on the JCPOA) and 2022-04-26 (U.S.-Honduras dialogue)
    text = (
        "We have heard what President-Elect Raisi said. What happens if you cannot reach an agreement "
        "by August 3rd, the date on which the Raisi administration takes office? Vice President Harris "
        "met President Xiomara Castro on January 27. Building on the Castro Administration’s plans, we "
        "will work together. The Biden administration supports the talks."
    )
    spans = _names_by_span(text)
    assert spans.get("The Biden administration") == "Government of the United States"
    assert "Raisi administration" not in " ".join(k for k, v in spans.items() if "United States" in v)
    assert "Castro Administration" not in " ".join(k for k, v in spans.items() if "United States" in v)


def test_a_foreign_leaders_administration_beside_his_state_stays_his_states() -> None:
    # us-state-dept, 2021-06-24 (briefing on the JCPOA)
    text = (
        "How does the administration hope to get follow-on talks with Iranian President-elect Raisi? "
        "What happens if you cannot reach an agreement by August 3rd, the date on which the Raisi "
        "administration takes office?"
    )
    spans = _names_by_span(text)
    assert spans.get("the Raisi administration") == "Government of Iran"
