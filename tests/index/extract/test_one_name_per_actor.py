"""One actor, one name: the forms a statement uses for one actor (a full name and its short form,
an office and its holder, a state's court and "the Supreme Court") carry the name a reader sees
in the panels, and different actors keep different names. Real sentences of each genre."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.ingest.pipeline import analyse


def names(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source_name).actors}


def test_a_states_court_is_its_own_body_and_keeps_its_name_when_shortened() -> None:
    # HRW letter to Nepal's prime minister, 2024
    text = (
        "Nepal’s Supreme Court has ordered the government to amend the law. Your government should "
        "implement the orders of the Supreme Court without delay."
    )
    found = names(text)
    assert found["Supreme Court of Nepal"] == ["Nepal’s Supreme Court", "Supreme Court"]
    assert "Nepal’s Supreme Court" not in found.get("Government of Nepal", [])


def test_a_states_officials_and_authorities_are_still_its_government() -> None:
    # HRW, 2024
    text = "Indian authorities detained farmers, and Indian officials blocked their accounts."
    assert names(text)["Government of India"] == ["Indian authorities", "Indian officials"]


def test_the_department_after_its_full_name_is_that_department() -> None:
    # U.S. Senate (Leahy), 2007
    text = (
        "I have asked the Department of Justice for the documents. The Department has refused, and "
        "this Justice Department owes the Committee an answer."
    )
    found = names(text)
    assert found["Department of Justice"] == ["Department of Justice", "The Department", "Justice Department"]
    assert "Department" not in found


def test_a_short_form_stays_apart_when_two_bodies_could_be_meant() -> None:
    text = "The Department of Justice and the Department of State met today. The Department said nothing."
    assert "Department" in names(text)


def test_the_department_of_a_fact_sheets_paragraph_is_the_one_it_just_named() -> None:
    # White House fact sheet on Native American voting (2022): a paragraph for each department
    text = (
        "The Department of Labor is providing guidance to state and local workforce officials on how "
        "they can work with state elections officials to designate American Job Centers as voter "
        "registration agencies under the National Voter Registration Act. The Department’s guidance "
        "also clarifies which programs receiving federal workforce development funds could support "
        "nonpartisan voter registration efforts.\n"
        "The Department of Education will send a letter next week to institutions of higher education "
        "highlighting their responsibilities under the Higher Education Act. The Department last "
        "reminded institutions of this requirement in 2013."
    )
    found = names(text)
    assert found["Department of Labor"] == ["Department of Labor", "The Department"]
    assert found["Department of Education"] == ["Department of Education", "The Department"]
    assert "Department" not in found


def test_the_department_after_a_sentence_naming_two_stays_apart() -> None:
    # White House fact sheet on reopening schools (2021)
    text = (
        "The Department of Labor awarded grants. The President launched a comprehensive effort across "
        "the White House, Department of Education, and Department of Health and Human Services to "
        "safely reopen schools for in-person instruction. The Department released two volumes of its "
        "COVID-19 Handbook focused on safe reopening."
    )
    assert "Department" in names(text)


def test_the_department_a_letter_keeps_speaking_of_is_its_addressees_after_another_named_in_passing() -> None:
    # U.S. Senate, 2006 (Lieberman): senators' letter to the Secretary of Homeland Security, as scraped
    text = (
        "The Honorable Michael Chertoff  Secretary  U S  Department of Homeland Security  "
        "Washington  DC  20528      Dear Secretary Chertoff       We are writing to express our "
        "serious concern about the Department   s application of the    material support    to   "
        " terrorist organizations    ground of inadmissibility  which has resulted in the "
        "exclusion of a large number of vulnerable refugees and asylum seekers   We are also "
        "concerned that the Department has failed to exercise the waiver authority that Congress "
        "provided to ensure that the provision is applied appropriately       The material "
        "support ground of inadmissibility  under section 212 a  3  B  iv  VI  of the "
        "Immigration and Nationality Act  is rightfully intended to bar persons who give aid to "
        "terrorists  not to bar legitimate refugees who provided support under threat to their "
        "lives  the lives of their families  or to their livelihoods   Refugees in such "
        "circumstances have been terrorists    victims  not their allies   The Department has "
        "the legal authority to waive this section in order to admit as refugees those who were "
        "coerced into providing such aid as found in section 212 d  3  B  of the Immigration and "
        "Nationality Act       We are concerned that the Department   s implementation of the "
        "material support bar is greatly restricting the United States Resettlement Program for "
        "Colombian refugees and resulted in the suspension of resettlement referrals of Burmese "
        "refugees in Malaysia   It now threatens to impact the resettlement of up to 10 000 "
        "Burmese refugees in Thailand   Others affected have included Colombian refugees who "
        "were forced to make payments to Colombian guerilla groups under threat of torture or "
        "death   According to the United Nations High Commissioner for Refugees  the bar  as "
        "currently interpreted  could affect up to tens of thousands of the refugees identified "
        "by the Department of State for resettlement to the United States in FY06   This was not "
        "the intent of Congress        The Department   s interpretation of the material support "
        "bar is also affecting hundreds of asylum seekers in the United States   We understand "
        "that some 500 affirmative asylum applications are on hold at the Department  and an "
        "unknown number of cases are being denied protection in immigration court"
    )
    found = names(text)
    homeland = next(n for n in found if "Homeland Security" in n)
    assert found[homeland].count("the Department") + found[homeland].count("The Department") == 6
    state = next(n for n in found if n.endswith("Department of State"))
    assert found[state] == ["Department of State"]


def test_the_department_of_a_section_headed_by_another_department_is_not_the_one_before() -> None:
    # White House fact sheet on the Women, Peace and Security report (2022): a section per department
    text = (
        "Department of State.  The Department continued its focus on WPS implementation through "
        "monitoring, evaluation, and learning exercises and strengthened engagement with key partners, "
        "such as civil society leaders. During the reporting period, the Department invested "
        "approximately $110 million in assistance programming to advance WPS. The Department also "
        "integrated WPS principles into its internal processes.\n\n"
        "Department of Homeland Security.  In FY 2021, there were significant accomplishments across "
        "the four DHS LOEs. DHS led the Unified Coordination Group, a whole-of-government, "
        "whole-of-society effort to resettle more than 76,000 vulnerable Afghans across the United "
        "States. Through this effort, and Operation Allies Welcome (OAW), the Department also promoted "
        "the protection of Afghan women and girls."
    )
    found = names(text)
    state = next(n for n in found if n.endswith("Department of State"))
    assert found[state] == ["Department of State", "The Department", "the Department", "The Department"]


def test_the_minister_is_the_minister_named_beside_the_full_title() -> None:
    # Ruddock media release, 2003: letterhead, lead, and the office alone later
    text = (
        "Philip Ruddock MP  MINISTER FOR IMMIGRATION AND MULTICULTURAL AND INDIGENOUS AFFAIRS\n\n"
        "The Minister for Immigration and Multicultural and Indigenous Affairs, Philip Ruddock, today "
        "announced new arrangements. The Minister said the returns would continue."
    )
    found = names(text)
    assert {"Philip Ruddock"} == {n for n in found if "Ruddock" in n or "Minister" in n}
    assert "The Minister" in found["Philip Ruddock"]


def test_letters_after_a_name_and_the_next_lines_title_are_no_part_of_it() -> None:
    # Australian Democrats release, 2000; Ruddock release, 1996
    text = (
        "Senator Andrew Bartlett Senator for Queensland Australian Democrats spokesperson\n\n"
        "The Hon. Philip Ruddock MR Parliament House, Canberra ACT 2600\n\n"
        "Minister for Immigration and Multicultural Affairs Telephone: (06) 277 7860\n\n"
        "Senator Bartlett said detention should end."
    )
    found = names(text)
    assert "Andrew Bartlett" in found and "Philip Ruddock" in found
    assert not any(n.endswith(("Senator", " MR", "Telephone")) for n in found)


def test_an_office_before_a_name_is_no_persons_name_and_its_body_keeps_its_acronym() -> None:
    # Australian Medical Association release, 2013
    text = (
        "Australian Medical Association Limited  ABN 37 008 426 793\n\n"
        "The AMA today released its policies. Speaking in Canberra, AMA President, Dr Steve "
        "Hambleton, said that the AMA’s policies are affordable."
    )
    found = names(text)
    assert found["Australian Medical Association"].count("AMA") == 3
    assert "AMA" not in found.get("Steve Hambleton", [])


def test_a_body_named_on_a_date_is_named_without_the_day() -> None:
    # Peacock's release of the ANZUS communiqué, 1980
    text = "The communique issued by the ANZUS Council on 27 February 1980. The Council met in Washington."
    assert names(text)["ANZUS Council"] == ["ANZUS Council", "The Council"]


def test_a_region_named_by_its_place_is_that_place() -> None:
    # U.S. Senate (Cardin), 2007
    text = "The genocide in Darfur continues. Violence in the Darfur region has spread to Chad."
    assert names(text)["Darfur"] == ["Darfur", "Darfur region"]


def test_a_region_named_by_a_common_word_or_an_organisation_keeps_its_head() -> None:
    text = (
        "Peace in this region matters. The ASEAN region needs rights. Stability in the Gulf region "
        "and the Arab region."
    )
    found = names(text)
    assert not {"ASEAN", "Gulf", "This", "Arab"} & set(found)


def test_the_jihadists_of_a_release_about_one_armed_group_are_that_group() -> None:
    # HRW on Mali, 2024: a witness speaks of the group the release names
    text = (
        "The Al-Qaeda-linked JNIM has attacked villages. JNIM fighters killed 40 civilians, and JNIM "
        "has besieged the town. A farmer said: I saw the terrorists coming. The jihadists burned our "
        "homes, and the fighters came back four days later."
    )
    jnim = [a for a in extract(text).actors if "JNIM" in [text[s:e] for s, e in a.mentions]]
    assert len(jnim) == 1
    forms = [text[s:e] for s, e in jnim[0].mentions]
    assert {"the terrorists", "The jihadists", "the fighters"} <= set(forms)


def test_the_terrorists_stay_their_own_actor_where_no_group_stands_out() -> None:
    # Russia at the UN, 2016: two groups named alike
    text = (
        "ISIL and Jabhat al-Nusra must be defeated. The coalition must separate the moderate "
        "opposition from the terrorists."
    )
    found = names(text)
    assert found["Terrorists"] == ["the terrorists"]
    assert "the fighters" not in str(found)


def test_the_regime_in_a_speech_is_the_foreign_government_never_the_speakers() -> None:
    # United States at the UN General Debate, 2013 (USA_68_2013.txt)
    text = (
        "Nowhere have we seen those trends converge more powerfully than in Syria. Al-Assad’s "
        "traditional allies have propped him up, citing principles of sovereignty to shield his "
        "regime. On 21 August, the regime used chemical weapons. The evidence is overwhelming that "
        "the Al-Assad regime used such weapons."
    )
    ex = extract(text, source_name="USA_68_2013.txt")
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors}
    assert found["Government of Syria"] == ["his regime", "the regime", "the Al-Assad regime"]
    assert "Government of the United States" not in found


def test_a_photo_captions_control_word_is_no_part_of_a_groups_name() -> None:
    # HRW, 2024: hrw.org's "Click to expand Image" before a caption in title case
    text = (
        "Click to expand Image Protesting farmers flee tear gas near the border. The protesting "
        "farmers have taken several measures. Police fired on farmers. The farmers stayed."
    )
    found = names(text)
    assert "Image farmers" not in found
    assert "Protesting farmers" in found["Farmers"]


def test_a_party_led_government_is_the_states_government_and_the_party_keeps_its_name() -> None:
    # HRW on India's farmers, 2024
    text = (
        "India’s Bharatiya Janata Party (BJP)-led government has repeatedly cracked down on peaceful "
        "protests. BJP supporters have used social media to attack the farmers. Indian authorities "
        "should act, and it’s critical for the BJP-led government to minimize harm."
    )
    found = names(text)
    assert found["Government of India"] == [
        "India’s Bharatiya Janata Party (BJP)-led government",
        "Indian authorities",
        "the BJP-led government",
    ]
    assert found["Bharatiya Janata Party"] == ["BJP"]


def test_a_capital_pressed_or_acting_is_its_government_and_a_capital_visited_a_place() -> None:
    # U.S. Senate (Cardin, Menendez), 2007; HRW on the Paris Olympics, 2024
    text = (
        "We were able to persuade Khartoum to negotiate. China must leverage its ties with Khartoum, "
        "and the Sudanese government must act. Khartoum has refused. Paris will host the Games, and "
        "athletes arrived in Khartoum."
    )
    found = names(text)
    assert found["Government of Sudan"] == ["Khartoum", "Khartoum", "Sudanese government", "Khartoum"]
    assert found["Khartoum"] == ["Khartoum"]
    assert found["Paris"] == ["Paris"]


def test_a_capital_a_call_would_compel_is_its_government() -> None:
    # U.S. Senate (Frist), 2005
    call = "The Council needs to consider stronger action, such as sanctions, to compel Khartoum to end it."
    assert names(call)["Government of Sudan"] == ["Khartoum"]


def test_a_states_possessive_scraped_without_its_apostrophe_is_the_state() -> None:
    # U.S. Senate (Menendez), 2007: the release's punctuation was stripped
    text = "China purchases at least 70 percent of Sudans  oil and has sold arms to Sudan  "
    assert names(text)["Sudan"] == ["Sudans", "Sudan"]


def test_a_states_scraped_possessive_before_a_title_is_the_state_named_elsewhere() -> None:
    # U.S. Senate (Leahy on Sudan), 2006: the release's punctuation was stripped, "Sudan's President"
    text = (
        "It is ludicrous that a lone despot  Sudans President Omar Hassan      al Bashir  can obstruct "
        "the deployment of a UN peacekeeping force to      stop genocide  Sudan    Despite the Bush "
    )
    found = names(text)
    assert "Sudans" not in found
    assert found["Omar Hassan al Bashir"] == ["Sudans President Omar Hassan      al Bashir"]


def test_a_states_scraped_possessive_before_a_capitalised_word_is_no_people() -> None:
    # U.S. Senate (Leahy on Ethiopia), 2007: "Ethiopia's Ambassador", "Ethiopia's U.S.-supported"
    text = (
        "Following these events  I wrote to Ethiopias     Ambassador Kassahun Ayele and officials at the "
        "State Department  But     there are serious concerns with Ethiopias U S  supported military     "
        "invasion of Somalia  On May 15  2005  Ethiopia     held its first open multiparty elections  "
    )
    found = names(text)
    assert "Ethiopias" not in found
    assert found["Ethiopia"] == ["Ethiopias", "Ethiopias", "Ethiopia"]


def test_a_given_name_like_a_states_plural_is_no_state() -> None:
    # Taylor media release, 2013: a list of names
    text = "Thanks to Bob Rogers, Tim Meares, Frances Douch and Geoff Kettle  "
    assert "France" not in names(text)


def test_a_provinces_government_is_its_own_not_the_states() -> None:
    # HRW on India's farmers, 2024
    text = (
        "Indian authorities detained farmers. The Haryana government suspended internet services, "
        "and the Indian government said nothing."
    )
    found = names(text)
    assert found["Government of Haryana"] == ["The Haryana government"]
    assert found["Government of India"] == ["Indian authorities", "Indian government"]


def test_no_name_shows_an_unfilled_pattern() -> None:
    # Labor transcript, 2010: "the Coalition" after "the Coalition Government"; HRW on Chad, 2024
    text = (
        "The Coalition Government has failed. Do you think the Coalition should be nervous? "
        "Chad’s transitional government’s removal of the president was condemned."
    )
    assert not any("{}" in n for n in names(text))


def test_the_people_of_a_state_are_its_people_by_their_adjective() -> None:
    # Qatar at the UN General Debate, 2016
    text = (
        "The Syrian people have paid a heavy price. We stand with the people of Syria, and with the "
        "people of Aleppo."
    )
    found = names(text)
    assert found["Syrian people"] == ["Syrian people", "the people of Syria"]
    assert "People of Aleppo" in found


def test_the_people_of_a_state_of_two_words_are_its_people_by_the_adjective_of_those_words() -> None:
    # State Department statement on South Sudan's national day, 2022
    text = (
        "On behalf of the Government of the United States of America, I congratulate the people of South "
        "Sudan on eleven years of independence. We support the efforts of the South Sudanese people to "
        "build lasting peace."
    )
    assert len(names(text)["South Sudanese people"]) == 2
    # Australian Greens release, 1998: "East Timorese", never the shorter "Timorese"
    text = "Australia has never considered the people of East Timor as anything but Indonesian since 1979."
    assert "East Timorese people" in names(text)
    # State Department briefing, 2022: a state's "own citizens" are the people named by those words
    text = (
        "Human rights violation are currently ongoing in North Korea, and North Korean leader Kim Jong-un "
        "is – massacred their own citizens. And we certainly hope that one day justice may be achieved "
        "for the people of North Korea."
    )
    assert names(text).get("North Korean people") == ["their own citizens", "the people of North Korea"]


def test_a_two_word_surname_alone_is_the_person_named_in_full() -> None:
    # Australian Democrats release (Stott Despoja), 2005
    text = (
        "Senator Natasha Stott Despoja today called on the Government to act. Senator Stott Despoja "
        "said the Prime Minister must answer. The Deputy Prime Minister declined to comment."
    )
    found = names(text)
    assert "Stott Despoja" not in found
    assert "Deputy Prime Minister" not in found.get("Prime Minister", [])


def test_a_part_of_a_continent_is_its_own_place_and_no_state() -> None:
    # United States at the UN, 2013; a Labor transcript, 2002
    text = (
        "Across North Africa and the Middle East, people rose up. Africa is changing. Trade with "
        "North America and Western Europe grew, and South Africa voted."
    )
    found = names(text)
    assert found["North Africa"] == ["North Africa"]
    assert found["Africa"] == ["Africa"]
    assert "United States" not in found and found["South Africa"] == ["South Africa"]


def test_a_body_named_after_a_sentences_first_words_and_the_is_named_in_full() -> None:
    # U.S. Senate (Leahy), 2007: "Today the Department of Justice is experiencing a crisis"
    text = (
        "Today the Department of Justice is experiencing a crisis of leadership. We hear disturbing "
        "reports of lawyers leaving the Department."
    )
    found = names(text)
    assert found["Department of Justice"] == ["Department of Justice", "the Department"]
    assert "Department" not in found


def test_an_office_after_a_persons_name_and_the_is_that_person(corpus: Path) -> None:
    # "… and Oxfam America     Ken Hackett  the President of Catholic Relief Services  in a letter"
    text = (corpus / "us-senate" / "31Jan2006Obama598.txt").read_text(encoding="utf-8")
    found = names(text)
    assert "President of Catholic Relief Services" in found["Ken Hackett"]
    assert "President of Catholic Relief Services" not in found


def test_the_secretary_on_a_state_department_page_is_the_secretary_it_names(corpus: Path) -> None:
    # "… Secretary of State Antony J. Blinken spoke with … The Secretary expressed …", and the
    # German "State Secretary Berger" is no Secretary of State
    pages = corpus / "us-state-dept"
    for page, holder, office in (
        ("2021-08-03-secretary-blinkens-call-with-afghan-president-ghani-4.html", "Blinken", "The Secretary"),
        (
            "2021-06-17-deputy-secretary-shermans-meeting-with-german-state-secretary-berger.html",
            "Berger",
            "the State Secretary",
        ),
    ):
        path = pages / page
        done = analyse(path, path.read_bytes())
        text = done.read.text
        holders = {a.name for a in done.extraction.actors for s, e in a.mentions if text[s:e] == office}
        assert len(holders) == 1 and holder in holders.pop()


def test_the_court_after_an_international_court_is_that_court_not_the_states() -> None:
    # Australian Parliamentary Secretary's speech on the ICC, 2001
    text = (
        "We support the International Criminal Court because it is in the national interest. "
        "The fact that so many countries have signed up to the ICC is a fair indication that the "
        "Court is a worthwhile idea. The Court will only try individuals, not Australia."
    )
    found = names(text)
    assert found["International Criminal Court"][-2:] == ["the Court", "The Court"]
    assert "Courts of Australia" not in found


def test_the_mission_is_the_un_mission_named_before() -> None:
    text = (
        "The United Nations Assistance Mission in Afghanistan (UNAMA) documented the executions. "
        "The Mission called on the Taliban to end them."
    )
    assert "The Mission" in next(v for k, v in names(text).items() if "Mission" in k)


def test_the_minister_is_the_minister_named_by_title_and_surname_beside_the_office() -> None:
    # Australian Democrats release, 1985: the holder is named "Mr Hurford" only
    text = (
        "Senator Don Chipp today\n\nurged the Minister for Immigration and Ethnic Affairs, Mr Hurford,\n\n"
        'to treat the new Irian Jayan refugees with compassion. "No doubt, the Minister would have '
        'been happier had they stayed away," Senator Chipp said.'
    )
    found = names(text)
    assert "the Minister" in found["Hurford"]
    assert "Minister" not in found


def test_a_person_named_by_the_word_the_title_goes_with_is_the_person_named_in_full() -> None:
    # HRW on Thailand, 2024: the prime minister in full, then by his given name
    text = (
        "“Thai Prime Minister Srettha Thavisin should break with this practice and prosecute Thai "
        "officials wrongfully collaborating with foreign governments acting on Thai soil.” "
        "“Prime Minister Srettha should act to restore Thailand’s deserved reputation as a country "
        "that is a safe haven for dissidents from abroad,” Pearson said."
    )
    found = names(text)
    assert "Srettha" not in found
    assert found["Srettha Thavisin"] == ["Prime Minister Srettha Thavisin", "Prime Minister Srettha"]


def test_a_president_named_by_his_first_family_name_is_the_president_named_in_full() -> None:
    # State Department briefing, 2021
    text = (
        "While there, he will meet with Costa Rican President Alvarado, senior Costa Rican officials, "
        "and Americans. And Secretary Blinken will also meet with Costa Rican President Carlos "
        "Alvarado Quesada to discuss our very robust relationship."
    )
    found = names(text)
    assert "Alvarado" not in found
    assert "President Alvarado" in found["Carlos Alvarado Quesada"]


def test_a_name_without_its_middle_name_or_the_letters_after_it_is_one_person() -> None:
    # Staples media release, 1990: letterhead with the letters after the name, then the lead
    text = (
        "Minister for Aged, Family and Health Services  Hon. Peter Staples M.P.\n\n"
        "Emergency Relief Agencies throughout the State will receive grants, the Federal Minister "
        "for Aged, Family and Health Services, Peter Staples announced today."
    )
    assert [n for n in names(text) if "Staples" in n] == ["Peter Staples"]
    # Senate Women's Caucus letter, 2007: the middle name written, then the signature without it
    text = (
        "The caucus also includes Hillary Rodham Clinton (D-N.Y.) and Blanche Lambert Lincoln. "
        "Sincerely, Senator Hillary Clinton, Senator Lambert Lincoln"
    )
    found = names(text)
    assert len([n for n in found if "Clinton" in n]) == 1
    assert len([n for n in found if "Lincoln" in n]) == 1


def test_a_short_name_two_people_could_bear_stays_apart() -> None:
    # the initials tell father and son apart; the name without them could be either
    text = "Antony J. Pemberton met Antony K. Pemberton today. Antony Pemberton said nothing."
    found = names(text)
    assert found["Antony J. Pemberton"] == ["Antony J. Pemberton"]
    assert found["Antony K. Pemberton"] == ["Antony K. Pemberton"]
    assert found["Antony Pemberton"] == ["Antony Pemberton"]
    # a president's first family name, when two people of the text bear it
    text = (
        "President Carlos Alvarado Quesada met Minister Rosa Alvarado Ruiz. President Alvarado said nothing."
    )
    assert "President Carlos Alvarado Quesada" not in names(text).get("Rosa Alvarado Ruiz", [])
    assert "President Alvarado" not in names(text).get("Carlos Alvarado Quesada", [])


def test_the_president_of_a_senators_release_is_the_president_it_names() -> None:
    # U.S. Senate (Corzine), 2004
    text = (
        "“But this resolution also calls on the President to lead an international effort to stop "
        "this genocide.” According to Corzine, President Bush should act quickly to declare that "
        "genocide is taking place in the Sudan. President al Bashir must stop the attacks."
    )
    hits = extract(text, source_name="23Jul2004Corzine189.txt").actors
    bush = next(a for a in hits if "President Bush" in [text[s:e] for s, e in a.mentions])
    assert "the President" in [text[s:e] for s, e in bush.mentions]
    assert not any(text[s:e] == "President al Bashir" for s, e in bush.mentions)


def test_the_president_on_a_state_department_page_is_the_us_president_not_the_one_discussed() -> None:
    # State Department press briefing, 2022: Putin named often, "the President" is Biden
    text = (
        "QUESTION: To clarify, the President called Putin a war criminal. President Putin has not "
        "answered. MR PRICE: Secretary Blinken echoed the same sentiment that the President conveyed "
        "a day earlier. President Biden’s comments last week speak to the horror of the brutality "
        "Russia has unleashed, and President Putin knows it."
    )
    url = "https://www.state.gov/briefings/department-press-briefing-march-21-2022/"
    hits = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_url=url).actors}
    assert hits["Joe Biden"].count("the President") == 2
    assert "the President" not in hits["Vladimir Putin"]


def test_a_body_named_with_whose_it_is_and_without_is_one_body() -> None:
    # HRW on Belarus's lawyers, 2024
    text = (
        "The Justice Ministry’s Qualification Commission, which administers the professional legal "
        "entry exam, used minor errors in paperwork to revoke the licenses of lawyers. The "
        "Qualification Commission did not reply. Human Right Watch wrote to the Belarusian Justice "
        "Ministry in April 2024. Since 2020, more than 140 lawyers faced license revocation by the "
        "Justice Ministry."
    )
    found = names(text)
    assert "Qualification Commission" not in found and "Justice Ministry" not in found
    assert found["Belarusian Justice Ministry"] == ["Belarusian Justice Ministry", "Justice Ministry"]
    # a UN body named with "UN" once and without it later keeps the UN's type
    text = (
        "Human Rights Watch made a submission to the UN Committee on the Rights of the Child. The "
        "Committee on the Rights of the Child will review Iraq's record in May."
    )
    hits = {a.name: a for a in extract(text).actors}
    assert len(hits["Committee on the Rights of the Child"].mentions) == 2
    assert hits["Committee on the Rights of the Child"].type == "igo"


def test_a_name_written_with_and_without_its_article_is_one_actor() -> None:
    # State Department press briefing, 2021
    text = (
        "In response, the Department of Treasury and the United States are imposing sanctions on "
        "members of the Ortega regime. When it comes to Nicaragua, the Department of the Treasury "
        "announced sanctions against some of those responsible."
    )
    assert [n for n in names(text) if "Treasury" in n] == ["Department of the Treasury"]


def test_the_secretary_general_is_the_one_the_text_titles_so_not_always_the_uns() -> None:
    # U.S. Senate (Biden), 2006: a letter to the Arab League's Secretary General
    text = (
        "The text of the letter is below:  October 10, 2006  His Excellency Amr Moussa  Secretary "
        "General  The League of Arab States  Cairo, Egypt  Dear Secretary General Moussa: We write "
        "to request that you employ all diplomatic means available to urge President Omar Hassan "
        "El-Bashir to halt Sudan's military offensive in Darfur."
    )
    found = names(text)
    assert "UN Secretary-General" not in found
    assert "Secretary General" in [f.strip() for f in found["Amr Moussa"]]
    # a UN speech, 2016: the Secretary-General is the one it thanks by name
    text = (
        "We thank Secretary-General Ban Ki-moon for his valuable contributions as he ends his 10-year "
        "tenure. The Secretary-General served in a time of global challenges."
    )
    assert names(text)["Ban Ki-moon"] == ["Secretary-General Ban Ki-moon", "Secretary-General"]


def test_a_given_name_cut_short_and_a_dictionary_surname_are_the_person_the_text_names() -> None:
    # Ellison media release, 2002: the letterhead's full given name, the lead's short one
    text = (
        "SENATOR THE HON. CHRISTOPHER ELLISON\nMinister for Justice and Customs\n\n"
        "Senator Chris Ellison today announced an extra $218.1 million for Customs. “The funds "
        "allocated in the Budget demonstrate this Government’s commitment,” Senator Ellison said."
    )
    assert len([n for n in names(text) if "Ellison" in n]) == 1
    # U.S. Senate (Biden), 2006: the surname alone is the senator the release names
    text = (
        "Senator Joseph R. Biden (D-DE) led all 100 Senators in calling on the League to end the "
        "ethnic cleansing in Darfur. Biden said the world must act."
    )
    assert len([n for n in names(text) if "Biden" in n]) == 1


def test_an_office_run_into_its_holders_name_is_the_holder() -> None:
    # Bishop interview transcript, 2011
    text = (
        "STEVE VIZARD    Well last night Opposition Leader Tony Abbott delivered his Budget Reply "
        "speech.\n\nOn the line now Deputy Opposition Leader, Shadow Minister for Foreign Affairs "
        "Julie  Bishop joins me. Hi Julie, how are you?\n\nJULIE BISHOP    Hi Steve, I am very well "
        "indeed. I am surprised the Prime Minister is being so arrogant."
    )
    assert [n for n in names(text) if "Bishop" in n] == ["Julie Bishop"]


def test_a_states_people_named_with_of_and_with_its_adjective_are_one_group() -> None:
    # U.S. Senate (Kerry), 2007
    text = (
        "In spite of great danger, the long suffering people of Burma have risen up against one of "
        "the world's most repressive regimes. The Burmese people must know that America and all "
        "free people across the globe stand in awe of their commitment and courage."
    )
    found = names(text)
    assert "People of Burma" not in found
    assert len(found["Burmese people"]) == 2


def test_a_states_group_named_with_in_and_with_its_adjective_are_one_group() -> None:
    # U.S. Senate (Clinton), 2005: the annotators join "the women in Iraq" with "Iraqi women"
    text = (
        "It would be a travesty if Iraqi women were in any way marginalized under their new government, "
        "said Senator Clinton. To dilute or delete any language that establishes the principle of equality "
        "before the law regardless of gender would greatly hurt the women in Iraq, especially those who are "
        "helping to rebuild this country."
    )
    assert "women in Iraq" in names(text)["Iraqi women"]


def test_some_of_a_group_in_a_state_or_a_group_in_its_care_is_not_its_people() -> None:
    # State Department press availability, 2022: counted protesters are some of the people there
    text = (
        "We have seen people around the world protest President Putin's war of choice, including "
        "thousands of people in Russia and Belarus coming out to protest peacefully. The two cities are "
        "joined in the hearts of the Ukrainian and the Russian people."
    )
    assert not any("people in Russia" in forms for forms in names(text).values() if len(forms) > 1)
    # Shorten doorstop, 2014: asylum seekers in Australian custody are no Australian people
    text = (
        "What we see today is Tony Abbott washing his hands of the safety of the people in Australian care. "
        "The Abbott Government should take the Australian people into its trust."
    )
    assert "people in Australian care" not in " ".join(names(text).get("Australian people", []))


def test_the_secretary_is_the_one_titled_secretary_before_an_assistant_secretary() -> None:
    # State Department briefing, 2021: an assistant secretary briefs on the Secretary's travel
    text = (
        "It is our pleasure to have as your briefer today Acting Assistant Secretary Julie Chung. "
        "She will talk with you about Secretary Blinken’s upcoming travel to Costa Rica. On June "
        "1st, the Secretary will attend a regional meeting of the Central American foreign "
        "ministers. Secretary Blinken will also raise issues with the Secretary of State's "
        "counterparts."
    )
    url = "https://www.state.gov/briefing-with-acting-assistant-secretary-julie-chung/"
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_url=url).actors}
    assert "the Secretary" in found["Blinken"]
    assert "the Secretary of State" in found["Blinken"]
    assert "U.S. Secretary of State" not in found


def test_the_president_a_report_speaks_of_is_the_one_it_titles_so() -> None:
    # HRW on Uzbekistan, 2024: a president the dictionary does not know, titled twice
    text = (
        "Uzbekistan: Imprisoned for ‘Insulting’ President Online\n\n"
        "Increasing numbers of people in Uzbekistan are being prosecuted for insulting the president "
        "online, Human Rights Watch said today. President Shavkat Mirziyoyev promised reforms. "
        "“People in Uzbekistan should be able to criticize the president openly,” said Hugh "
        "Williamson. President Mirziyoyev has not answered."
    )
    found = names(text)
    assert found["Shavkat Mirziyoyev"].count("the president") == 2
    # HRW on Senegal, 2024: the former president it knows is not the new one it names
    text = (
        "Senegal’s newly elected president, Bassirou Diomaye Faye, should make protecting human "
        "rights a priority. On February 3, former President Macky Sall announced that elections "
        "would be delayed. “By taking bold steps, President Faye would turn the page,” Allegrozzi "
        "said. The president takes office today."
    )
    assert "The president" not in names(text).get("Macky Sall", [])


def test_a_name_read_only_as_far_as_its_first_words_is_the_person_named_in_full() -> None:
    # HRW on Egypt, 2024: the finder stops before "al-Sisi"; the text names him in full elsewhere
    text = (
        "Egypt’s parliament approved the law proposed by President Abdel Fattah al-Sisi. The "
        "government of Abdel Fattah El Sisi has used military courts. Sisi signed it in February."
    )
    found = names(text)
    assert "Abdel Fattah" not in found
    assert "Sisi" in found["Abdel Fattah El Sisi"]


def test_the_department_after_a_name_run_into_the_next_sentence_is_still_that_department() -> None:
    # U.S. Senate (Leahy), 2007: the release lost its full stops
    text = (
        "The Department of Justice  They have not answered our questions about the memorandum  "
        "The Department of Justice has changed its policy  Now the Department must explain it"
    )
    found = names(text)
    assert "Department" not in found
    assert "the Department" in found["Department of Justice"]


def test_a_government_named_for_its_leader_is_the_leaders_states() -> None:
    # U.S. Senate (DeWine), 2004: Sudan named just before; the administration is the U.S.'s
    text = (
        "The government of Sudan has armed the Janjaweed militias in Darfur. The Bush "
        "administration has made clear that it will not pursue peace in the south at the expense "
        "of the people of Darfur."
    )
    found = names(text, source_name="20Jul2004Dewine488.txt")
    assert found["Government of the United States"] == ["The Bush administration"]
    assert "The Bush administration" not in found["Government of Sudan"]
    # HRW, 2024: a state's adjective before "government" names no leader
    text = "The German government and Chancellor Olaf Scholz met Chinese officials."
    assert "German government" in names(text)["Government of Germany"]


def test_the_administration_of_a_state_department_briefing_is_the_us_one() -> None:
    # State Department press briefing, 2021: a question on the Palestinians
    text = (
        "QUESTION: The Palestinian Authority wants East Jerusalem to be the capital of a future "
        "state. Is that something the administration agrees with? MR PRICE: Well, before the "
        "previous administration closed it, the consulate was in Jerusalem."
    )
    url = "https://www.state.gov/briefings/department-press-briefing-june-9-2021/"
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_url=url).actors}
    assert found["Government of the United States"] == ["the administration", "the previous administration"]
    assert found["Government of Palestine"] == ["Palestinian Authority"]


def test_a_titled_surname_is_not_the_given_name_of_another_person() -> None:
    # A State Department briefing of 25 May 2022: the Secretary of Defense and a hostage in Syria
    text = (
        "That was a message that Secretary Blinken delivered to his Japanese and South Korean "
        "counterparts. Secretary Austin also spoke to his counterparts. Of course, we talked about "
        "the case of Austin Tice yesterday, an American who has been separated from his family for "
        "nearly 10 years. Chairman Kim met the envoy. Kim Jong Un said nothing."
    )
    people = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}
    assert people["Austin"] == ["Secretary Austin"]
    assert people["Austin Tice"] == ["Austin Tice"]
    # a family name written first stays the one a title goes with
    assert "Chairman Kim" in next(ms for ms in people.values() if "Kim Jong" in " ".join(ms))


def test_a_chinese_family_name_titled_is_the_full_name_it_begins() -> None:
    # An Australian release of 2005 on a defecting diplomat
    text = "Chen Yonglin has sought asylum in Australia. Mr Chen said he feared persecution."
    people = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}
    assert people == {"Chen Yonglin": ["Chen Yonglin", "Mr Chen"]}


def test_the_surname_alone_is_the_person_the_text_names_not_another_of_that_surname() -> None:
    # State Department, 2022: "Biden" is Joe Biden in the dictionary, but here the First Lady's
    found = names(
        "I’m especially honored to be joined today by the First Lady of the United States, Dr. Jill "
        "Biden, who has been such a powerful advocate. I’m grateful to be here with First Lady Dr. "
        "Biden and all of you. I want to start by thanking First Lady Biden, Secretary Blinken."
    )
    bidens = [(n, m) for n, m in found.items() if "Biden" in n]
    assert bidens == [("Jill Biden", ["Dr. Jill Biden", "Dr. Biden", "Biden"])]


def test_a_ranked_office_between_two_people_is_the_one_named_after_it() -> None:
    # an Australian joint media release 2011: "and" before the office belongs to the sentence
    text = (
        "The Minister for Immigration and Citizenship, Chris Bowen MP, and  Parliamentary Secretary for "
        "Immigration and Multicultural Affairs,  Senator Kate Lundy, today announced the grants."
    )
    found = names(text, "2011-06-16-lundy-kate-211355898.txt")
    assert "Parliamentary Secretary for Immigration and Multicultural Affairs" in found["Kate Lundy"]
    assert not any(s.startswith("Parliamentary") for s in found["Chris Bowen"])


@pytest.mark.parametrize(
    "text",
    [
        # HRW, 2024: a sentence's first ordinary words (the October 7 report; Yemen; Gaza)
        "Human Rights Watch also examined the role of various armed groups. Previous Human Rights Watch "
        "reports have addressed numerous serious violations by Israeli forces in Gaza.",
        "Based on Human Rights Watch research, movement restrictions have affected women across Yemen.",
        "Everyone Human Rights Watch interviewed who knew the building well said they were not aware.",
        # HRW, 2024: a heading scraped without its line break
        "Questions and Answers: The Hamas-Led Armed Groups' October 7, 2023 Assault on Israel Human "
        "Rights Watch research found that Palestinian armed groups committed war crimes.",
        # HRW joint statement, 2024: its signatories scraped onto one line, the next one known too
        "Front Line Defenders Gulf Centre for Human Rights (GCHR) Human Rights First Human Rights "
        "Watch (HRW)",
    ],
)
def test_words_run_on_into_a_known_bodys_name_are_no_part_of_it(text: str) -> None:
    found = names(text)
    assert "Human Rights Watch" in found["Human Rights Watch"]
    assert [name for name in found if name.endswith("Watch")] == ["Human Rights Watch"]


def test_a_body_named_on_a_known_bodys_name_keeps_its_own_name() -> None:
    # UN General Debate (Bahrain 2012, Oman 1999): a state's inquiry and a body's council
    found = names(
        "In that context, we established the Bahrain Independent Commission of Inquiry to ascertain the "
        "truth. The Council of the League of Arab States, in its consultative session, adopted a call."
    )
    assert "Bahrain Independent Commission of Inquiry" in found
    assert "Council of the League of Arab States" in found
