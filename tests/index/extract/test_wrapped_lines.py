"""Releases extracted from PDFs with a blank line after every printed line: a sentence runs on
across them, while a headline or a list item stays apart (real releases, shortened)."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.segments import split
from advocacy_archive.index.extract.verbs import imperative_at

# Michael Keenan's release of 11 January 2010 (press-releases corpus), as extracted.
KEENAN = """Mon, 11th January 2010

NO VACANCIES ON CHRISTMAS ISLAND - SO WHERE TO NEXT?

Mr Michael Keenan MP

Acting Shadow Minister for Immigration and Citizenship Michael Keenan has today called on the Rudd

Government to reveal how they intend to accommodate the growing number of asylum seekers, as facilities on

Christmas Island hit breaking point.

Mr Keenan's warning follows the interception of another unauthorised arrival yesterday afternoon 4.8 nautical

miles north of Christmas Island, making it the fourth this year, and the boats keep coming to the

Territory at an almost daily rate while the Government is unable to say where they will all be accommodated.
"""


def test_call_broken_by_a_blank_line_after_a_printed_line_is_found() -> None:
    (d,) = [d for d in extract(KEENAN).demands if d.kind == "call_on"]
    assert d.action.startswith("reveal how they intend to accommodate")
    assert "Christmas Island hit breaking point" in d.action


# A headline longer than a printed line, then a paragraph, then recommendations one to a line.
LISTED = """Geneva based human rights organisation urges Australia to remove excessive restrictions on the \
rights to freedom of expression, association and peaceful assembly

Australia should repeal excessive restrictions on the fundamental rights to freedom of expression,

association and peaceful assembly, according to a new report to be considered by the UN Human

Rights Council in Geneva.

The report says the Government must consult civil society before it introduces new national

Release all lawyers detained for their work and drop the charges brought against them in retaliation

Encourage regional bar associations to draw up rosters of lawyers to visit prisons and advise them
"""


def test_headline_and_list_items_stay_apart() -> None:
    actions = [d.action for d in extract(LISTED).demands]
    assert any(a.startswith("repeal excessive restrictions") for a in actions)
    assert any(a.startswith("remove excessive restrictions") for a in actions)
    assert any(a.startswith("Release all lawyers") for a in actions)
    assert any(a.startswith("draw up rosters") for a in actions)  # "Encourage … to draw up"


def test_a_body_whose_name_a_line_break_cuts_is_named_whole() -> None:
    # Bourne, Australian release, 24 July 2000; the ALP's of 14 March 2007 (a blank line after
    # every printed line)
    text = (
        "The Department \nof Family and Community Services commissioned social research "
        "consultants.\n\nThe report of the International Commission\n\non Intervention and State "
        "Sovereignty was tabled. This Commission found that states must act."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert "Community" not in found
    assert found["Department of Family and Community Services"] == [
        "Department \nof Family and Community Services"
    ]
    commission = found["International Commission on Intervention and State Sovereignty"]
    assert commission[0] == "International Commission\n\non Intervention and State Sovereignty"
    assert commission[1] == "This Commission"


def test_a_wrapped_name_runs_on_over_a_third_line_and_an_igos_organ_is_an_igo() -> None:
    # Russia's General Debate speech, 2013, as the corpus wraps it
    text = (
        "We expect that the decisions of the Organization \nfor the Prohibition of Chemical Weapons "
        "Executive \nCouncil and the Security Council will contribute to \ncreating conditions."
    )
    (opcw,) = [a for a in extract(text).actors if "Chemical" in a.name]
    assert opcw.name == "Organization for the Prohibition of Chemical Weapons Executive Council"
    assert opcw.type == "igo"


# Lionel Bowen's typewritten address of 14 April 1982 (press-releases corpus), as scanned: lines of
# about 60 characters in capitals, a blank line after each, shorter than a printed page's.
BOWEN = """ADDRESS TO NEWCASTLE CHAMBER OF COMMERCE & INDUSTRY

FOR TOO LONG AUSTRALIA'S FOREIGN POLICY HAS BEEN DICTATED

BY WHAT HAD BEEN DECIDED IN LONDON, WASHINGTON AND TOKYO.

THE TIME IS LONG OVERDUE WHEN AUSTRALIA MUST PRODUCE A POLICY

WHICH IS MADE IN AUSTRALIA, WITH QUR COUNTRY'S BEST INTERESTS

IN THE FOREFRONT.

THIS DOES NOT MEAN THAT WE PLAN TO TURN OUR BACKS ON OUR

FRIENDS OF LONG STANDING, OR THAT AUSTRALIA WILL "GO IT  ALONE"

AND IGNORE WHAT IS HAPPENING IN THE WORLD'S MAJOR CAPITALS.

ON THE CONTRARY, AUSTRALIA NEEDS TO BE BETTER INFORMED ON WHAT

IS HAPPENING IN THE WORLD SO THAT IT  CAN BEST FORMULATE ITS OWN

ASSESSMENT OF INTERNATIONAL EVENTS AND DECIDE WHAT COURSE OF

ACTION IT  MUST FOLLOW.

AUSTRALIA IS A MIDDLE-SIZED POWER WITH LIMITED RESOURCES,

BOTH OF MANPOWER AND OF MONEY, AND WE MUST ORDER OUR PRIORITIES

SO THAT THESE CAN BE DEPLOYED AS EFFECTIVELY AND AS ADVANTAGEOUSLY

AS POSSIBLE. FLYING BACKWARDS AND FORWARDS TO WASHINGTON ON

AN ERRAND WHICH INVOLVED THE U .S . AND THE USSR AND A FAR OFF
"""


def test_typewritten_capitals_are_read_across_their_short_lines() -> None:
    actions = [d.action for d in extract(BOWEN).demands]
    whole = "ORDER OUR PRIORITIES SO THAT THESE CAN BE DEPLOYED AS EFFECTIVELY AND AS ADVANTAGEOUSLY"
    assert whole + " AS POSSIBLE" in actions
    # the headline and the sentences a full stop ends stay apart
    assert not any("ADDRESS TO NEWCASTLE" in a or "FLYING BACKWARDS" in a for a in actions)


# Saudi Arabia's 2016 General Assembly speech (un-speeches corpus): a paragraph a line long ends
# without its full stop, and the next paragraph's call ran into the first.
SAUDI = """We seek good relations with Iran based on the principles of good-neighbourliness and \
non-interference in other countries’ internal affairs. We call for the end of the Iranian \
occupation of the three Emirati islands
We assert that all nuclear weapons and weapons of mass destruction must be eliminated from the Middle \
East and that a date must be set for the international conference to create a Middle East free of \
nuclear weapons.
"""


def test_a_paragraph_without_its_full_stop_ends_its_sentence() -> None:
    actions = [d.action for d in extract(SAUDI).demands]
    assert "the end of the Iranian occupation of the three Emirati islands" in actions
    assert any(
        a.startswith("all nuclear weapons and weapons of mass destruction must be eliminated")
        for a in actions
    )


def test_a_name_wrapped_after_its_joining_word_is_named_whole() -> None:
    # Honduras's General Debate speech, 2011; Kenya's, 1999: a line ended after "and", and the
    # commission preparing an international court is that court's organ, no state's body
    text = (
        "In line with those aspirations, in July our Truth and \nReconciliation Commission "
        "submitted its report. We look to the Preparatory Commission for the International "
        "Criminal Court to elaborate on the outstanding issues."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Truth and Reconciliation Commission"] == (
        "government",
        ["Truth and \nReconciliation Commission"],
    )
    assert found["Preparatory Commission for the International Criminal Court"][0] == "igo"
    assert "Reconciliation Commission" not in found


def test_a_name_is_found_wherever_its_lines_break() -> None:
    # the Dominican Republic's General Debate speech, 1997, and Russia's, 2014, as the corpus wraps
    # them: the institute's name begins on one line and ends two lines on, and "the Institute" is it
    text = (
        "Allow me to refer to the situation of the United\nNations International Research and "
        "Training Institute for the\nAdvancement of Women. Our country wishes that the "
        "headquarters of the Institute remain. We welcome a free trade area between the EU and "
        "the Customs Union of \nRussia, Belarus and Kazakhstan."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    institute = "United Nations International Research and Training Institute for the Advancement of Women"
    assert found[institute] == (
        "igo",
        [
            "United\nNations International Research and Training Institute for the\nAdvancement of Women",
            "the Institute",
        ],
    )
    assert found["Customs Union"][1] == ["Customs Union"]
    # the same on one line
    one = text.replace("\n", " ").replace("  ", " ")
    names = {a.name for a in extract(one).actors}
    assert institute in names and "Customs Union" in names


def test_call_cut_after_the_by_a_paragraph_break_in_a_transcript_is_found(corpus: Path) -> None:
    # Abbott's joint doorstop of 19 July 2013: a line of a paragraph, not a printed line, breaks
    # after "the": "So that's the reason why we do call on the\n\nGovernment to rethink this
    # position, …"
    name = "2013-07-19-abbott-tony-211397371.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    (d,) = [d for d in ex.demands if d.action.startswith("rethink this position")]
    assert d.kind == "call_on" and d.targets == ("Government of Australia",)


def test_a_list_item_after_and_stays_apart(corpus: Path) -> None:
    # "…during the election period and thereafter; and\n\nEnsure that telecommunication and ISPs
    # inform the people of Pakistan…": the last recommendation is a demand of its own
    name = "2024-02-06-keepiton-pakistans-caretaker-government-and-election-commission-must-ensure-open.txt"
    ex = extract((corpus / "hrw-news" / name).read_text(encoding="utf-8"), source_name=name)
    assert any(d.action.startswith("Ensure that telecommunication and ISPs inform") for d in ex.demands)


# Liz Evenson's testimony of 13 June 2024 (hrw-news), its recommendations to Liberia shortened:
# each ends in a semicolon at its line's end, and three begin with a verb and its preposition.
RECOMMENDATIONS = """We have made the following recommendations to the government of Liberia:

Establish an independent committee that is mandated to advise the government on the court’s creation. \
The committee should help establish a roadmap on the way forward for ensuring justice for war crimes;

Work with the legislature to ensure the war crimes court is consistent with international standards \
and practice;

Request from international partners adequate support and funding, for programs designed to improve \
Liberia’s judiciary and criminal justice system;

Continue to support efforts by third countries to bring universal jurisdiction cases for civil war-era crimes;

Develop and implement a comprehensive reparations scheme for all victims of gross human rights violations \
and war crimes;
"""


def test_each_recommendation_ending_in_a_semicolon_is_a_demand_of_its_own() -> None:
    starts = sorted(d.start for d in extract(RECOMMENDATIONS).demands)
    items = [RECOMMENDATIONS.index(line) for line in RECOMMENDATIONS.split("\n") if line[:1].isupper()][1:]
    items.insert(1, RECOMMENDATIONS.index("The committee should"))
    assert starts == items


def test_a_semicolon_before_a_line_that_is_no_call_still_runs_on() -> None:
    # a list of findings (China, 18 June 2024, shortened): one sentence as before
    text = (
        "In Kashgar Prefecture, Qutpidin Mazar village, named after a shrine of the 13th century Persian "
        "polymath and poet, was renamed Rose Flower village in 2018;\n\nIn Akto County, Kizilsu Kyrgyz "
        "Autonomous Prefecture, Aq Meschit (“white mosque”) village was renamed Unity village in 2018;"
    )
    assert split(text, 0, len(text)) == [(0, len(text))]


def test_a_verb_in_capitals_before_its_preposition_is_still_read_as_before() -> None:
    # Hawke, 26 April 1984, typed in spaced capitals: "I BE L IE VE  AUSTRALIANS\n\nW I L L  CONTINUE
    # TO SUPPORT STRONGLY P O L I C I E S": the middle of a line, no list item
    text = "CONTINUE TO SUPPORT STRONGLY P O L I C I E S  PROVIDING FOR A"
    assert imperative_at(text, 0, len(text)) is None
    mixed = "Continue to support strongly policies providing for a substantial intake"
    assert imperative_at(mixed, 0, len(mixed)) is not None


def test_a_body_whose_head_word_a_line_break_moved_is_named_whole() -> None:
    # Hawke 1987, the Advisory Council's membership list as the PDF's text has it
    text = (
        "Ms Maria Vukadinovic-Jockel Deputy Chairman, Ethnic  Affairs Commission of  Victoria Hon.  "
        "Life member,  Australian-Yugoslav Welfare\n\nSociety\n\nProfessor Eric Willmot Head of "
        "Education, James Cook University."
    )
    names = [a.name for a in extract(text, source_name="1987-04-09-hawke-bob-214045499.txt").actors]
    assert "Australian-Yugoslav Welfare Society" in names, names


def test_two_bodies_a_line_break_parts_stay_two() -> None:
    # Johnson 2004, a reference list: the university's institute begins the next line
    text = (
        "Hernes, Gudmund and Knud Knudsen (1996). Norwegians' attitudes. Oslo:  University  of  Oslo\n\n"
        "Institute for Social Research and Department of Sociology."
    )
    names = [a.name for a in extract(text, source_name="2004-09-29-johnson-carol-211271865.txt").actors]
    assert not [n for n in names if n.startswith("University of Oslo Institute")], names
