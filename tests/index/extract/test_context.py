"""Dictionary aliases that are also ordinary words, or another country's parties, count only where
the context supports them (index.extract.context), on real sentences of each genre."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_youth_is_no_basque_armed_group_in_an_australian_release() -> None:
    text = "Senator Natasha Stott Despoja's annual Youth Poll survey has shown that transport is inadequate."
    assert "armed_group" not in found(text).values()


def test_this_organization_in_a_un_speech_is_not_tanzim() -> None:
    text = "We must show that this Organization means what it says and says what it means."
    assert "Tanzim" not in found(text)


def test_is_in_a_capitals_heading_is_not_islamic_state() -> None:
    # White House daily schedule
    text = "THE DAILY PUBLIC SCHEDULE IS SUBJECT TO CHANGE\n\nThe President will travel to Ohio."
    assert "Islamic State" not in found(text)


def test_is_as_a_name_counts_where_the_group_is_named_elsewhere() -> None:
    text = "Islamic State fighters retreated. IS still holds two villages."
    ex = extract(text)
    assert [len(a.mentions) for a in ex.actors if a.name == "Islamic State"] == [2]


def test_a_date_is_no_armed_group() -> None:
    # HRW, 2024
    text = "Abu Sittah would not be allowed to enter the country on May 15 for an event."
    assert "armed_group" not in found(text).values()


@pytest.mark.parametrize(
    ("text", "party", "not_party"),
    [
        (  # U.S. Senate, 2007
            'It will be "very, very hard" for the White House and congressional Democrats to reach '
            "a compromise on the FY2007 Supplemental.",
            "Democratic Party",
            "Australian Democrats",
        ),
        (  # Australian Democrats, 2002
            "The Democrats today called on the Howard Government to release children from "
            "detention, Australian Democrats spokesperson Andrew Bartlett said.",
            "Australian Democrats",
            "Democratic Party",
        ),
    ],
)
def test_democrats_are_the_party_of_the_documents_country(text: str, party: str, not_party: str) -> None:
    assert found(text).get(party) == "party"
    assert not_party not in found(text)


def test_labor_in_a_forced_labour_story_is_no_australian_party() -> None:
    # HRW, 2024 (a headline and its first sentence)
    text = (
        "China: Carmakers Implicated in Uyghur Forced Labor\n\n"
        "Car companies are failing to minimize the risk that their supply chains use Uyghur Forced Labor."
    )
    assert "party" not in found(text).values()


def test_labor_in_an_australian_release_is_the_labor_party() -> None:
    text = "The Democrats call on Labor to support the amendment in the Australian Senate."
    assert found(text).get("Australian Labor Party") == "party"


def test_youth_in_a_un_speech_that_names_france_once_is_no_basque_group() -> None:
    # Russia, UN General Debate 2016: France is named, but the speech is not about France
    text = (
        "Russia and Russia's partners will work with the Russian Government and Russian diplomats. "
        "France and Germany took part in Minsk. Russia welcomes it. "
        "We invite everyone to take part in the nineteenth World Festival of Youth and Students in "
        "Sochi in October 2017."
    )
    assert "Gazteriak" not in found(text)


def test_the_peoples_republic_of_china_with_a_curly_apostrophe_is_china_not_taiwan() -> None:
    # Russia, UN General Debate 2016
    text = (
        "Our commitment to that approach was reaffirmed in the Declaration of the Russian Federation "
        "and the People’s Republic of China on the Promotion of International Law."
    )
    got = found(text)
    assert got.get("China") == "state"
    assert "Taiwan" not in got
    assert "Declaration of the Russian Federation" not in got  # a document, not an organisation


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # State Department pages, 2021 and 2022
        ("I work with the Bertelsmann Foundation on a survey in the United States.", "El Rukn"),
        (
            "The United States observes the International Day of Zero Tolerance for Female Genital "
            "Mutilation.",
            "Secret Organization Zero",
        ),
        ("MS YOUTH: Thank you. This is Marta Youth responding on French policy in France.", "Gazteriak"),
        ("Sherman met with Israeli National Security Advisor Eyal Hulata yesterday.", "Eyal"),
    ],
)
def test_a_dictionary_word_inside_a_longer_name_is_not_that_actor(text: str, not_found: str) -> None:
    assert not_found not in found(text)


def test_a_leader_cameo_files_under_his_group_is_a_person() -> None:
    # a State Department press briefing, 2021
    text = "Osama bin Laden was brought to justice 10 years ago, and al-Qaida is degraded."
    assert found(text)["Osama bin Laden"] == "person"


def test_a_currency_sign_after_a_states_abbreviation_is_money_not_the_state() -> None:
    # HRW on Iraq's anti-LGBT law, May 2024; an Australian minister, 2002
    text = "It imposes a fine between 10 million Iraqi dinars (US$7,700) and 15 million dinars (US$11,500)."
    assert "United States" not in {a.name for a in extract(text).actors}
    assert "United States" in {a.name for a in extract("The US government must act.").actors} | {
        a.name for a in extract("The US must act.").actors
    }


def test_an_islamic_state_as_a_form_of_state_is_no_armed_group() -> None:
    # Jordan's UN speech, 2013: the scholars on "an Islamic State"
    text = (
        "They rejected the model for an Islamic State, but they affirmed that the modern Islamic "
        "State should be a civic State. A Hamas commander and Islamic State fighters attacked."
    )
    groups = [(a.name, len(a.mentions)) for a in extract(text).actors if a.type == "armed_group"]
    assert sorted(groups) == [("Hamas", 1), ("Islamic State", 1)]


def test_the_arab_and_muslim_worlds_are_places() -> None:
    # the U.S. and Jordanian UN speeches, 2013
    text = "We stand with the Arab world. Extremism threatens the Muslim world, the Ummah."
    found = {(a.name, a.type) for a in extract(text).actors}
    assert found == {("Arab world", "place"), ("Muslim world", "place")}


def test_a_journalist_given_the_floor_is_not_the_city_of_her_name() -> None:
    # State Department briefing, 2022: "Charlotte" had been a place
    text = (
        "MODERATOR: Let’s take a final question from Charlotte (inaudible).\n"
        "OPERATOR: Charlotte, your line is open. Please, go ahead.\n"
        "QUESTION: Thank you. Will the embassy in Kyiv stay open?"
    )
    assert "Charlotte" not in {a.name for a in extract(text).actors}
    # outside a transcript the city stays
    assert "Charlotte" in {a.name for a in extract("The rally was held in Charlotte on Monday.").actors}


def test_youth_in_a_ministers_portfolio_is_no_basque_group() -> None:
    # Second statement on Russia's war on Ukraine (State Department, 2022): forty states sign it,
    # France among them (CAMEO files the Basque group under France), and a Belgian minister's
    # portfolio lists "Youth" among other capitalised words
    text = (
        "Signed by the following ministers or their equivalents:\n"
        "- Australia: The Hon Anika Wells MP, Minister for Aged Care and Minister for Sport\n"
        "- Belgium: Valérie Glatigny, Minister for Higher Education, Adult Education, Scientific "
        "Research, University Hospitals, Youth Welfare, Houses of Justice, Youth, Sport and the "
        "Promotion of Brussels of the French-Speaking Community.\n"
        "- France: Amélie Oudéa-Castéra, Minister for Sport and the Olympic and Paralympic Games\n"
    )
    assert "Gazteriak" not in found(text)


def test_a_mosque_named_like_an_armed_group_is_a_place() -> None:
    # Saudi Arabia, UN General Debate 2016
    text = "We also condemn Israeli aggressions and attacks against Al-Aqsa mosque and the construction work."
    assert not [name for name, typ in found(text).items() if typ == "armed_group"]
    assert found(text)["Al-Aqsa mosque"] == "place"


def test_a_hospital_a_preposition_leads_to_is_a_place_of_its_own_not_the_town() -> None:
    # Human Rights Watch, 2024 (Gaza): "Nasser" alone was a place; "a quiet London street"
    # (United Kingdom's General Debate speech, 2013) is a street in London
    text = (
        "An UNRWA official described the conditions at Nasser hospital, where patients were "
        "treated on the ground. A soldier was murdered on a quiet London street."
    )
    places = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "place"}
    assert places == {"Nasser hospital": ["Nasser hospital"], "London": ["London"]}


def test_the_coalition_of_an_australian_release_is_the_liberal_national_coalition() -> None:
    # Hanson-Young, 22 January 2014
    text = (
        "The Australian Greens have called on the Federal Government to increase Australia's refugee "
        'intake. "The Coalition has refused to increase the humanitarian intake despite the breathtaking '
        'scale of this war and has only pledged to take 500 refugees out of Syria."'
    )
    assert found(text).get("Liberal–National Coalition") == "party"


def test_the_coalition_after_a_coalition_of_states_is_no_australian_party() -> None:
    # Julie Bishop, 20 July 2016: the Coalition against ISIL, though Australia's minister speaks
    joint = (
        "I will represent Australia at the first joint Counter-ISIL Coalition Foreign and Defence meetings."
    )
    meetings = (
        "In addition to the Coalition meeting, I will also meet with the Envoy for the Global Coalition."
    )
    assert [a.name for a in extract(f"{joint} {meetings}").actors if a.type == "party"] == []


@pytest.mark.parametrize(
    "text, people",
    [
        # Australian releases, 2011 and 2006
        (
            "the federal funding to assist new arrivals settle successfully in the Hobart community.",
            "Hobart community",
        ),
        (
            "The Minister urged the Adelaide community to support activities to mark the day.",
            "Adelaide community",
        ),
    ],
)
def test_the_community_of_a_town_is_its_people(text: str, people: str) -> None:
    names = {a.name: a.type for a in extract(text).actors}
    assert names.get("the " + people) == "population"


def test_an_asia_pacific_community_is_no_people() -> None:
    # Australian release, 1995
    text = "marking the transition, from theory to reality, of the idea of an Asia Pacific community."
    assert all(a.type != "population" for a in extract(text).actors)


def _afp(text: str, source_name: str = "") -> str:
    """The type of the actor "AFP" stands for in the text."""
    ex = extract(text, source_name=source_name)
    return next(a.type for a in ex.actors if any(text[s:e] == "AFP" for s, e in a.mentions))


def test_the_afp_of_an_australian_release_is_its_federal_police() -> None:
    # Australian press release (Coalition, 2010): Australia is named nowhere, the release is its own
    text = (
        "“This Government is trying to paint itself as tough on border protection - the reality is they "
        "have slashed funding and staff from the Customs and Border Protection Service, slashed funding "
        "from the AFP and shelved the much needed replacement of the Bay Class patrol vessels until "
        "after 2013,” Mr Keenan said."
    )
    assert _afp(text, "2010-05-13-morrison-scott-211338652.txt") == "government"


def test_the_afp_of_an_australian_release_naming_another_state_is_its_federal_police() -> None:
    # Australian press release (Minister for Immigration, 2015): Nauru is named, Australia not
    text = (
        "In agreement with the Government of Nauru, the four additional AFP officers will deploy as "
        "advisors to the NPF only and will not exercise Nauruan policing powers."
    )
    assert _afp(text, "2015-05-09-dutton-peter-211734538.txt") == "government"


def test_afp_in_a_state_department_briefing_is_the_news_agency() -> None:
    # U.S. State Department press availability, 2022
    assert _afp("MODERATOR:  We’ll start with Shaun Tandon of the AFP.") == "media"


def test_afp_in_a_call_naming_australia_less_is_the_news_agency() -> None:
    # White House background call on the President's trip to Korea and Japan, 2022 (Australia named once)
    text = (
        "And then the President and the delegation will take off to go to Japan. "
        "And we’ve got a very full program in Japan, both with bilateral engagements as well as, as you "
        "pointed out, the IPEF launch and then the Quad. As you know, there is some process issues in "
        "Australia.\n\nMODERATOR:  Thanks so much.  Why don’t we go to Sebastian Smith with AFP."
    )
    assert _afp(text) == "media"


def test_afp_in_a_general_debate_speech_is_the_news_agency() -> None:
    # UN General Debate, Democratic Kampuchea, 1986
    text = (
        "Agence France Presse (AFP) reported on 26 March 1986: Cambodia's pro-Vietnamese authorities are "
        "using Buddhist monasteries and temples for propaganda meetings."
    )
    assert _afp(text, "KHM_41_1986.txt") == "media"


def _epa(text: str, source_url: str | None = None) -> str:
    ex = extract(text, source_url=source_url)
    return next(a.name for a in ex.actors if any(text[s:e].startswith("EPA") for s, e in a.mentions))


def test_the_epa_of_a_white_house_page_is_the_environmental_protection_agency() -> None:
    # White House remarks, 2021: the photo agency's acronym is the U.S. agency's on a U.S. page
    text = (
        "And joined by a proud native son of North Carolina: the Administrator of the EPA in "
        "Washington, D.C., Michael Regan."
    )
    url = "https://www.whitehouse.gov/briefing-room/speeches-remarks/2021/06/25/remarks/"
    assert _epa(text, url) == "Environmental Protection Agency"


def test_the_epa_of_an_hrw_photo_credit_is_the_photo_agency() -> None:
    # HRW news, 2024: a photo credit
    text = (
        "Members of the Kempir-Abad reservoir support committee. © 2023 IGOR KOVALENKO/EPA-EFE/Shutterstock "
        "Update: On January 17, a Bishkek court ordered the journalists held."
    )
    assert _epa(text) == "European Pressphoto Agency"
