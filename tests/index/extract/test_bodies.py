"""Committees, commissions and councils: typed by how their name is built, and named again by
their head word alone ("The Council", "this Committee")."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_state_commission_is_government_an_international_one_keeps_its_type() -> None:
    text = (
        "It asked the Securities and Exchange Commission and the Helsinki Commission to act, "
        "and wrote to the International Rescue Committee."
    )
    got = found(text)
    assert got["Securities and Exchange Commission"][0] == "government"
    assert got["Helsinki Commission"][0] == "government"
    assert got["International Rescue Committee"][0] == "ngo"


def test_a_national_human_rights_commission_in_an_hrw_release_is_government(corpus: Path) -> None:
    text = (corpus / "hrw-news" / "2024-03-01-chad-prominent-opposition-leader-killed.txt").read_text()
    assert found(text)["National Human Rights Commission"][0] == "government"


def test_a_committee_named_by_its_chamber_or_subject_is_a_legislature() -> None:
    text = "The Senate Appropriations Subcommittee and the Joint Standing Committee on Migration met."
    got = found(text)
    assert got["Senate Appropriations Subcommittee"][0] == "legislature"
    assert got["Joint Standing Committee on Migration"][0] == "legislature"


def test_the_council_in_a_un_speech_is_the_security_council_named_before(corpus: Path) -> None:
    text = (corpus / "un-speeches" / "QAT_68_2013.txt").read_text(encoding="utf-8")
    typ, surfaces = found(text)["UN Security Council"]
    assert typ == "igo"
    assert "the Council" in surfaces


def test_the_council_of_an_intergovernmental_alliance_is_an_igo_and_named_again() -> None:
    text = (
        "The ANZUS Council met in Washington on 27 February. The Council called on Vietnam to "
        "withdraw. The American Council member welcomed the statement."
    )
    got = found(text)
    assert got["ANZUS Council"] == ("igo", ["ANZUS Council", "The Council"])
    assert "American Council" not in got


def test_a_head_word_with_a_name_of_its_own_or_in_lower_case_is_no_reference_back() -> None:
    text = (
        "The Senate Judiciary Committee held a hearing. The Committee of Ministers of the Council "
        "of Europe met, and the committee room was full."
    )
    surfaces = found(text)
    assert all(
        "The Committee of" not in s and "committee" not in s for _, ss in surfaces.values() for s in ss
    )


def test_a_legislatures_committee_is_named_again_in_lower_case() -> None:
    text = (
        "Human Rights Watch said in a submission to the Parliamentary Joint Standing Committee on "
        "Treaties. The committee is reviewing a proposed agreement between Australia and Fiji for "
        "defence cooperation."
    )
    got = found(text)["Parliamentary Joint Standing Committee on Treaties"]
    assert got == ("legislature", ["Parliamentary Joint Standing Committee on Treaties", "The committee"])


def test_a_lower_case_committee_of_no_legislature_or_before_a_noun_is_no_reference_back() -> None:
    text = (
        "The Senate Judiciary Committee held a hearing, and the committee room was full. The UN "
        "Committee against Torture met; the committee asked Egypt to act."
    )
    surfaces = [s for _, ss in found(text).values() for s in ss]
    assert "the committee" not in surfaces
    # one committee of many is not the one a senator's own "this committee" means
    text = (
        "We heard Secretary Chertoff before a House Committee. And this committee will do everything we can."
    )
    assert "this committee" not in [s for _, ss in found(text).values() for s in ss]


def test_social_media_platforms_are_media() -> None:
    text = "The ministry ordered Facebook and YouTube to remove the posts."
    got = found(text)
    assert got["Facebook"][0] == "media" and got["YouTube"][0] == "media"


def test_the_knesset_is_israels_parliament_as_israeli_lawmakers_are(corpus: Path) -> None:
    name = "2024-04-17-west-bank-israel-responsible-rising-settler-violence.txt"
    got = found((corpus / "hrw-news" / name).read_text(encoding="utf-8"))
    assert got["Parliament of Israel"][0] == "legislature"
    assert "Knesset" in " ".join(got["Parliament of Israel"][1])
    assert found("Israeli lawmakers met.")["Parliament of Israel"][0] == "legislature"


def test_an_office_named_by_its_body_is_one_person() -> None:
    text = "The Knesset’s foreign affairs and defense committee chair said the soldiers were heroes."
    got = found(text)
    typ, surfaces = got["Chair of Parliament of Israel"]
    assert typ == "person" and surfaces == ["The Knesset’s foreign affairs and defense committee chair"]


def test_a_date_or_term_after_a_body_is_no_part_of_its_name() -> None:
    # Lebanon and Germany, UN General Debate; a State Department page, 2021
    text = (
        "We point out the presidential statement issued by the Security Council on 10 July. "
        "Willy Brandt spoke in the General Assembly on 26 September 1973. "
        "The United States is pursuing election to the Council for the 2022-2024 term."
    )
    names = set(found(text))
    assert {"UN Security Council", "UN General Assembly"} <= names
    assert not [n for n in names if any(ch.isdigit() for ch in n)]


def test_a_possessive_ends_a_bodys_name() -> None:
    # a State Department page, 2021; Syria, UN General Debate 2013
    text = (
        "For more information, please see the Department of the Treasury’s press release. "
        "I assure the Assembly of Syria’s commitment to fully implementing the provisions."
    )
    got = found(text)
    assert got["Department of the Treasury"][0] == "government"
    assert not [n for n in got if n.endswith(("’s", "'s"))]
    assert "Assembly of Syria" not in got


def test_a_force_is_armed_a_task_force_is_not_and_a_peace_plan_is_no_organisation() -> None:
    # a State Department page, 2021; Saudi Arabia, UN General Debate 2016; HRW, 2024
    text = (
        "They dealt with senior officials in Iran’s Islamic Revolutionary Guard Corps – Qods Force. "
        "The Syrian Emergency Task Force briefed us. "
        "We believe that the Arab Peace Initiative should form the basis for restoring peace. "
        "The Nobel Women’s Initiative wrote to the minister."
    )
    got = found(text)
    assert got["Qods Force"][0] == "armed_force"
    assert got["Syrian Emergency Task Force"][0] == "ngo"
    assert "Arab Peace Initiative" not in got
    assert got["Nobel Women's Initiative"][0] == "ngo"


def test_two_bodies_joined_by_and_are_two_and_delegates_name_their_body() -> None:
    # State Department joint statements on Syria, 2021 and 2022
    text = (
        "The foreign ministers of Egypt and France, and representatives of the League of Arab States "
        "and European Union, met today. Representatives of the Arab League, Egypt and Iraq met in Rome."
    )
    got = found(text)
    assert "League of Arab States and European Union" not in got
    assert got["European Union"][0] == "igo"
    assert not [n for n in got if n.startswith("Representatives")]


def test_a_resolution_names_its_council_and_a_states_army_is_its_armed_force() -> None:
    # State Department joint statements on Syria, 2021; Syria, UN General Debate 2016
    text = (
        "We reaffirmed strong support for UN-led efforts to implement all aspects of UN Security "
        "Council Resolution 2254. We coordinate with the Syrian Arab Army and the Presidential Council."
    )
    got = found(text)
    assert not [n for n in got if "Resolution" in n]
    assert got["UN Security Council"][0] == "igo"
    assert got["Armed forces of Syria"][0] == "armed_force"  # the Syrian Arab Republic's army
    assert got["Presidential Council"][0] == "government"


def test_a_treaty_and_a_council_joined_by_and_are_no_organisation_together() -> None:
    # United States, UN General Debate 2013
    text = (
        "Iran must meet its responsibilities under the Treaty on the Non-Proliferation of Nuclear "
        "Weapons and Security Council resolutions."
    )
    assert set(found(text)) == {"Iran", "UN Security Council"}


def test_a_the_inside_a_capitalised_run_begins_another_name() -> None:
    # HRW photo caption, 2024; a Senate release, 2007
    text = (
        "Click to expand Image The United Nations Security Council’s first open meeting on Myanmar. "
        "A board studying climate change with the Center for Naval Analyses   The report will be released."
    )
    got = found(text)
    assert "UN Security Council" in got and "Center for Naval Analyses" in got
    assert not [n for n in got if n.startswith("Image") or n.endswith("The")]


def test_a_letterheads_legal_form_ends_the_name_and_its_initials_name_it_again() -> None:
    # Australian Medical Association release, 2013
    text = (
        "Australian Medical Association Limited  ABN 37 008 426 793\n\n"
        "The AMA today released Key Health Issues for the 2013 Federal Election."
    )
    got = found(text)
    assert got["Australian Medical Association"] == ("ngo", ["Australian Medical Association", "AMA"])


def test_the_state_of_the_union_is_an_address_not_a_body() -> None:
    # a State Department page, 2022
    text = "As President Biden said in his State of the Union address last night, we stand with Ukraine."
    assert "State of the Union" not in found(text)


def test_a_state_organ_named_by_its_head_word_is_the_government() -> None:
    # Australian press release, 1998; State Department, 2021
    for text, name in (
        (
            "In Australia alone it is estimated by the National Crime Authority that billions are lost.",
            "National Crime Authority",
        ),
        (
            "He met officials of the Bureau of Overseas Buildings Operations in Niamey.",
            "Bureau of Overseas Buildings Operations",
        ),
    ):
        found = {a.name: a.type for a in extract(text).actors}
        assert found[name] == "government", text


def test_who_backs_a_group_is_no_part_of_its_name() -> None:
    # HRW, 2024 (Yemen)
    text = (
        "(Beirut) – Forces linked with the UAE-backed Southern Transitional Council (STC) seized the shelter."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert found["Southern Transitional Council"] == ["Southern Transitional Council", "STC"]
    assert found["United Arab Emirates"] == ["UAE"]


def test_a_laws_section_heading_is_no_organ() -> None:
    # White House, 2022 (emergency declaration)
    text = "I hereby direct as follows:\nSection 1. Emergency Authority. (a) To provide additional authority."
    assert [a for a in extract(text).actors if a.type == "government"] == []


def test_a_possessive_pronoun_is_no_part_of_a_bodys_name() -> None:
    # Turkey, UN General Debate 2016
    text = "The terrorist organization injured 2,194 people. Our Parliament building was bombed."
    assert "Our Parliament" not in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an Australian Labor policy paper's endnotes
        (
            "xvi “Move to charge Ahmadi-Nejad over Israel remarks” Financial Times 13 December 2006",
            "Financial Times",
        ),
        ("vi Irish Times 1997 quoted in Age, 4 December 1997.", "Irish Times"),
        # a year inside a name is the name's (HRW, May 2024)
        (
            "Member organizations include the AFL-CIO and the Dignity 2026 Coalition.",
            "Dignity 2026 Coalition",
        ),
    ],
)
def test_a_citations_date_is_no_part_of_a_name(text: str, name: str) -> None:
    assert name in {a.name for a in extract(text).actors}


@pytest.mark.parametrize(
    "text",
    [
        # HRW's photo captions
        "Click to expand Image Front gate of Jail Ogaden, May 2019. © 2019 Felix Horne/Human Rights Watch",
        "Latest News TOPICS",  # a Senate page's navigation
    ],
)
def test_page_furniture_begins_no_body(text: str) -> None:
    assert {a.type for a in extract(text).actors} <= {"person", "ngo"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # U.S. Senate releases, 2006–2007
        ("Bill to Increase Economic Pressure on Sudan Passes Senate", None),
        ("Sen Cardin a Member of the Senate Foreign Relations Committee said today", None),
        (
            "DeWine, Chairman and Ranking Member of the Senate Appropriations Committee, said",
            "Senate Appropriations Committee",
        ),
    ],
)
def test_a_headline_or_a_member_is_no_part_of_a_bodys_name(text: str, body: str | None) -> None:
    names = {a.name for a in extract(text).actors}
    assert not [n for n in names if " Passes " in n or " a Member of " in n or n.startswith("Chairman and")]
    assert body is None or body in names


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "Mr Abbott said it is in the DNA of the Liberal Party to cut taxes in Australia.",
            "Liberal Party of Australia",
        ),
        ("The Left of the Labor Party opposed offshore processing in Australia.", "Australian Labor Party"),
    ],
)
def test_a_part_of_a_known_party_is_the_party(text: str, party: str) -> None:
    # Australian releases, 2002 and 2013
    names = {a.name for a in extract(text).actors if a.type == "party"}
    assert names == {party}


def test_a_senators_title_after_and_begins_another_name() -> None:
    # U.S. Senate release, 2007, scraped without punctuation: one "person" had run from the
    # subcommittee's name into "and Senator Leahy"
    text = (
        "Kennedy  Chairman of the Senate Judiciary Subcommittee on Immigration  Border Security  and "
        "Refugees and Senator Leahy  chairman of the Appropriations Subcommittee  wrote the letter."
    )
    names = {a.name for a in extract(text).actors}
    assert not any(name.endswith("Senator Leahy") and name != "Senator Leahy" for name in names)
    assert "Leahy" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Senate releases (Casey 2007, Bingaman 2007, Leahy 2007 scraped without its punctuation)
        (
            "strengths that must be included in any climate change proposal developed by the Environment "
            "and Public Works Committee and considered by the full Senate.",
            "Environment and Public Works Committee",
        ),
        (
            "Bingaman also talked about the Energy Committee markup of three energy bills he introduced.",
            "Energy Committee",
        ),
        (
            "Just last month  the Committee on Homeland Security and Governmental Affairs approved this "
            "nomination",
            "Committee on Homeland Security and Governmental Affairs",
        ),
    ],
)
def test_a_committee_named_by_a_subject_of_legislation_is_a_legislatures(text: str, name: str) -> None:
    assert found(text)[name][0] == "legislature"


def test_a_subcommittee_is_a_legislatures() -> None:
    # U.S. Senate, 2007: "the Subcommittee on Human Rights and the Law" had been an NGO
    found = {(a.name, a.type) for a in extract("Durbin chairs the Subcommittee on Human Rights.").actors}
    assert ("Subcommittee on Human Rights", "legislature") in found


def test_a_subcommittee_named_before_its_head_word_is_a_legislatures() -> None:
    # U.S. Senate, 2007 (Leahy): the name's "and the" parts it, and "Law Subcommittee" had been an NGO
    text = "That is why this is the Human Rights and the Law Subcommittee and that is why it is part of it."
    assert found(text)["Law Subcommittee"][0] == "legislature"


def test_a_caucus_said_to_sit_in_a_chamber_is_a_legislatures() -> None:
    # U.S. Senate, 2005 (McConnell): "Burma Caucus" had been a person (a given name and a word)
    text = (
        "I have no better friends in this body than Senators Feinstein, McCain, Leahy, Brownback and "
        "Obama. There is an unofficial Burma Caucus in the Senate, and I am proud to stand with them."
    )
    assert found(text)["Burma Caucus"][0] == "legislature"
    # a party's caucus is still read as its party, not a body of its own
    assert "Democratic Caucus" not in found("Senator Reid told the Democratic Caucus in a meeting.")


def test_a_body_named_by_a_head_word_before_what_it_works_for_is_an_organisation() -> None:
    # HRW, 2024 (United Arab Emirates; Bahrain; Tajikistan)
    text = (
        "The Emirates Detainees Advocacy Center, the Gulf Centre for Human Rights (GCHR), and the "
        "Bahrain Institute for Rights and Democracy wrote about Manuchehr Kholiqnazarov, director of "
        "the Lawyers Association of Pamir."
    )
    got = found(text)
    assert got["Gulf Centre for Human Rights"] == ("ngo", ["Gulf Centre for Human Rights", "GCHR"])
    assert got["Bahrain Institute for Rights and Democracy"][0] == "ngo"
    assert got["Lawyers Association of Pamir"][0] == "ngo"
    assert "Gulf" not in got and "Bahrain" not in got


def test_a_known_body_before_its_subject_or_an_office_before_a_body_stays_as_it_was() -> None:
    # UN speech; State Department, 2021 (OAS); HRW headline, 2024
    text = (
        "The Human Rights Council for years did nothing. Blinken spoke today with Secretary General "
        "of the Organization of American States (OAS) Luis Almagro.\nLay a Strong Foundation for All "
        "Children\n"
    )
    got = found(text)
    assert got["UN Human Rights Council"] == ("igo", ["Human Rights Council"])
    assert got["Organization of American States"][0] == "igo"
    assert not any("Foundation" in name for name in got)


def test_a_body_speaking_is_no_person() -> None:
    # HRW, 2024 (Uzbekistan)
    text = "The Karakalpak Movement said the trials were unfair."
    assert found(text)["Karakalpak Movement"][0] == "ngo"


def test_a_chamber_of_a_named_state_is_that_states_legislature() -> None:
    # HRW, 2024 (Kenya; Peru); a Senate release (the United States)
    text = (
        "The National Assembly of Kenya debated the bill, and Kenya's parliament passed it. The "
        "Congress of Peru impeached him. The Congress of the United States acted, and Congress must act."
    )
    got = found(text)
    assert got["Parliament of Kenya"] == (
        "legislature",
        ["The National Assembly of Kenya", "Kenya's parliament"],
    )
    assert got["Parliament of Peru"] == ("legislature", ["The Congress of Peru"])
    assert got["United States Congress"] == ("legislature", ["The Congress of the United States", "Congress"])


def test_a_bodys_name_ends_where_its_officers_title_begins() -> None:
    # State Department, 2021: one NGO had been named "… Reconciliation Chairman Abdullah Abdullah"
    text = "Blinken spoke with Afghan High Council for National Reconciliation Chairman Abdullah Abdullah."
    names = {a.name for a in extract(text).actors}
    assert "Afghan High Council for National Reconciliation" in names
    assert "Abdullah Abdullah" in names


def test_a_meeting_or_a_charter_of_a_body_is_the_body() -> None:
    # State Department, 2022: the body holds the meeting and has the charter; neither is an actor
    text = (
        "Joint Statement of the Third Meeting of the India-U.S. Counternarcotics Working Group. "
        "The Department announced the renewal of the Charter of the Cultural Property Advisory Committee."
    )
    names = {a.name for a in extract(text).actors}
    assert {"India-U.S. Counternarcotics Working Group", "Cultural Property Advisory Committee"} <= names
    assert not [n for n in names if n.startswith(("Third", "Charter"))]


def test_a_member_of_a_body_cut_by_a_run_of_spaces_is_read_not_a_crash() -> None:
    # Senator Leahy, 2005 (bulk Senate releases, punctuation lost): the phrase "the Ranking Member
    # of the" ends at the spaces before the committee's name; reading it had raised IndexError
    text = (
        "Leahy said the overall bill is      a credit to Sen  Jim Jeffords  I Vt    the Ranking Member "
        "of the      Senate Committee on Environment and Public Works  which handled the bill."
    )
    assert found(text)["Senate Committee on Environment and Public Works"][0] == "legislature"


def test_a_chambers_caucus_is_a_body_of_its_own_not_the_chamber() -> None:
    # Senate releases, 2007: the caucus was one more mention of the Senate, and Burma a state
    text = (
        "Senator Susan Collins, a member of the Senate Women s Caucus on Burma, today joined her "
        "colleagues. The Senate passed the resolution. The Congressional Black Caucus agreed."
    )
    got = {
        a.name: (a.type, [text[s:e] for s, e in a.mentions])
        for a in extract(text, source_name="27Sep2007Collins297.txt").actors
    }
    assert got["Senate Women's Caucus on Burma"] == ("legislature", ["Senate Women s Caucus on Burma"])
    assert got["Senate of the United States"] == ("legislature", ["The Senate"])
    assert got["Congressional Black Caucus"] == ("legislature", ["Congressional Black Caucus"])


def test_a_partys_caucus_stays_the_party() -> None:
    # an Australian release, 2014: "Labor Caucus" is the party's members, not a body apart
    text = "We have seen this week at Labor Caucus a debate on offshore processing."
    assert [a.name for a in extract(text).actors if a.type in ("ngo", "legislature")] == []


# A body named with the place or the one state it serves is one mention of the body, the place no
# mention of its own; a university's name ends before another's and after its member's name.
# (text, the body's name and type, an actor that must not be found)
NAMED_WITH_THEIR_PLACE = [
    # Australian Democrats, 2001 (Tasmania)
    (
        "“The University of Tasmania - widely acknowledged as one of the finest universities in "
        "Australia - is being stymied”, said Senator Stott Despoja.",
        ("University of Tasmania", "other"),
        "Tasmania",
    ),
    # HRW testimony, 2024 (Liberia)
    (
        "Submitted by:\n\nThe Advocates for Human Rights; Center for Justice and Accountability; Civil "
        "Society Human Rights Advocacy Platform of Liberia (CSO Platform); CIVITAS MAXIMA.",
        ("Civil Society Human Rights Advocacy Platform of Liberia", "ngo"),
        "Liberia",
    ),
    # Australian release, 2005: "and the" after the state begins another body, no list of states
    (
        "In the latter part of 2004 I, jointly with the Mental Health Council of Australia and the "
        "Brain and  Mind Research Institute, conducted community consultations.",
        ("Mental Health Council of Australia", "ngo"),
        "Australia",
    ),
    # HRW, 2024 (India)
    ("The Election Commission of India should act.", ("Election Commission of India", "government"), "India"),
    # U.S. Senate, 2007 (Durbin)
    (
        "I also applaud the leadership of the University of Illinois and Northwestern University "
        "which have already divested.",
        ("Northwestern University", "other"),
        "University of Illinois and Northwestern University",
    ),
    # Australian Labor, 1997 (Beazley)
    (
        "in the region: Meg Gurry of LaTrobe University points out that Indian Prime Minister Gujral",
        ("LaTrobe University", "other"),
        "Meg Gurry of LaTrobe University",
    ),
    # Australian release, 2004 (He Baogang): a conference's dates after its venue
    (
        "Refereed paper presented to the Australian Political  Studies Association Conference   "
        "University of Adelaide  29 September- 1 October 2004",
        ("University of Adelaide", "other"),
        "University of Adelaide 29 September-",
    ),
]


@pytest.mark.parametrize(("text", "body", "absent"), NAMED_WITH_THEIR_PLACE)
def test_a_body_named_with_its_place_is_one_mention(text: str, body: tuple[str, str], absent: str) -> None:
    got = found(text)
    assert got[body[0]][0] == body[1]
    assert absent not in got


def test_a_body_of_several_states_or_a_citys_platform_is_not_named_whole() -> None:
    # UN General Debates: a customs union of three states; Democratic Yemen, 1983: a programme
    got = found(
        "We welcome the Customs Union of Russia, Belarus and Kazakhstan. We support the proposals "
        "contained in the Buenos Aires Platform  and the resolutions adopted at the sixth summit."
    )
    assert "Customs Union of Russia" not in got and "Buenos Aires Platform" not in got
    assert {"Russia", "Belarus", "Kazakhstan"} <= set(got)


def test_forums_and_alliances_of_states_are_igos() -> None:
    # Germany and France, General Debate 2016 (abridged)
    text = (
        "As co-Chair, along with Morocco, of the Global Forum on Migration and Development, we want "
        "to play our part. It is a question of implementing the International Solar Alliance."
    )
    got = found(text)
    assert got["Global Forum on Migration and Development"][0] == "igo"
    assert got["International Solar Alliance"][0] == "igo"


def test_a_count_after_a_bodys_of_is_no_word_of_its_name() -> None:
    # HRW (Uganda, pre-primary education): "of 5,000 … students" counts who was surveyed;
    # "the Group of 77" keeps its number
    got = found(
        "A survey by Makerere University of 5,000 grade 6 students from all parts of Uganda found that "
        "students did better. The Group of 77 and China agreed."
    )
    assert got["Makerere University"][0] == "other"
    assert "Makerere University of 5" not in got
    assert got["Group of 77"][0] == "igo"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # State Department pages, 2021-2022; a UN General Debate speech, 1993
        ("Secretary Blinken reaffirmed the U.S.-ROK Alliance as the linchpin of peace.", "U.S.-ROK Alliance"),
        (
            "We launched the U.S.-EU Trade and Technology Council last year.",
            "U.S.-EU Trade and Technology Council",
        ),
        (
            "We tried to do so multilaterally at the NATO-Russia Council together with our NATO Allies.",
            "NATO-Russia Council",
        ),
        (
            "The boundary was demarcated by the Iraq-Kuwait Boundary Demarcation Commission on 20 May 1993.",
            "Iraq-Kuwait Boundary Demarcation Commission",
        ),
    ],
)
def test_a_body_named_for_two_states_is_intergovernmental(text: str, body: str) -> None:
    assert found(text)[body][0] == "igo"


def test_a_business_council_named_for_two_states_stays_an_ngo() -> None:
    text = "She spoke to the U.S.-ASEAN Business Council in Washington."
    assert found(text)["U.S.-ASEAN Business Council"][0] == "ngo"


def test_councils_of_states_the_state_department_names_are_intergovernmental() -> None:
    # State Department pages, 2021-2022
    got = found(
        "We are working with Sweden on Arctic issues, including in the Arctic Council. The Secretary "
        "highlighted U.S. support for the Minsk Group Co-Chairs process. We went over to the Foreign "
        "Press Center and talked to reporters."
    )
    assert (got["Arctic Council"][0], got["Foreign Press Center"][0]) == ("igo", "government")
    assert got["OSCE Minsk Group"] == ("igo", ["Minsk Group"])


def test_a_federal_department_after_the_states_name_is_one_government_body() -> None:
    # U.S. Senate, 2007 (Dole, Cornyn)
    sentences = [
        "Dole urged the Commodity Credit Corporation (CCC) at the U.S. Department of Agriculture to commit "
        "$140 million.",
        "It closes a loophole in federal law that prevents the U.S. Department of Justice from prosecuting.",
    ]
    names = found(" ".join(sentences))
    for department in ("U.S. Department of Agriculture", "U.S. Department of Justice"):
        assert names[department] == ("government", [department])
    assert "United States" not in names


def test_a_departments_office_after_its_possessive_keeps_its_own_name() -> None:
    # State Department, 2022
    text = (
        "OFAC designated them. The U.S. Department of the Treasury's Office of Foreign Assets Control acted."
    )
    assert "U.S. Department of the Treasury's Office of Foreign Assets Control" not in found(text)


def test_a_bullet_written_in_title_case_is_a_clause_not_a_bodys_name() -> None:
    # State Department, Our Ocean Conference commitments, 10 May 2022: no body named "United States
    # Announced That It Will Launch a Working Group"
    got = found(
        "- The United States Announced That It Will Launch a Working Group or Commission to Evaluate "
        "Naming Practices for Existing Federal Marine Protected Areas."
    )
    assert got["United States"][0] == "state"
    assert not [name for name in got if "Announced" in name or "Will" in name]


def test_australias_review_tribunals_are_government_and_named_again_by_their_initials() -> None:
    # Morrison 2010 and Vanstone 2006, Australian releases
    text = (
        "Media reports of allegations that Refugee Review Tribunal (RRT) members are being pressured to "
        "go soft demand a full explanation. The four member panel to review RRT reappointments also "
        "includes the Principal Member. Applicants may seek review by the Migration Review Tribunal (MRT)."
    )
    got = found(text)
    assert got["Refugee Review Tribunal"] == ("government", ["Refugee Review Tribunal", "RRT", "RRT"])
    assert got["Migration Review Tribunal"][0] == "government"


def test_a_name_holding_a_list_of_words_is_one_body() -> None:
    # HRW, 2024 (Gambia, Sri Lanka, South Sudan); Australian release, 2005; State Department, 2022
    sentences = [
        # a second complement after "and" begins a second body
        "Legislation for the establishment of the Commission for Truth, Reconciliation and Healing and for "
        "the Compensation and Reparations Authority has yet to be presented before parliament.",
        "Gambia’s Truth, Reconciliation and Reparations Commission found that Jammeh committed crimes.",
        "The government plans to establish a Commission for Truth, Unity and Reconciliation.",
        "He was detained by the Department of Immigration, Multicultural and Indigenous Affairs.",
        "The U.S. side was co-chaired by Ms. Alexandra Bell, Deputy Assistant Secretary, Bureau of Arms "
        "Control, Verification and Compliance, Department of State.",
    ]
    names = found(" ".join(sentences))
    for body in (
        "Truth, Reconciliation and Reparations Commission",
        "Commission for Truth, Unity and Reconciliation",
        "Department of Immigration, Multicultural and Indigenous Affairs",
        "Bureau of Arms Control, Verification and Compliance",
        "Commission for Truth, Reconciliation and Healing",
        "Compensation and Reparations Authority",
    ):
        assert body in names
    assert "Reconciliation and Reparations Commission" not in names


def test_a_list_of_known_names_or_one_running_into_a_title_is_no_body() -> None:
    # U.S. Senate, 2006 (Santorum); State Department, 2022; HRW, 2024 (Kenya)
    sentences = [
        "Hamas was designated by the governments of Canada, Israel and European Union.",
        "We have our Bureau of Population, Refugees, and Migration Acting Principal Deputy Assistant "
        "Secretary Marta Youth.",
        "It cites witness accounts in Nakuru, Eldoret, and Meru. The Police Reforms Working Group - Kenya "
        "reported that 23 people had been shot dead.",
    ]
    names = found(" ".join(sentences))
    assert "European Union" in names
    assert not [n for n in names if "," in n]
    assert "Police Reforms Working Group" in names


def test_a_name_an_ocr_gap_falls_inside_is_still_one_organisation() -> None:
    # Australian releases, 1982 and 2012 (scanned, two spaces between some words)
    rural = "Mr Macphee said a grant of $20,500 would be made to the Australian  Council of Rural Youth."
    eye = "It is the collaboration of the Tilganga  Institute of Ophthalmology in Kathmandu."
    got = found(f"{rural} {eye}")
    assert got["Australian Council of Rural Youth"] == ("ngo", ["Australian  Council of Rural Youth"])
    assert got["Tilganga Institute of Ophthalmology"][0] == "ngo"


def test_a_gap_before_a_persons_name_or_an_acronym_ends_the_organisations_name() -> None:
    # Australian release, 2012; a Senate page scraped without its punctuation, 2005
    person = "Even the Business Council of Australia Jennifer  Westacott agreed."
    acronym = (
        "Following the tsunami disaster  the U S  Agency for International Development  USAID  had to act."
    )
    got = found(f"{person} {acronym}")
    assert got["Jennifer Westacott"][0] == "person"
    assert not any("Australia Jennifer" in name or name.endswith("USAID") for name in got)


@pytest.mark.parametrize(
    ("text", "committee", "senator"),
    [
        (  # U.S. Senate, 2007 (Durbin): the office predicated of him
            "Senator Durbin is also the Chairman of the Senate Financial Services and General Government "
            "Appropriations Subcommittee which has jurisdiction over the Treasury Department.",
            "Senate Financial Services and General Government Appropriations Subcommittee",
            "Durbin",
        ),
        (  # U.S. Senate, 2007 (Hutchison): a ranking member's office predicated of her
            "Sen. Hutchison serves as the Ranking Member on the Senate Military Construction and Veterans "
            "Affairs Appropriations Subcommittee and is a member of the Defense Appropriations Subcommittee.",
            "Senate Military Construction and Veterans Affairs Appropriations Subcommittee",
            "Hutchison",
        ),
    ],
)
def test_the_committee_a_senator_is_said_to_chair_is_marked_not_his_office(
    text: str, committee: str, senator: str
) -> None:
    got = found(text)
    assert got[committee][0] == "legislature"
    assert not any(name.startswith(("Chairman", "Ranking Member")) for name in got)
    assert all(committee not in s for name, (_, s) in got.items() if senator in name)


@pytest.mark.parametrize(
    ("text", "office", "senator"),
    [
        (  # U.S. Senate, 2008 (Lugar): the office had been a legislature of its own
            "U.S. Sen. Dick Lugar, the Ranking Member on the Senate Foreign Relations Committee, released "
            "the following statement today on the U.S. recognition of Kosovo following the announcement "
            "yesterday of its independence:",
            "Ranking Member on the Senate Foreign Relations Committee",
            "Dick Lugar",
        ),
        (  # U.S. Senate, 2007 (Biden): the committee had been marked in the senator's title
            "Global warming knows no borders and many of the countries most at risk from the consequences "
            'have done little to cause the problem," said Senator Biden, Chairman of the Senate Foreign '
            "Relations Committee.",
            "Chairman of the Senate Foreign Relations Committee",
            "Biden",
        ),
        (  # U.S. Senate, 2007 (Bond): the office's rank with it
            "WASHINGTON – U.S. Senator Kit Bond, Vice Chairman of the Senate Intelligence Committee, "
            "met with Secretary of State Condoleezza Rice today.",
            "Vice Chairman of the Senate Intelligence Committee",
            "Kit Bond",
        ),
        (  # U.S. Senate, 2005 (Coleman): the committee's acronym inside the office's phrase
            "Over the past year and a half, Senator Coleman, Chairman of the Senate Permanent Subcommittee "
            "on Investigations (PSI), has led an extensive investigation that has exposed widespread "
            "mismanagement and corruption at the United Nations.",
            "Chairman of the Senate Permanent Subcommittee on Investigations (PSI)",
            "Coleman",
        ),
    ],
)
def test_a_committee_office_after_a_senators_name_is_the_senator(
    text: str, office: str, senator: str
) -> None:
    # the Senate sets annotated since tune9 mark the title in apposition as the senator, the
    # committee inside it not again
    got = found(text)
    held = next(s for name, (_, s) in got.items() if senator in name)
    assert office in held
    assert got[next(name for name in got if senator in name)][0] == "person"
    assert not any(t == "legislature" for t, _ in got.values())


def test_an_office_of_the_un_general_assembly_after_its_holder_stays_his() -> None:
    # UN General Debate, 2014 (Montenegro): the rule is a legislature's committees' only
    text = (
        "I would also like to duly acknowledge the work of Mr. John William Ashe, President of the "
        "General Assembly at its previous session."
    )
    got = found(text)
    assert "President of the General Assembly" in got["John William Ashe"][1]


def test_a_commission_named_before_its_complement_is_the_states() -> None:
    # HRW, 2024 (South Sudan; Pakistan); an Australian release, 2014: commissions the state sets
    # up, named "Commission for / of …", as the annotators type commissions
    sentences = [
        "Legislation for the establishment of the Commission for Truth, Reconciliation and Healing and for "
        "the Compensation and Reparations Authority has yet to be presented before parliament.",
        "Since March 2011, Pakistan’s Commission of Inquiry on Enforced Disappearances has received "
        "thousands of complaints of enforced disappearances across the country.",
        "We are concerned that the Abbott Government has had the Commission of Audit report now for "
        "two months.",
    ]
    got = found(" ".join(sentences))
    assert got["Commission for Truth, Reconciliation and Healing"][0] == "government"
    assert got["Commission of Inquiry on Enforced Disappearances"][0] == "government"
    assert got["Commission of Audit"][0] == "government"
    # an international one keeps its type; "Commission on …" is the UN's naming (a UN speech, 1959)
    text = (
        "The Inter-American Commission on Human Rights and the UN Commission on Human Rights in "
        "South Sudan met."
    )
    assert all(t == "igo" for n, (t, _) in found(text).items() if "Commission" in n)
    text = (
        "The Universal Declaration of Human Rights and the very modest efforts of the Commission on "
        "Human Rights and its subsidiary organs provide concrete evidence of its concern."
    )
    assert found(text)["Commission on Human Rights"][0] != "government"
