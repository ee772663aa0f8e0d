"""Armed forces and groups a reader sees named: militias by their name or alone, "the rebels",
a former state's forces."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract


def found(text: str, source_name: str | None = None) -> dict[str, tuple[str, list[str]]]:
    ex = extract(text, source_name=source_name)
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in ex.actors}


def test_a_militia_named_in_an_hrw_release_is_an_armed_group(corpus: Path) -> None:
    name = "2024-07-03-ethiopia-army-attacks-health-care-amhara-conflict.txt"
    got = found((corpus / "hrw-news" / name).read_text(encoding="utf-8"))
    typ, surfaces = got["Fano militia"]
    assert typ == "armed_group" and "the Fano militia" in surfaces


def test_militias_in_a_un_speech_are_an_armed_group(corpus: Path) -> None:
    got = found((corpus / "un-speeches" / "QAT_71_2016.txt").read_text(encoding="utf-8"))
    assert got["Militias"][0] == "armed_group"


def test_militias_known_as_the_janjaweed_are_the_janjaweed() -> None:
    text = (
        "The government of Sudan and its allied militia, known as the janjaweed, continue the "
        'attacks. Civilians have been murdered by "janjaweed" militias and by other militias.'
    )
    typ, surfaces = found(text)["Janjaweed"]
    assert typ == "armed_group"
    assert surfaces == ["its allied militia", "janjaweed", "janjaweed", "militias", "militias"]


def test_militias_named_before_the_group_the_text_calls_militias_are_that_group() -> None:
    text = (
        "Civilians have been killed by militias linked to the Sudanese regime. Civilians have "
        'been murdered by "janjaweed" militias linked to the Sudanese government.'
    )
    assert found(text)["Janjaweed"][1] == ["militias", "janjaweed", "militias"]


def test_militias_after_a_preposition_or_verb_take_neither_in_their_span() -> None:
    text = "The Council demands that the Government of Sudan disarm militias. Villages burned by militias."
    assert found(text)["Militias"][1] == ["militias", "militias"]


def test_the_rebels_in_a_un_speech_are_an_armed_group(corpus: Path) -> None:
    got = found((corpus / "un-speeches" / "SAU_71_2016.txt").read_text(encoding="utf-8"))
    assert got["Rebels"][0] == "armed_group"


def test_soviet_forces_are_the_soviet_unions_armed_forces() -> None:
    text = "Many thousands are now fleeing the occupation by Soviet forces of Afghanistan. The USSR refused."
    got = found(text)
    assert got["Armed forces of Soviet Union"] == ("armed_force", ["Soviet forces"])
    assert got["Soviet Union"] == ("state", ["USSR"])


def test_the_fund_across_a_line_break_is_the_global_fund_named_before() -> None:
    text = (
        "we would provide \n$1.6 billion to the Global Fund to Fight AIDS, \nTuberculosis and "
        "Malaria. That is 10 per cent of the \nFund’s replenishment"
    )
    typ, surfaces = found(text)["Global Fund to Fight AIDS, Tuberculosis and Malaria"]
    assert typ == "igo" and surfaces[-1] == "the \nFund"


def test_a_committee_before_a_date_is_no_committee_of_that_name() -> None:
    text = "Since the Attorney General last appeared before this Committee on January 18th, we waited."
    assert not any("January" in name for name in found(text))


def test_our_troops_in_a_un_speech_are_the_speaking_states_forces(corpus: Path) -> None:
    name = "USA_68_2013.txt"
    text = (corpus / "un-speeches" / name).read_text(encoding="utf-8")
    ex = extract(text, source_name=name)
    ours = [a for a in ex.actors if any(text[s:e] == "our troops" for s, e in a.mentions)]
    assert [a.name for a in ours] == ["Armed forces of the United States"]
    assert not any(text[s:e] == "that military" for a in ex.actors for s, e in a.mentions)


def test_a_states_troops_after_its_are_its_armed_forces() -> None:
    # a possessive with a noun is marked, as "his party" (the guidelines); HRW releases mark them
    text = "The Council noted the failure of the Soviet Union to withdraw its troops from Afghanistan."
    assert found(text)["Armed forces of Soviet Union"] == ("armed_force", ["its troops"])


def test_armed_groups_described_by_what_they_are_are_armed_groups() -> None:
    # HRW, Mali, 2024
    text = "“Islamist armed groups and ethnic militias are brutally attacking civilians,” said Allegrozzi."
    assert found(text)["Armed groups"] == ("armed_group", ["armed groups"])
    # U.S. Senate, 2004: "the insurgents", and insurgents without "the"
    text = (
        "Currently, 34 nations are providing military and security forces to assist the Iraqis in "
        "defending their newly free country from the insurgents and terrorists."
    )
    assert found(text)["Insurgents"] == ("armed_group", ["the insurgents"])
    text = "such naivete in the face of efforts by thousands of insurgents and foreign fighters to terrorize"
    assert found(text)["Insurgents"] == ("armed_group", ["insurgents"])


def test_the_jihadists_and_the_terrorists_are_armed_groups_but_terrorists_in_general_are_not() -> None:
    # HRW, Mali, 2024
    text = "Some of us decided to negotiate with the jihadists and lay down weapons."
    assert found(text)["Jihadists"] == ("armed_group", ["the jihadists"])
    # UN General Assembly, Russia, 2016
    text = "the demand to separate the moderate opposition from the terrorists. And we act."
    assert found(text)["Terrorists"] == ("armed_group", ["the terrorists"])
    # UN General Assembly, United States, 2013
    text = "It does not become a safe haven for terrorists. In Kenya, we have \nseen terrorists target."
    assert "Terrorists" not in found(text)


def test_suspected_insurgents_are_people_accused_not_the_group() -> None:
    # HRW, Thailand, 2024
    text = "not a single soldier has been prosecuted for extrajudicially killing suspected insurgents."
    assert "Insurgents" not in found(text)


def test_an_acronym_of_a_jihadist_coalition_and_a_pro_government_militia_are_typed_as_such() -> None:
    # HRW, Mali, 2024
    text = (
        "Human Rights Watch documented two attacks by the Group for the Support of Islam and Muslims "
        "(Jama’at Nusrat al-Islam wa al-Muslimeen, JNIM) on the villages of Ogota and Ouémbé. Abuses "
        "by the Malian security forces and apparent Russia-backed Wagner forces were documented."
    )
    got = found(text)
    assert got["Group for the Support of Islam and Muslims"] == (
        "armed_group",
        ["Group for the Support of Islam and Muslims", "JNIM"],
    )
    assert got["Wagner Group"][0] == "armed_force"


def test_the_azawad_coordination_by_its_english_and_french_names_is_one_armed_group() -> None:
    # HRW, Mali, 2024
    text = (
        "In June 2015, the Malian government and a coalition of mainly ethnic Tuareg armed groups from "
        "northern Mali, called the Coordination of Azawad Movements (Coordination des mouvements de "
        "l’Azawad, CMA), signed a United Nations-brokered agreement to restore peace in the country."
    )
    assert found(text)["Coordination of Azawad Movements"] == (
        "armed_group",
        ["Coordination of Azawad Movements", "Coordination des mouvements de l’Azawad", "CMA"],
    )  # the acronym after its French name too (acronyms.py), as tune2 marks it


def test_daesh_with_an_apostrophe_is_the_islamic_state() -> None:
    # UN General Assembly, European Union, 2016
    text = "This year we have witnessed a rising wave of terror carried out in particular by Da’esh."
    assert found(text)["Islamic State"] == ("armed_group", ["Da’esh"])


def test_soldiers_named_again_are_the_force_whose_soldiers_the_text_named() -> None:
    # HRW, Mali, 2024
    text = (
        "They contacted Malian soldiers based in Bankass, seeking protection, without success. "
        "So we asked our relatives to inform the soldiers about the threats.\n\nBut the soldiers "
        "didn’t do anything. Witnesses said soldiers never came."
    )
    assert found(text)["Armed forces of Mali"] == (
        "armed_force",
        ["Malian soldiers", "the soldiers", "the soldiers", "soldiers"],
    )


def test_soldiers_are_no_force_where_the_text_named_no_states_soldiers() -> None:
    # HRW, Mozambique, 2024; UN General Assembly, United States, 2013
    text = "Al-Shabab’s ability to recruit, train and use child soldiers is very concerning."
    assert not any("soldiers" in s for _, ss in found(text).values() for s in ss)
    text = "We are humbled by the searing memories \nof soldiers suffering in the war."
    assert not any("soldiers" in s for _, ss in found(text).values() for s in ss)


def test_warships_and_an_air_force_named_in_a_press_release_are_armed_forces() -> None:
    # Australian Labor Party release, 2010: ships by name, the air force by its acronym
    text = (
        "HMAS Childers, operating under the control of Border Protection Command, intercepted the "
        "vessel. RAAF P3 surveillance aircraft, operating under the control of Border Protection "
        "Command, and HMAS Glenelg, operating under the control of Border Protection Command, helped."
    )
    got = found(text)
    assert got["HMAS Childers"] == ("armed_force", ["HMAS Childers"])
    assert got["HMAS Glenelg"] == ("armed_force", ["HMAS Glenelg"])
    assert got["Royal Australian Air Force"] == ("armed_force", ["RAAF"])


def test_a_warship_is_no_city_of_its_name() -> None:
    # Foreign Minister's statement, 1980; State Department, 2022
    text = "a force in the Indian Ocean led by the aircraft carrier HMAS Melbourne,  Naval and air support"
    got = found(text)
    assert got["HMAS Melbourne"] == ("armed_force", ["HMAS Melbourne"]) and "Melbourne" not in got
    text = "from the visit of the USS Howard to disaster assistance provided by the USS Sampson."
    assert {n: t for n, (t, _) in found(text).items()} == {
        "USS Howard": "armed_force",
        "USS Sampson": "armed_force",
    }


def test_the_moderate_opposition_of_a_civil_war_is_an_armed_group_not_a_parliaments_opposition() -> None:
    # UN General Assembly: Russia, 2016; the United Kingdom, 2013 (laid out in lines)
    text = "separate what is known as the moderate opposition from the terrorists. And, in that regard"
    assert found(text)["Armed opposition"] == ("armed_group", ["the moderate opposition"])
    text = "No meaningful political \nsolution can occur without the moderate Syrian \nopposition."
    assert found(text)["Armed opposition"] == ("armed_group", ["the moderate Syrian \nopposition"])
    # Leader of the Opposition's speech, 1982
    text = "Bill Hayden, M.P., Leader of the Opposition  to a Parliamentary Luncheon"
    assert all(t != "armed_group" for t, _ in found(text).values())


def test_an_uprising_is_no_armed_group_and_both_militias_are_militias() -> None:
    # State Department joint statement on Syria, 2022; sanctions page, 2021
    text = (
        "Today marks 11 years since the Syrian uprising. Saraya al-Areen is a militia. "
        "Both militias were designated today pursuant to E.O. 13894."
    )
    names = {a.name: a.type for a in extract(text).actors}
    assert "Syrian uprising" not in names
    assert "Both militia" not in names


def test_militants_named_by_what_they_are_are_an_armed_group() -> None:
    # HRW, 2024 (Dagestan)
    text = "It recalled the attack in the outskirts of Moscow, in which militants killed 145 people."
    found = {a.name: a.type for a in extract(text).actors}
    assert found["Militants"] == "armed_group"


def test_rebel_groups_are_a_class_of_armed_group() -> None:
    # U.S. Senate, Snowe, 2006; Clinton, 2006
    text = (
        "Sanctions should target members of the Sudanese government, Janjaweed, and rebel groups who are "
        "responsible for the atrocities. We should remind rebel groups that they will be held accountable."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Rebel groups"] == ("armed_group", ["rebel groups", "rebel groups"])


def test_militias_first_in_a_sentence_are_the_militias_named_in_lower_case() -> None:
    # HRW, Mali, 2024 (abridged)
    text = (
        "Islamist armed groups and ethnic militias have killed civilians. Ethnic militias burned a village."
    )
    militias = [a for a in extract(text).actors if a.type == "armed_group" and "ilitia" in a.name]
    assert len(militias) == 1 and len(militias[0].mentions) == 2


def test_the_union_named_again_is_the_union_named_before() -> None:
    # HRW, Egypt, 2024 (abridged)
    text = (
        "The European Union will host an investment conference. Both the EU commission and council "
        "stressed that steps towards democratization constitute a pre-condition for granting the "
        "Union's macro-financial assistance to Egypt."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert "the Union" in found["European Union"]


def test_a_states_contingent_and_peacekeepers_are_its_armed_forces() -> None:
    # Australian press releases, 1999 and 2002
    text = (
        "Australian peacekeepers arrived in Dili. These peacekeepers are well trained, and the "
        "Australian contingent will stay. I spoke for the benefit of the non-Australian contingent."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Armed forces of Australia"] == (
        "armed_force",
        ["Australian peacekeepers", "These peacekeepers", "Australian contingent"],
    )


def test_soldiers_counted_after_a_states_military_are_that_military() -> None:
    # HRW, Indonesia, 2024: the force is named as "the Indonesian military", never as soldiers
    text = (
        "The Indonesian military apologized to “all Papuan people” and detained 13 soldiers from an "
        "elite battalion in West Java who had tortured a Papuan man in Gome, Central Papua. A video "
        "posted to social media shows three soldiers in army undershirts brutally beating Definus "
        "Kogoya. Several soldiers have been prosecuted but received light punishment."
    )
    assert found(text)["Armed forces of Indonesia"] == (
        "armed_force",
        ["Indonesian military", "13 soldiers", "three soldiers", "Several soldiers"],
    )


def test_bare_soldiers_where_the_text_names_one_states_army_are_that_army() -> None:
    # HRW, West Bank, 2024: the army is "the Israeli military", its soldiers are never "Israeli"
    text = (
        "The Israeli military either took part in or did not protect Palestinians from violent "
        "settler attacks in the West Bank. Settlers and soldiers have displaced entire Palestinian "
        "communities. Some soldiers beat and stomped on them, and warned them to leave, as other "
        "soldiers “sat on the side,” Iyad said. On October 23, uniformed soldiers whom Ayman "
        "described as settlers, fired their M16s in the air."
    )
    assert found(text)["Armed forces of Israel"] == (
        "armed_force",
        ["Israeli military", "soldiers", "Some soldiers", "other soldiers", "uniformed soldiers"],
    )


def test_soldiers_of_another_force_are_not_the_army_the_text_named() -> None:
    # HRW, Burundi, 2024: the peacekeepers' soldiers are the UN force's, not Burundi's
    text = (
        "The UN found that the Burundian armed forces failed to intervene, even though the slaughter "
        "took place within a few hundred meters of military camps. Soldiers of the United Nations "
        "peacekeeping force were unable to protect the refugees."
    )
    surfaces = found(text)["Armed forces of Burundi"][1]
    assert not any("Soldiers" in s for s in surfaces)


def test_government_forces_without_a_determiner_are_the_states_army() -> None:
    # HRW, Burkina Faso, 2024
    text = (
        "GCPEA identified at least 11 incidents of schools being used by government forces, militias "
        "and armed groups for military purposes across Burkina Faso in 2022 and 2023."
    )
    assert found(text)["Armed forces of Burkina Faso"] == ("armed_force", ["government forces"])


def test_the_gangs_of_a_narrative_are_an_armed_group() -> None:
    # HRW, Haiti, 2024
    text = (
        "“There is no state, the police are scared, and they have no way to defend us from the gangs "
        "that shoot, kill, kidnap, rape women, and take away everything from us on a daily basis.”"
    )
    assert found(text)["Gangs"] == ("armed_group", ["the gangs"])


def test_the_guerrillas_of_a_speech_about_one_group_are_that_group() -> None:
    # UN General Assembly, Colombia, 2017
    text = (
        "I announced to Colombia that our armed forces had taken down the head of the guerrillas of "
        "the Fuerzas Armadas Revolucionarias de Colombia (FARC). Today I come to tell the Assembly "
        "that the peace process with the FARC culminated in an agreement. The FARC delivered to the "
        "United Nations more than 9,000 weapons."
    )
    farc = [a for a in extract(text).actors if any(text[s:e] == "the guerrillas" for s, e in a.mentions)]
    assert [(a.type, text[a.mentions[-1][0] : a.mentions[-1][1]]) for a in farc] == [("armed_group", "FARC")]


def test_government_forces_are_the_governments_not_the_last_army_named(corpus: Path) -> None:
    # HRW, Mozambique, 2024: South African troops of a regional mission are named before
    path = corpus / "hrw-news" / "2024-05-15-mozambique-child-soldiers-used-raid-northern-town.txt"
    text = path.read_text(encoding="utf-8")
    ours = [a.name for a in extract(text).actors for s, e in a.mentions if text[s:e] == "government forces"]
    assert ours == ["Armed forces of Mozambique", "Armed forces of Mozambique"]


def test_the_attackers_of_the_attack_recounted_are_an_armed_group() -> None:
    text = (
        "Settlers raided the village of Wadi al-Seeq in the West Bank. The attackers punctured "
        "their water tanks, and Abu Hasan said the attackers stole three phones."
    )
    typ, surfaces = found(text)["Attackers"]
    assert typ == "armed_group" and surfaces == ["The attackers", "the attackers"]


def test_the_syrian_opposition_in_a_speech_on_the_war_is_an_armed_group() -> None:
    # UN General Debate, 2016 (Turkey)
    text = (
        "Terrorist groups such as Daesh threaten our borders. Starting with our support for the "
        "Syrian opposition, Operation Euphrates Shield was launched. The opposition must negotiate."
    )
    typ, surfaces = found(text)["Syrian opposition"]
    assert typ == "armed_group" and surfaces == ["the Syrian opposition", "The opposition"]


def test_a_states_opposition_to_a_war_is_an_objection_not_a_side() -> None:
    # U.S. Senate, 2004
    text = (
        "The liberation of Iraq was less unilateral than the French opposition to it. The terrorists struck."
    )
    got = found(text)
    assert got["Terrorists"][0] == "armed_group" and "French opposition" not in got


def test_our_soldiers_and_our_forces_in_a_un_speech_are_the_speaking_states_forces() -> None:
    text = "we have paid dearly with the lives of our soldiers, civilians and children."
    assert found(text, "LBN_71_2016.txt")["Armed forces of Lebanon"] == ("armed_force", ["our soldiers"])
    text = "Our soldiers are among the world’s best. They are the largest non-NATO contributor."
    assert found(text, "GEO_70_2015.txt")["Armed forces of Georgia"] == ("armed_force", ["Our soldiers"])


def test_join_our_forces_is_the_idiom_no_army() -> None:
    text = "The future we desire will not be just a utopia if we join our forces to find the right solutions."
    assert not any(typ == "armed_force" for typ, _ in found(text, "BIH_67_2012.txt").values())


def test_our_service_members_after_the_state_is_named_are_its_forces() -> None:
    # State Department briefing, 2021
    text = (
        "We have concluded that the United States will no longer use our service members as sources "
        "of leverage in a negotiation."
    )
    assert found(text)["Armed forces of the United States"] == ("armed_force", ["our service members"])


def test_our_military_personnel_are_the_speakers_armed_forces() -> None:
    # Abbott doorstop, 2015 (tune6 marks both as the Australian Defence Force)
    text = (
        "They do the job - our military personnel, our armed forces personnel - they do the job "
        "effectively and professionally."
    )
    got = found(text, "2015-09-10-abbott-tony-215717071.txt")
    assert got["Armed forces of Australia"] == (
        "armed_force",
        ["our military personnel", "our armed forces personnel"],
    )


def test_a_states_servicemen_are_its_armed_forces() -> None:
    # Snowdon release, 2012 (tune4: "'US servicemen' are armed_force, as soldiers are")
    text = "“Also killed were US servicemen whose aircraft, carrying 33 passengers and crew, was shot down.”"
    assert found(text)["Armed forces of the United States"] == ("armed_force", ["US servicemen"])


def test_hamass_armed_wing_is_an_armed_group_not_a_person() -> None:
    # HRW, 2024 (7 October): CAMEO files the Brigades under their namesake's name with their
    # commanders for aliases, which read as one person "Izz Ad-Din al Qassam"
    text = (
        "(Jerusalem) – Hamas’ military wing – the Qassam Brigades – and at least four other Palestinian "
        "armed groups committed numerous war crimes. The Izz al-Din al-Qassam Brigades, the armed wing "
        "of Hamas, led the assault."
    )
    got = found(text)
    typ, surfaces = got["Izz ad-Din al-Qassam Brigades"]
    assert typ == "armed_group" and surfaces == ["Qassam Brigades", "Izz al-Din al-Qassam Brigades"]
    assert not any(t == "person" for t, _ in got.values())
