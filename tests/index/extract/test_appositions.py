"""People named once, with no title and no "said", whom an apposition says are people: on
sentences from Human Rights Watch reports."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_a_name_set_off_by_an_age_and_an_occupation_is_a_persons() -> None:
    # HRW, 2024 (India)
    text = "On February 21, Shubhkaran Singh, a 24-year old farmer, died of a bullet wound to the head."
    assert people(text) == {"Shubhkaran Singh": ["Shubhkaran Singh"]}


def test_the_person_is_found_again_by_the_surname_alone() -> None:
    # HRW, 2024 (Kazakhstan)
    text = (
        "Darkhan Valiev, another civic activist prosecuted twice in recent years, described it as "
        "being left without means of survival. Valiev appealed."
    )
    assert people(text) == {"Darkhan Valiev": ["Darkhan Valiev", "Valiev"]}


def test_an_apposition_naming_an_office_makes_a_person() -> None:
    # HRW, 2024 (Iraq)
    text = "It was a bill introduced on August 15 by Raad Al-Maliki, an independent member of parliament."
    assert "Raad Al-Maliki" in people(text)


def test_a_place_before_the_person_stays_a_place() -> None:
    # HRW, 2024 (Ukraine)
    text = "In Melitopol, Hanna Bout, a teacher at the Agricultural Lyceum, said they changed the flags."
    assert list(people(text)) == ["Hanna Bout"]


def test_a_company_or_a_campaign_described_like_a_person_is_none() -> None:
    # HRW, 2024
    text = "Glencore, a global commodities trader, told Human Rights Watch it purchases aluminum."
    assert people(text) == {}
    text = "The event was hosted by Mines Action Canada, a co-founder of the International Network."
    assert people(text) == {}


def test_a_name_followed_by_its_capitalised_office_is_a_persons() -> None:
    # White House, 2022 (Iowa disaster declaration); HRW, 2024 (a signatories' list)
    text = (
        "Deanne Criswell, Administrator, Federal Emergency Management Agency (FEMA), Department of "
        "Homeland Security, named a coordinator.\n\nMuhammad Khurram Agha, Secretary to the Prime "
        "Minister, attended."
    )
    found = people(text)
    assert "Deanne Criswell" in found
    assert "Muhammad Khurram Agha" in found


def test_a_phrase_or_a_place_before_a_capitalised_office_is_no_person() -> None:
    # State Department, 2021-2022 (travel announcements and a joint statement)
    text = (
        "In Oman, the Deputy Secretary will meet with officials. On the Strategic Dialogue, Assistant "
        "Secretary Donfried also spoke. We thank the Ministry of Law and Human Rights, Minister Syamsuddin."
    )
    found = people(text)
    assert not any(n in ("Oman", "Strategic Dialogue", "Human Rights") for n in found)


def test_an_office_before_the_body_it_serves_needs_no_article() -> None:
    # HRW, 2024 (Belarus; UNRWA letter)
    text = (
        "The Department of Financial Investigations searched the home of Ala Sharko, journalist and "
        "program director at Belarus Press Club, an independent organization. Janti Soeripto, "
        "president and CEO of Save the Children, warned that aid was blocked."
    )
    found = people(text)
    assert found.get("Ala Sharko") == ["Ala Sharko"]
    assert found.get("Janti Soeripto") == ["Janti Soeripto"]


def test_a_state_set_off_by_a_bare_office_is_no_person() -> None:
    text = "Ukraine, member of the Council of Europe since 1995, has ratified the convention."
    assert people(text) == {}


def test_an_age_before_a_dash_sets_off_a_name_as_the_age_before_a_comma_does() -> None:
    # HRW, 2024 (Uzbekistan)
    text = (
        "Two activists – Saaditdin Reimov, 57, and Kungratbay Redzhepov, 57 – were sentenced in "
        "December. Redzhepov appealed."
    )
    assert people(text).get("Kungratbay Redzhepov") == ["Kungratbay Redzhepov", "Redzhepov"]


def test_a_bare_office_before_a_comma_or_a_division_sets_off_a_name() -> None:
    # HRW, 2024 (Kazakhstan report's acknowledgments)
    text = (
        "Viktoriya Kim, assistant researcher in the Europe and Central Asia division, provided research "
        "assistance. Aisling Reidy, senior legal advisor, provided legal review."
    )
    found = people(text)
    assert "Viktoriya Kim" in found
    assert "Aisling Reidy" in found
