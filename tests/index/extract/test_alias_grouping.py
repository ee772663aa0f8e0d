"""Alias grouping on forms the annotated documents rarely show: a transcript's speaker label for
the president it names, a familiar given name, a letterhead's capitals, and an acronym defined
after a longer name than the one found. Real sentences of each genre."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def names(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source_name).actors}


def test_a_transcripts_president_label_is_the_president_it_names() -> None:
    # Turnbull transcript, 2017: the speaker label spells out the office of the guest named above
    text = (
        "Meeting with the Hon. Donald J Trump, President of the United States of America  New York, USA\n\n"
        "PRIME MINISTER:\n\nCongratulations on your vote today.\n\n"
        "PRESIDENT OF THE UNITED STATES OF AMERICA:\n\nThank you very much. It was great. Big day.\n\n"
        "PRIME MINISTER:\n\nPresident Trump, thank you.\n\n"
        "PRESIDENT OF THE UNITED STATES OF AMERICA:\n\nWe have a great relationship.\n"
    )
    found = names(text, "2017-05-05-trump-donald-245872436.txt")
    labels = [m for m in found.get("Donald Trump", []) if m == "PRESIDENT OF THE UNITED STATES"]
    assert len(labels) == 2
    assert "President of the United States" not in found


def test_the_president_of_a_briefing_is_the_one_it_titles_again_and_again() -> None:
    # State Department press briefing, 2021: one past president named once beside the sitting one
    text = (
        "In June, President Biden committed to donate at least 80 million vaccines. "
        "So President Biden, this administration, has been very clear. "
        "I remember a night when President Obama was about to deliver the State of the Union. "
        "As you have heard from the military and President Biden, we retain the capacity. "
        "The President has been clear about that."
    )
    found = names(text, "2021-08-04-department-press-briefing-august-3-2021.html")
    assert "The President" in found["Joe Biden"]
    assert found["Barack Obama"] == ["President Obama"]


def test_a_familiar_given_name_is_the_person_named_in_full() -> None:
    # ABC Capital Hill transcript, 2011
    text = (
        "Family First Senator Steve Fielding sided with the government. Senator Fielding has "
        "disappointed the Opposition again. It would have been an enormously costly exercise, and "
        "Stephen Fielding saw that."
    )
    found = names(text)
    people = [n for n in found if "Fielding" in n]
    assert len(people) == 1
    assert len(found[people[0]]) == 3


def test_a_familiar_given_name_alone_still_addresses_the_person() -> None:
    # Blinken and Di Maio joint press availability, 2021
    text = (
        "Together with Secretary of State Tony Blinken, we just chaired the plenary ministerial meeting. "
        "I am very happy to hand over to the Secretary of State, Mr. Antony J. Blinken. Please, Tony.\n"
        "SECRETARY BLINKEN: Thank you so much.\nFOREIGN MINISTER DI MAIO: Thank you, Tony."
    )
    found = names(text)
    people = [n for n in found if "Blinken" in n]
    assert len(people) == 1
    assert found[people[0]].count("Tony") == 2


def test_a_name_in_a_letterheads_capitals_is_the_same_person() -> None:
    # Australian Greens media release, 2021
    text = (
        "MEDIA RELEASE  NICK MCKIM 20 JAN 2021 IMMIGRATION AND CITIZENSHIP\n\n"
        "The release of refugees is welcome, Greens Immigration Spokesperson Senator Nick McKim says. "
        "“These men have been through so much,” Senator McKim said."
    )
    found = names(text)
    assert [n for n in found if n.lower() == "nick mckim"] == ["Nick McKim"]
    assert len(found["Nick McKim"]) == 3


def test_an_acronym_of_a_longer_name_is_not_the_country_ending_it() -> None:
    # HRW, 2024: "Overseas Citizens of India" is found only as its last word
    text = (
        "The Overseas Citizens of India (OCI) status is available to foreign citizens of Indian origin. "
        "Many of those whose OCI visa status was revoked are academics. India should stop."
    )
    found = names(text)
    assert "OCI" not in found.get("India", [])
    # no actor of its own either: its kind is unknown, and a panel showed "OCI" as a state
    assert "OCI" not in found


def test_an_acronym_of_an_organisation_named_for_a_people_is_not_that_people() -> None:
    # HRW, 2024
    text = (
        "One of the aid organizations, Medical Aid for Palestinians (MAP), said UN inspectors "
        "concluded that the bomb was delivered by aircraft. MAP staff were in the house. "
        "Palestinians in Gaza need aid."
    )
    found = names(text)
    assert "MAP" not in found.get("Palestinians", [])


def test_an_acronym_still_names_the_body_found_before_it() -> None:
    # HRW, 2024
    text = "The Centre for Supporters of Human Rights (CSHR) documented the killings. CSHR said more died."
    found = names(text)
    assert found["Centre for Supporters of Human Rights"][1:] == ["CSHR", "CSHR"]


# HRW, 2024: acronyms after the body's name in its own language. The Tunisian NGO's French name is
# not in the dictionary; the Malian coalition's English and French names are, "CMA" is not.
OWN_LANGUAGE_ACRONYMS = [
    (
        "These remarks were in reference to the president and vice president of the Tunisian Refugee "
        "Council (Conseil Tunisien pour les Réfugiés, CTR). The CTR was formed in 2016 and has been a key "
        "partner of the UNHCR in Tunisia.",
        "Tunisian Refugee Council",
        "CTR",
    ),
    (
        "In June 2015, the Malian government and a coalition of mainly ethnic Tuareg armed groups from "
        "northern Mali, called the Coordination of Azawad Movements (Coordination des mouvements de "
        "l’Azawad, CMA), signed a United Nations-brokered agreement. In 2023, the CMA withdrew.",
        "Coordination of Azawad Movements",
        "CMA",
    ),
]


@pytest.mark.parametrize(("text", "body", "acronym"), OWN_LANGUAGE_ACRONYMS)
def test_an_acronym_after_a_bodys_name_in_its_own_language_is_that_body(
    text: str, body: str, acronym: str
) -> None:
    assert names(text)[body][-2:] == [acronym, acronym]


def test_an_acronym_the_dictionary_knows_stays_its_after_a_misread_english_name() -> None:
    # HRW, 2024: "al-Qaeda-affiliated Group for …" is read as an NGO; JNIM is the armed group's
    text = (
        "On June 11, the al-Qaeda-affiliated Group for the Support of Islam and Muslims (Jama’at Nusrat "
        "al-Islam wa al-Muslimeen, JNIM) claimed responsibility for an attack on a military base. "
        "JNIM said it had killed over 100 soldiers."
    )
    holders = {n for n, ms in names(text).items() if "JNIM" in ms}
    assert holders == {"Group for the Support of Islam and Muslims"}


def test_one_body_written_with_its_words_in_another_order_is_one_actor() -> None:
    # HRW, 2024: the same NGO named both ways in one op-ed
    text = (
        "Over the past two years, the Initiative for Social and Economic Rights (ISER) and Human Rights "
        "Watch have researched access to pre-primary education. Angella Kasule Nabwowe is the executive "
        "director of the Initiative for Economic and Social Rights (ISER)."
    )
    found = names(text)
    bodies = [n for n in found if n.startswith("Initiative for")]
    assert len(bodies) == 1
    assert len(found[bodies[0]]) == 4  # both names and both acronyms


def test_two_people_whose_names_hold_the_same_words_stay_two() -> None:
    # HRW lists of detainees name men whose given and family names are each other's
    text = "Security forces detained Ali Hassan on Monday and Hassan Ali on Tuesday. Ali Hassan was released."
    found = names(text)
    assert found["Ali Hassan"] == ["Ali Hassan", "Ali Hassan"]
    assert found["Hassan Ali"] == ["Hassan Ali"]


def test_the_court_is_the_court_the_report_named_not_the_states_courts() -> None:
    # HRW, 2024: a report on the World Court's case against Israel
    text = (
        "(The Hague) – The International Court of Justice (ICJ) hearings on January 11 and 12, 2024, on "
        "genocide in Gaza will include the first formal response by Israel, Human Rights Watch said today. "
        "On December 29, South Africa filed a case with the court alleging that Israel is violating the "
        "Genocide Convention. South Africa has asked the court to order provisional measures to protect "
        "the Palestinian people in Gaza."
    )
    found = names(text)
    assert found["International Court of Justice"][-2:] == ["the court", "the court"]
    assert not any(n.startswith("Courts of") for n in found)


def test_the_court_is_the_one_named_last_of_several() -> None:
    # ALP doorstop transcript, 2002
    text = (
        "JOURNALIST: On the International Criminal Court are you not concerned about the delay?\n\n"
        "CREAN: No.\n\n"
        "JOURNALIST: Just on the Federal Court, were you satisfied with Mr Ruddock’s explanation to the "
        "court this morning?"
    )
    found = names(text)
    assert "the court" not in found.get("International Criminal Court", [])


def test_the_coalition_is_the_coalition_not_its_ministers() -> None:
    # State Department joint communiqué, 2021
    text = (
        "The following statement was released by United States Secretary of State Antony J. Blinken and "
        "the Foreign Ministers of the Global Coalition to Defeat Daesh/ISIS following today’s meeting. "
        "The Ministers reaffirmed their shared determination to continue the fight against Daesh/ISIS, "
        "which remains the Coalition’s sole purpose. The Ministers welcomed new members joining the "
        "Coalition – Central African Republic, Mauritania, and Yemen."
    )
    found = names(text)
    coalition = [n for n, ms in found.items() if "the Coalition" in ms]
    assert coalition and all(not n.startswith(("Ministers", "Foreign Ministers")) for n in coalition)


def test_a_court_written_in_lower_case_by_its_name_is_that_court() -> None:
    # HRW letter to Nepal's prime minister, 2024
    text = (
        "Nepal’s transitional justice bill needs significant amendments. The bill does not ensure the "
        "independent appointment of judges to the special court, nor the independence of prosecutors. "
        "Ensure the bill provides for the independent appointment of judges to the Special Court."
    )
    found = names(text)
    assert [n for n, ms in found.items() if "the special court" in ms] == ["Special Court"]


def test_a_partys_acronym_in_its_own_language_is_still_that_party() -> None:
    # HRW, 2024
    text = (
        "The court convicted 24 politicians from the pro-Kurdish Peoples’ Democratic Party (HDP). "
        "The HDP, now renamed, said the trial was political."
    )
    found = names(text)
    party = [n for n, ms in found.items() if "HDP" in ms]
    assert len(party) == 1 and party[0] != "HDP"


def test_a_prime_ministers_transcript_label_is_the_prime_minister_of_its_letterhead() -> None:
    # Turnbull interview transcript (ABC Lateline), 2016
    text = (
        "PRIME MINISTER\n\nTHE HON. MALCOLM TURNBULL MP\n\nTRANSCRIPT\n\n24 March 2016\n\nE&OE…\n\n"
        "TONY JONES:\n\nPrime Minister thanks for joining us.\n\nPRIME MINISTER:\n\nGood to be with you.\n\n"
        "TONY JONES:\n\nDid you go too far in that speech?\n\nPRIME MINISTER:\n\nNo.\n"
    )
    found = names(text, "2016-03-24-tony-jones-225896646.txt")
    turnbull = found["Malcolm Turnbull"]
    assert len(turnbull) >= 4  # the letterhead, its name, and both labels
    assert "Prime Minister" not in found


def test_a_list_s_next_honourable_is_not_the_office_before_him() -> None:
    # Peacock media release, 1980: the list names two ministers, each before the other's office
    text = (
        "The ANZUS Council met in Washington. Present were the Secretary of State of the United States, "
        "the Honourable Cyrus Vance, the Foreign Minister of New Zealand, the Honourable Brian Talboys, "
        "and the Foreign Minister of Australia, the Honourable Andrew Peacock."
    )
    found = names(text)
    assert "the Foreign Minister of New Zealand" not in " ".join(found.get("Andrew Peacock", []))


def test_the_government_of_an_australian_release_is_australias_whoever_it_names_most() -> None:
    # Peacock, foreign policy statement to the House, 1978: the United States named more than any
    # Australian body (and "the House of Representatives" read as the U.S. one) had made all 104
    # mentions of "the Government" the U.S. government's
    text = (
        "Foreign Policy Statement by the Minister for Foreign Affairs, Mr Andrew Peacock, in the "
        "House of Representatives, 9 May 1978.\n\n"
        "All countries have a very great interest in seeing a balanced agreement reached in the "
        "Strategic Arms Limitation Talks (SALT) now being conducted between the United States and the USSR. "
        "Internationally, Australia is firmly aligned with the broad objectives of the West and the "
        "Government has strengthened our alliance with the United States. "
        "As a result of our consultations with the United States we have every confidence that any "
        "Indian Ocean arms limitation agreement will not qualify or derogate from the United States "
        "commitment to Australia under the ANZUS Treaty. "
        "The Government believes that this initiative has made a significant contribution."
    )
    found = names(text, "1978-05-09-peacock-andrew-213723439.txt")
    assert found["Government of Australia"] == ["the Government", "The Government"]
    assert "Government of the United States" not in found


def test_the_minister_after_the_one_minister_named_in_full_is_that_minister() -> None:
    # Australian Democrats (Spindler), 1993: the office named in full once, then by its title
    text = (
        "The refusal by the Minister for Immigration and Ethnic Affairs to even consider whether the "
        "48 Cambodian asylum seekers should be allowed to stay is arrogant, Senator Spindler said.\n\n"
        '"The Minister is obviously wrong when he says that asylum seekers enjoy equal rights before '
        'Australian courts. The Minister should welcome the avenue Mr Justice Wilcox has opened for him."'
    )
    found = names(text, "1993-06-25-spindler-sid-214127413.txt")
    assert found["Minister for Immigration and Ethnic Affairs"][1:] == ["The Minister", "The Minister"]
    assert "Minister" not in found


def test_the_minister_after_two_ministers_named_in_full_is_neither() -> None:
    # Australian Democrats (Young), 1982: two offices of one title named before "the Minister"
    text = (
        "The Minister for Employment and Industrial Relations (Mr Macphee) foreshadowed that 8% of "
        "the workforce will be unemployed. In his post-budget press release, the Minister for "
        "Immigration and Ethnic Affairs stated that service levels have been maintained. "
        "Ethnic groups are angry at not having been consulted prior to the Minister's decision."
    )
    found = names(text, "1982-08-05-young-mick-213893377.txt")
    assert "Minister for Employment and Industrial Relations" in found
    assert all("the Minister" not in ms for ms in found.values() if len(ms) > 1)


def test_a_body_named_with_its_states_name_or_adjective_is_one_body() -> None:
    # Human Rights Watch on Sudan, 2024: one armed group written with "Sudan" and with "Sudanese"
    text = (
        "Many civilians have fled towards Tawila, controlled by the Sudan Liberation Army, Abdul "
        "Wahid forces, a Darfuri armed group. On May 28, Darfur Governor Minni Minnawi, the leader "
        "of the Sudanese Liberation Army, said that El Fasher residents should take arms."
    )
    actors = extract(text).actors
    groups = [a for a in actors if "liberation army" in a.name.lower()]
    assert len(groups) == 1
    # "the leader of the Sudanese Liberation Army" after his name is Minnawi's office (body_heads.py),
    # no second mention of the body
    minnawi = next(a for a in actors if a.name == "Minni Minnawi")
    assert "the leader of the Sudanese Liberation Army" in [text[s:e] for s, e in minnawi.mentions]


def test_a_states_people_stay_apart_from_the_state() -> None:
    # the adjective alone is the people, not the state named by the same root
    text = "Sudan must protect civilians. The Sudanese have suffered enough, Human Rights Watch said."
    found = {a.name: a.type for a in extract(text).actors}
    assert found.get("Sudan") == "state"
    assert any(t == "population" for n, t in found.items() if "Sudanese" in n)


def test_the_president_after_the_us_president_is_the_same_office() -> None:
    # Refugees International on Aleppo, 2016: Russia is named before, the U.S. president is asked
    text = (
        "We are appalled by the murderous attacks by the Syrian and Russian governments. "
        "We therefore call on the U.S. president to act and show leadership. "
        "The president can do so by exercising his statutory authority."
    )
    found = names(text)
    assert found["President of the United States"] == ["the U.S. president", "The president"]
    assert "President of Russia" not in found


def test_a_states_head_named_by_office_is_the_person_the_text_titles_so() -> None:
    # HRW on Germany and China, 2024: the chancellor named by title, then by office
    text = (
        "German Chancellor Olaf Scholz will travel to China next week. In an April 12 letter to the "
        "German chancellor, Human Rights Watch urged Scholz to press Beijing on its abuses."
    )
    found = names(text)
    assert "German chancellor" in found["Olaf Scholz"]
    assert "Chancellor of Germany" not in found


def test_your_government_in_a_letter_is_the_addressees() -> None:
    # Senate Women's Caucus on Burma, letter to India's prime minister, 2007
    text = (
        "The Honorable Manmohan Singh, Prime Minister, Republic of India, New Delhi, India. "
        "Dear Prime Minister Singh, We are writing to ask your government to join the growing "
        "international chorus urging the Burmese military junta to stop its crackdown. We are "
        "concerned that high level visits by members of your government to Burma may be read as "
        "support for the junta."
    )
    found = names(text)
    assert [m.lower() for m in found["Government of India"]] == ["your government", "your government"]


def test_an_office_then_its_honourable_after_a_comma_is_that_honourable() -> None:
    # Street media release, 1981: the release introduces its minister by office, then by name
    text = (
        "The Minister for Foreign Affairs, the Hon Tony Street MP,  announced today that the Australian "
        "Government was providing  additional food aid worth $6,2 million.\n\n"
        "The Minister said that the additional allocation was  prompted by the rapid increase in refugees."
    )
    street = names(text)["Tony Street"]
    assert {"The Minister for Foreign Affairs", "The Minister"} <= set(street)


def test_an_initialled_honourable_is_the_surname_the_release_names() -> None:
    # MacKellar media release, 1976: "the Hon. M.J.R. MacKellar" is not read as a name; "Mr
    # MacKellar" further on is
    text = (
        "Announcing this today,  the Minister for Immigration  and Ethnic Affairs,  the Hon. M.J.R. "
        "MacKellar,  said first  consideration would be given to refugees who had already been  "
        "nominated.\n\n"
        "Mr. MacKellar said the refugees would be selected from camps in Thailand."
    )
    found = names(text)
    assert "the Minister for Immigration  and Ethnic Affairs" in found["MacKellar"]


def test_the_office_before_an_honourable_is_not_the_person_named_before_it() -> None:
    # MacKellar media release, 1977: the Opposition leader is named just before the minister's office
    text = (
        'Migrant unemployment had not "doubled" as reportedly claimed by the :  Leader of the Opposition, '
        "Mr Whitlam, the Minister for Immigration and Ethnic Affairs, the Hon. M.J.R.MacKellar, said today. "
        '"In fact, between November 1975 and November 1976 there was a drop," Mr MacKellar said.'
    )
    office = "the Minister for Immigration and Ethnic Affairs"
    assert [name for name, forms in names(text).items() if office in forms] == ["MacKellar"]


def test_in_a_list_of_people_each_before_their_office_the_next_honourable_holds_his_own() -> None:
    # Peacock media release (ANZUS communiqué), 1980
    text = (
        "The 29th meeting of the ANZUS Council was held in  Washington on the 26 and 27 February 1980. "
        "The Honourable  Cyrus Vance,  Secretary of State of the United States,  the  Right Honourable Brian "
        "Talboys,  Deputy Prime Minister and Foreign Minister of New Zealand,  "
        "the Honourable Andrew Peacock,  "
        "Foreign  Minister of Australia,  and the Honourable D. Killen,  Minister  of Defence of Australia,  "
        "represented their respective Governments."
    )
    found = names(text)
    assert not any("New Zealand" in m for m in found.get("Andrew Peacock", []))


def test_a_letterhead_s_name_before_its_office_is_the_transcript_s_prime_minister() -> None:
    # Turnbull doorstop transcript, 2017: the letterhead puts the name first, the office after it
    text = (
        "THE HON. MALCOLM TURNBULL MP  PRIME MINISTER\n\n\n\nTRANSCRIPT\n\nSaturday, 8 July 2017\n\n"
        "Doorstop\n\nHamburg, Germany\n\nE&OE…\n\nPRIME MINISTER:\n\nGood afternoon.\n\n"
        "As you know this morning’s session was focused on counter-terrorism.\n\n"
        "JOURNALIST:\n\nPrime Minister, what are the sticking points on the Indonesia signature?\n\n"
        "PRIME MINISTER:\n\nA very strong statement.\n"
    )
    labels = [
        f for f in names(text, "2017-07-08-turnbull-malcolm-249540202.txt")["Malcolm Turnbull"] if "MINI" in f
    ]
    assert len(labels) == 3  # the letterhead's office and both labels


def test_an_office_opening_a_question_is_the_one_who_answers_not_the_person_named_after_it() -> None:
    # Abbott doorstop transcript, 2015: the reporter addresses the Prime Minister, then names the
    # minister whose words the question is about
    text = (
        "PRIME MINISTER\n\n10 September 2015\n\nTRANSCRIPT OF THE PRIME MINISTER  THE HON. TONY ABBOTT MP  "
        "DOORSTOP INTERVIEW  PORT MORESBY, PAPUA NEW GUINEA\n\nPRIME MINISTER:\n\nIt is good to be here.\n\n"
        "QUESTION:\n\nPrime Minister, do you want the Australian Federal Police to be operational?\n\n"
        "PRIME MINISTER:\n\nWe will work with the PNG authorities.\n\n"
        "QUESTION:\n\nPrime Minister, Scott Morrison says Australia will resettle persecuted minorities "
        "which will mainly be  Christians. Do you agree that they should mainly be Christians?\n\n"
        "PRIME MINISTER:\n\nWell, we’re resettling persecuted minorities.\n"
    )
    found = names(text, "2015-09-10-abbott-tony-215717071.txt")
    assert found["Scott Morrison"] == ["Scott Morrison"]
    assert found["Tony Abbott"].count("Prime Minister") == 2


def test_an_office_then_its_holder_in_apposition_is_still_that_holder() -> None:
    # Anthony release, 2003: the office at a line’s start, its holder after the comma
    text = (
        "Minister for Children and Youth Affairs, Larry Anthony, today announced new members of the  "
        "Australian Council for Children and Parenting (ACCAP).\n"
    )
    found = names(text, "2003-06-13-anthony-larry-211254287.txt")
    assert "Minister for Children and Youth Affairs" in found["Larry Anthony"]


def test_a_states_plural_demonym_is_the_people_the_speech_names() -> None:
    # Syria's General Debate speech, 2016: "Syrians" and "the Syrian people" are one people
    text = (
        "For more than five years, the Syrian people — no matter their affiliations — have paid dearly "
        "for the crimes of terrorists who have shed their blood. Since the onset of the crisis in 2011, "
        "the Syrian Government has declared that any solution must follow two parallel tracks: a "
        "counter-terrorism track, and a political track through an intra-Syrian dialogue that allows "
        "Syrians to determine the future of their country without foreign interference."
    )
    found = names(text, "SYR_71_2016.txt")
    assert found.get("Syrian people") == ["Syrian people", "Syrians"]
    assert "Syrians" not in found


def test_a_states_plural_demonym_placed_in_its_own_country_or_its_own_acts_is_still_the_people() -> None:
    # Syria's General Debate speech, 2016: "in some areas", "in the southern part of the country" say
    # where in Syria, and the annotators join them with "the Syrian people"
    text = (
        "All solutions dictated from the outside are categorically rejected by the Syrian people. Some "
        "countries continue to shed crocodile tears over the situation of the Syrians in some areas, "
        "accusing the Syrian Government of employing a policy of sieges and starvation. Those practices "
        "are no longer confined to the occupied Golan but are currently affecting the security and life "
        "of Syrians in the southern part of the country."
    )
    found = names(text, "SYR_71_2016.txt")
    assert found.get("Syrian people") == ["Syrian people", "Syrians", "Syrians"]
    # State Department interview, 2022: "in every way" says how they are helped, not which of them
    text = (
        "It is nonetheless horrifying for the Ukrainian people, and so we want to support them in every "
        "way we possibly can. We need to help Ukrainians in every way we can."
    )
    assert names(text).get("Ukrainian people") == ["Ukrainian people", "Ukrainians"]


def test_a_states_plural_demonym_in_a_place_stays_some_of_the_people() -> None:
    # HRW, 2024: the Palestinians in Gaza are not the whole Palestinian people the release names
    text = (
        "The hearings will include the first formal response by Israel to allegations of atrocities "
        "against the Palestinian people since October 7, 2023, Human Rights Watch said today. South "
        "Africa contends that Israel has violated the Genocide Convention by committing genocide against "
        "Palestinians in Gaza."
    )
    found = names(text)
    assert found.get("Palestinian people") == ["Palestinian people"]
    assert found.get("Palestinians") == ["Palestinians"]


# A state's citizens are its people where the text names the people: Syria's General Debate
# speech, 2013; Senator Clinton's letter on Iraqi women, 2005 (scrape without punctuation). Not
# those the text delimits: Levin and Warner's statement, 2007, on Iraqi citizens residing in Jordan.
CITIZENS_OF_PEOPLES = [
    (
        "Ballot boxes for \nfree and fair elections remain the only way for the \nSyrian people to "
        "determine their own future, free from \nthe pressures of terrorism and foreign control.\n\n"
        "From this rostrum, I appeal to Syrian citizens to \nreturn to their towns and villages, where "
        "the State will \nguarantee their safe return and dignified livelihood.",
        "SYR_68_2013.txt",
        "Syrian people",
        True,
    ),
    (
        "we should support their work by expressing our strong belief in equal rights for all Iraqi "
        "citizens  We would urge you to continue to demonstrate our country  s support of equality for "
        "all Iraqis before the law  regardless of gender  and help the Iraqi people as they continue to "
        "establish a new  democratic government",
        "3Aug2005Clinton321.txt",
        "Iraqi people",
        True,
    ),
    (
        "We also wanted to gain more knowledge about Iraqi citizens currently residing in Jordan and met "
        "with a senior official with the United Nations High Commissioner for Refugees   "
        "we believe  the Iraqi Council of Representatives and the Iraqi people need to judge the "
        "Government of Iraq   s record",
        "20Aug2007Levin87.txt",
        "Iraqi people",
        False,
    ),
]


@pytest.mark.parametrize(("text", "source", "people", "joined"), CITIZENS_OF_PEOPLES)
def test_a_states_citizens_are_the_people_the_text_names(
    text: str, source: str, people: str, joined: bool
) -> None:
    found = names(text, source)
    assert any("citizens" in m for m in found[people]) is joined
    assert any(n.endswith("citizens") for n in found) is not joined


def test_a_caucus_whose_scrape_lost_its_apostrophe_two_ways_is_one_caucus() -> None:
    # Senate Women's Caucus releases, 2007: "Womens" and "Women s" in one page
    text = (
        "U S  Senator Susan Collins  a member of the Senate Womens Caucus on Burma  today joined all of "
        "her female colleagues in the Senate in expressing solidarity with the protestors    The "
        "following is a joint statement issued by the Senate Women s Caucus on Burma    "
    )
    caucus = {n: spans for n, spans in names(text, "27Sep2007Collins297.txt").items() if "Caucus" in n}
    assert [len(spans) for spans in caucus.values()] == [2]


# United States' General Debate speech, 2013: "millions of Egyptians" are some Egyptians; Labor
# release, 2002: "ordinary Australians" are some Australians, "all Australians" the people
PARTS_OF_PEOPLES = [
    (
        "Our overriding interest throughout these past few years has been to encourage a Government "
        "that legitimately reflects the will of the Egyptian people and recognizes true democracy. "
        "The interim Government that replaced him responded to the desires of millions of Egyptians "
        "who believed the revolution had taken a wrong turn.",
        "USA_68_2013.txt",
        ("Egyptian people", ["Egyptian people"]),
        ("Egyptians", ["Egyptians"]),
    ),
    (
        "The Australian people don’t want conflict.\n\nThey want action, agreement and solutions.\n\n"
        "In the next six years there will be an average of $6 billion per year in bracket creep, "
        "meaning that ordinary Australians will be paying more and more income tax.\n\n"
        "One of the things all Australians believe in is playing by the rules.",
        "2002-04-13-australian-labor-party-211236092.txt",
        ("Australian people", ["Australian people", "Australians"]),
        ("Australians", ["Australians"]),
    ),
]


@pytest.mark.parametrize(("text", "source", "people", "part"), PARTS_OF_PEOPLES)
def test_a_counted_or_described_part_of_a_people_stays_apart_from_the_people(
    text: str, source: str, people: tuple[str, list[str]], part: tuple[str, list[str]]
) -> None:
    found = names(text, source)
    assert (people[0], found.get(people[0])) == people
    assert (part[0], found.get(part[0])) == part


def test_an_office_with_its_post_before_a_comma_is_the_person_named_after_it() -> None:
    # Coleman release, 2007: the ambassador's post and given names stand between office and surname
    text = (
        "Continuing his ongoing efforts to address the issue of Hmong grave desecration at Wat Tham Krabok "
        'in Thailand, Sen. Norm Coleman yesterday urged the U.S. Ambassador to Thailand, Ralph "Skip" Boyce, '
        "to find a solution. Coleman, who initiated the call to Ambassador Boyce, was pleased to learn the "
        "Thai government's deadline would be extended."
    )
    assert "U.S. Ambassador" in names(text)["Boyce"]


def test_a_foreign_ambassador_with_his_post_is_the_person_named_after_it() -> None:
    # Australian press release, 2009
    text = (
        "The Indonesian Ambassador to Australia, Mr  Joelianto, said that people smugglers are using the "
        "changes in policy as a marketing  tool."
    )
    found = names(text)
    assert [name for name, forms in found.items() if "Indonesian Ambassador" in forms] == ["Joelianto"]


def test_the_office_inside_another_office_with_a_post_is_not_the_person_after_it() -> None:
    # Austria's General Debate speech, 2011: the Special Representative is hers, the office his
    text = (
        "We highly appreciate the work of the Special Representative of the Secretary-General for Children "
        "and Armed Conflict, Ms. Radhika Coomaraswamy. We salute the Secretary-General's determined "
        "leadership."
    )
    found = names(text, "AUT_66_2011.txt")
    assert not any("Secretary-General" in m for m in found.get("Radhika Coomaraswamy", []))


def test_a_state_s_office_alone_written_as_a_person_s_title_is_that_person() -> None:
    # State Department notice, 2021: the envoy is titled by name, then named by the office alone
    text = (
        "U.S. Special Envoy for Yemen Tim Lenderking will travel to Saudi Arabia and Oman on May 25. "
        "Attempting to forestall the devastating consequences of the Houthi offensive on Marib, U.S. Special "
        "Envoy Lenderking's discussions will focus on achieving an urgent ceasefire. The U.S. Special Envoy "
        "will also continue to advocate for the unimpeded flow of goods through all ports."
    )
    found = names(text, "2021-05-25-u-s-special-envoy-for-yemen-lenderkings-travel.html")
    assert found["Tim Lenderking"].count("U.S. Special Envoy") == 1


def test_the_secretary_of_state_alone_is_the_one_the_text_titles_so() -> None:
    # Byrd release, 2005
    text = (
        "When asked yesterday what the source of this authority was, Secretary of State Condoleezza Rice had "
        "no answer. It is time to ask hard questions of the Attorney General, the Secretary of State, the "
        "Secretary of Defense, and the Director of the National Security Agency."
    )
    assert "the Secretary of State" in names(text, "19Dec2005Byrd147.txt")["Condoleezza Rice"]


def test_an_office_after_vice_or_former_is_not_the_holder_titled_with_it() -> None:
    # State Department readout, 2022: the vice minister is another person than the minister
    text = (
        "Deputy Secretary of State Wendy Sherman met with Republic of Korea (ROK) Minister of Unification "
        "Kwon Young-se and Vice Minister of Unification Kim Ki-woong on June 8."
    )
    found = names(text, "2022-06-08-deputy-secretary-shermans-meetings.html")
    assert found["Kwon Young-se"] == ["Minister of Unification Kwon Young-se"]


def test_a_surname_whose_apostrophe_a_scrape_dropped_is_the_person() -> None:
    # Senate, Boxer 2007, scraped of every apostrophe: "Judge Mukaseys background" is Mukasey's
    text = (
        "I rise in opposition to the nomination of Judge Michael Mukasey to be our next Attorney "
        "General. I have respect for Judge Mukaseys background, his decades of service. Judge "
        "Mukasey failed to demonstrate independence. Unfortunately, Judge Mukaseys response was "
        "unacceptable. I dont believe he can meet the standard."
    )
    found = {a.name: len(a.mentions) for a in extract(text, source_name="8Nov2007Boxer34.txt").actors}
    assert found.get("Michael Mukasey") == 4, found
    assert not [name for name in found if name.endswith("Mukaseys")], found


def test_the_secretary_alone_is_no_surname_of_another_secretarys_office() -> None:
    # State Department readout, 2022: "the Secretary" had taken the name of "Foreign Secretary" (the
    # office read off "Foreign Secretary Truss") as a surname takes a full name, and joined her
    text = (
        "Secretary of State Antony J. Blinken spoke today with UK Foreign Secretary Elizabeth Truss to "
        "continue coordinating vital assistance to Ukraine. Secretary Blinken expressed his concern "
        "regarding recent reports of a sham “trial”.\n"
        "The two discussed the Northern Ireland Protocol, and the Secretary urged Foreign Secretary Truss to "
        "continue good faith negotiations with the EU. They also recognized the one-year anniversary of "
        "President Biden and Prime Minister Johnson’s New Atlantic Charter, and the Secretary lauded "
        "progress that the U.S. and UK have made together."
    )
    result = extract(text, source_name="2022-06-13-call.html", issuer_hint="U.S. Department of State")
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in result.actors}
    assert found["Antony J. Blinken"].count("the Secretary") == 2
    assert "the Secretary" not in found["Elizabeth Truss"]
