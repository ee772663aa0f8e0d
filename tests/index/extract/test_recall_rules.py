"""Actors found from the structure of a phrase, on real sentences of each genre: a state's
officials, organs named after a leader, photo credits and media contacts, offices named after their
holder, lists of counties, parties named by whose they are."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def spans(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_a_states_officials_are_its_government_but_us_officials_name_the_country() -> None:
    # U.S. Senate, 2006; dev's convention: "U.S. officials" marks the United States
    text = "During his meetings with Thai officials, Feingold discussed the Hmong. U.S. officials agreed."
    found = spans(text)
    assert found["Government of Thailand"] == ["Thai officials"]
    assert found["United States"] == ["U.S."]


def test_police_and_intelligence_agencies_are_government_not_armed_forces() -> None:
    # U.S. Senate, 2007
    text = "The CIA, NSA and FBI have each studied the issue, as has the Pentagon."
    found = types(text)
    assert found["Central Intelligence Agency"] == "government"
    assert found["National Security Agency"] == "government"
    assert found["Federal Bureau of Investigation"] == "government"
    assert found["U.S. Department of Defense"] == "government"


def test_a_name_and_the_next_organisation_after_and_the_are_two_actors() -> None:
    # UN General Debate, 2016 (Russia)
    text = "We welcome the dialogue between Russia and the European Union and the Group of 20."
    found = types(text)
    assert found["Russia"] == "state"
    assert found["European Union"] == "igo"
    assert found["G20"] == "igo"


def test_an_economic_union_and_a_cooperation_council_are_intergovernmental() -> None:
    # UN General Debate, 2016 (Qatar, Russia)
    text = "The Gulf Cooperation Council supports the Eurasian Economic Union in this."
    assert types(text) == {"Gulf Cooperation Council": "igo", "Eurasian Economic Union": "igo"}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # UN General Debate, 1988 (Argentina), 2015 (Austria), 2016 (Germany): all were typed NGOs
        (
            "Our country, a member of the Contadora Support Group, has worked, and is continuing to work, "
            "towards a peaceful and negotiated solution to the problems of that region.",
            "Contadora Support Group",
        ),
        (
            "The Special Monitoring Mission and the Trilateral Contact Group play a unique role for a "
            "peaceful settlement.",
            "Trilateral Contact Group",
        ),
        (
            "For that reason alone, although unsuccessful yesterday, our efforts in the International Syria "
            "Support Group for a ceasefire must continue.",
            "International Syria Support Group",
        ),
        # UN General Debate, 2014 (Lebanon) and 2016 (Bulgaria): the name goes on past "Group"
        (
            "We also pay tribute to the initiative of the Secretary-General, who launched the "
            "International Support Group for Lebanon.",
            "International Support Group for Lebanon",
        ),
        (
            "Bulgaria participates actively in the work of the Group of Friends of Mediation, which "
            "contributes to those efforts.",
            "Group of Friends of Mediation",
        ),
    ],
)
def test_a_contact_or_support_group_is_a_group_of_states(sentence: str, name: str) -> None:
    assert types(sentence)[name] == "igo"


def test_a_body_named_for_its_number_of_nations_is_intergovernmental() -> None:
    # UN General Debate, 1965 (Australia) and 1960 (Bulgaria); a trade clause is no body
    text = (
        "The great Powers and the other Powers associated with them in the Eighteen-Nation Disarmament "
        "Committee have been talking. We must say here, however, that the information on the work of the "
        "Ten-Nation Committee was scant. Most-favoured-nation treatment is the rule."
    )
    found = types(text)
    assert found["Eighteen-Nation Disarmament Committee"] == "igo"
    assert found["Ten-Nation Committee"] == "igo"


def test_meta_in_a_statement_on_platforms_is_the_company_not_colombias_department() -> None:
    # HRW, 2024 (Türkiye): "Meta" had been a place, Colombia's department of that name
    warned = "Civil society organisations warned YouTube, Meta, X, and TikTok against complying with laws."
    assert types(warned + " At the time Meta stated that there was a potential to withdraw.") == {
        "YouTube": "media",
        "Meta Platforms": "media",
        "TikTok": "media",
        "Civil society": "ngo",  # the civil society organisations: an actor by the conventions
    }


def test_a_movement_for_the_liberation_of_a_land_is_an_armed_group() -> None:
    # UN General Debate, 1999 (Zambia); HRW's Mali releases name the Tuareg MNLA so
    rebels = "Later, however, the rebels, who now included the Movement for the Liberation of the Congo (MLC)"
    found = types(rebels + ", were invited to participate directly in the peace talks.")
    assert found["Movement for the Liberation of the Congo"] == "armed_group"
    azawad = types("The National Movement for the Liberation of Azawad took Kidal.")
    assert azawad["National Movement for the Liberation of Azawad"] == "armed_group"


def test_photo_credits_name_the_photographer() -> None:
    # HRW, 2024: captions credit the photographer before the agency or after "for"
    text = (
        "Students rally in Kampala, Uganda, September 29, 2022. © 2022 Luke Dray/Getty Images\n\n"
        "The Olympic rings on the Eiffel Tower. © 2024 AP Photo/Aurelien Morissard\n\n(Paris) – The Games"
    )
    found = types(text)
    assert found["Luke Dray"] == "person"
    assert found["Aurelien Morissard"] == "person"
    assert found["Getty Images"] == "media"


def test_a_name_before_a_telephone_number_is_a_media_contact() -> None:
    # Australian press releases, 2013 and 2003; U.S. Senate, 2004
    text = (
        "CONTACT: John Flannery  02 6270 5477 / 0419 494 761\n\nKirsty Waterford  02 6270 5464\n\n"
        "For media inquiries please contact Serena Rogers on 0419 833 571\n"
        "   Contact: Scot Montrey, 202/224-2206; Andrew Wilder, 202/224-7705.\n"
        "Call 1800 123 456 for help."
    )
    found = types(text)
    for name in ("John Flannery", "Kirsty Waterford", "Serena Rogers", "Scot Montrey", "Andrew Wilder"):
        assert found[name] == "person", name
    assert "Waterford" not in found  # the surname is no Irish town here


def test_a_titled_name_stops_before_the_office_that_follows_it() -> None:
    # Australian Democrats' letterhead, 2003
    text = "Senator Andrew Bartlett   Leader of the Australian Democrats  Spokesperson for Immigration"
    assert spans(text)["Andrew Bartlett"] == ["Senator Andrew Bartlett"]


def test_a_place_and_a_comma_before_security_forces_do_not_compose() -> None:
    # HRW, 2024 (Iraq): bare "security forces" is the state's, and "Iraq" stays the country
    text = "In Iraq, security forces have harassed transgender women at checkpoints."
    found = spans(text)
    assert found["Iraq"] == ["Iraq"]
    assert found["Security forces of Iraq"] == ["security forces"]


def test_an_adjective_and_a_comma_before_a_role_still_compose() -> None:
    # Syria Campaign, 2016
    text = "The neighbourhood was overpowered by unchecked Russian, regime, and Iranian-backed forces."
    assert "Government of Russia" in spans(text)


def test_an_organ_named_after_a_leader_is_the_states() -> None:
    # Australian Greens, 2014; U.S. Senate, 2007
    text = "37 asylum seekers are in a Sri Lankan jail and the Abbott government should act for Australia."
    assert spans(text)["Government of Australia"] == ["the Abbott government"]
    text = "We can break the information blockade that the Castro regime has imposed upon Cuba."
    assert spans(text)["Government of Cuba"] == ["the Castro regime"]


def test_a_capitalised_organ_word_inside_another_name_is_no_organ() -> None:
    # U.S. Senate: a programme's name holds "Military"
    text = "The Senate approved the Foreign Military Sales program for Ukraine."
    assert "Armed forces of Ukraine" not in spans(text)


def test_parliament_after_a_preposition_is_the_states_legislature() -> None:
    # HRW letter to Nepal's prime minister, 2024
    text = "Nepal should act. The bill, once passed by parliament, must be sent back to parliament."
    assert spans(text)["Parliament of Nepal"] == ["parliament", "parliament"]


def test_parliament_after_of_and_or_not_is_the_states_legislature() -> None:
    # HRW, 2024 (Thailand; India); Australian Greens release, 2004
    text = (
        "Thailand should stop the returns. Thai members of parliament, human rights groups, and the "
        "National Human Rights Commission protested."
    )
    assert spans(text)["Parliament of Thailand"] == ["parliament"]
    text = "India began implementing the Citizenship Amendment Act, which parliament had enacted in 2019."
    assert spans(text)["Parliament of India"] == ["parliament"]
    text = "Australia signed the FTA. The officials, not parliament, will make the regulations."
    assert spans(text)["Parliament of Australia"] == ["parliament"]


def test_the_legislative_authorities_are_the_legislature_not_the_executive() -> None:
    # UN speech (Lebanon), 2016
    text = (
        "Lebanon is in crisis. The crisis has led to the near paralysis of the legislative "
        "authorities and the slowdown of the work of the Government."
    )
    found = types(text)
    assert found["Parliament of Lebanon"] == "legislature"
    assert spans(text)["Parliament of Lebanon"] == ["the legislative authorities"]


def test_parliament_is_never_a_congress_states_legislature() -> None:
    # Australian interview, 2017 (Prime Minister Turnbull beside President Trump)
    text = (
        "Australia and the United States are friends. Mr Trump spoke to the US Congress. PRIME "
        "MINISTER: We have challenges with our parliament too. Australia will stand firm."
    )
    found = spans(text)
    assert found["Parliament of Australia"] == ["our parliament"]
    assert found["United States Congress"] == ["US Congress"]


def test_a_member_of_parliament_is_one_persons_office_not_the_body() -> None:
    # Australian release, 2014
    text = "Australia must help. As a local member of parliament I have had to get involved."
    assert not any(n.startswith("Parliament") for n in spans(text))


def test_the_separatists_are_an_armed_group() -> None:
    # State Department, 2022 (Secretary Blinken on Ukraine)
    text = (
        "Russia went into the Donbas, leading, backing, financing, supporting the separatists in waging war."
    )
    assert types(text)["Separatists"] == "armed_group"


def test_the_insurgents_are_an_armed_group() -> None:
    # U.S. Senate, 2004
    text = "In Fallujah, the insurgents have used mosques to store weapons."
    assert types(text)["Insurgents"] == "armed_group"


def test_our_party_and_his_party_are_the_party_the_text_names() -> None:
    # Leader of the Opposition's speech, 1982
    text = (
        "The Australian Labor Party has long stood for this. Mr Fraser and his party have failed "
        "Australia, but our Party will not, and my party room agrees."
    )
    assert spans(text)["Australian Labor Party"] == ["Australian Labor Party", "his party", "our Party"]


def test_an_office_alone_is_the_person_titled_with_it() -> None:
    # State Department readout, 2021
    text = (
        "Deputy Secretary of State Wendy Sherman met with German State Secretary Miguel Berger today. "
        "Deputy Secretary Sherman and State Secretary Berger discussed Ukraine. The Deputy Secretary "
        "and the State Secretary also reaffirmed their support."
    )
    found = spans(text)
    assert found["Wendy Sherman"][-1] == "The Deputy Secretary"
    assert found["Miguel Berger"][-1] == "the State Secretary"


def test_an_office_beside_a_name_is_that_person() -> None:
    # National Party press release, 1993
    text = "Tim Fischer, Shadow Minister for Trade, said the tariffs must go."
    assert spans(text)["Tim Fischer"] == ["Tim Fischer", "Shadow Minister for Trade"]


def test_each_county_of_a_list_is_a_place() -> None:
    # White House disaster declaration, 2022: the names are surnames and words elsewhere
    text = (
        "Funding is available for the tornadoes in the counties of Appanoose, Buena Vista, Howard, "
        "Worth, and Wright.\nFederal funding is also available."
    )
    found = types(text)
    for name in ("Appanoose", "Buena Vista", "Howard", "Worth", "Wright"):
        assert found[name] == "place", name


def test_well_known_bodies_the_dictionaries_lacked() -> None:
    # HRW, 2024; UN General Debate, 2013 and 2016; White House, 2022
    text = (
        "Immigration and Customs Enforcement (ICE) holds them; ICE said. The Muslim Brotherhood "
        "and the Nazis. The world community met CARICOM at the Summit of the Americas."
    )
    found = types(text)
    assert found["U.S. Immigration and Customs Enforcement"] == "government"
    assert found["Muslim Brotherhood"] == "party"
    assert found["Nazi Party"] == "party"
    assert found["International community"] == "other"
    assert found["Caribbean Community"] == "igo"
    assert found["Americas"] == "place"
    assert spans("The Kremlin ordered the strike.")["Government of Russia"] == ["Kremlin"]


def test_an_office_addressed_or_named_indefinitely_keeps_its_own_name() -> None:
    # UN General Debate, 2013 (Iran; United Kingdom)
    text = "Mr. President, President Obama spoke of peace. A Prime Minister elected by Parliament is new."
    found = spans(text)
    assert "Mr. President" not in found.get("Barack Obama", [])
    text = "Prime Minister Netanyahu spoke. Then a Prime Minister elected by Parliament agreed."
    assert spans(text)["Benjamin Netanyahu"] == ["Prime Minister Netanyahu"]


def test_a_company_named_after_the_sea_is_no_sea() -> None:
    # State Department, 2021: withhold release orders against a fishing company
    text = "CBP issued an order against the Dalian Ocean Fishing Co. for vessels in the South China Sea."
    found = types(text)
    assert "Dalian Ocean" not in found
    assert found["South China Sea"] == "place"


def test_the_senate_of_a_senators_release_is_the_united_states_senate() -> None:
    # U.S. Senate, 2007: the release names Sudan and China far more than its own country
    text = "Sudan must stop the killing. The Senate passed the resolution on Sudan and China today."
    found = extract(text, source_name="27Jun2007Menendez259.txt").actors
    assert {a.name for a in found if a.type == "legislature"} == {"Senate of the United States"}


def test_a_date_after_a_titled_name_is_not_part_of_it() -> None:
    # U.S. Senate hearing statement, 2007, scraped without punctuation
    text = "Witness  Attorney General Gonzales    April 19  2007   This week the Attorney General spoke."
    assert spans(text)["Gonzales"] == ["Attorney General Gonzales", "the Attorney General"]


def test_a_peoples_name_owning_a_capitalised_word_is_a_body_or_a_state() -> None:
    # UN speeches: Sudan's neighbours, 2003; Mongolia, 1966
    text = (
        "The Sudanese People's Liberation Movement-North said so. The Mongolian People's Republic "
        "cannot but be concerned at the proliferation of nuclear weapons."
    )
    actors = {a.name: a.type for a in extract(text).actors}
    assert "population" not in actors.values()
    assert actors["Mongolia"] == "state"
