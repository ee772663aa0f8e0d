"""People a reader finds named in a statement: senators listed after a plural title, surnames with a
capital inside, later references by the surname alone. Senate releases are read from the shared
corpus (never copied here)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.people import _initials


def people(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


def senate(corpus: Path, name: str) -> str:
    return (corpus / "us-senate" / name).read_text(encoding="utf-8")


def test_each_senator_of_a_comma_list_after_senators_is_a_person(corpus: Path) -> None:
    found = people(senate(corpus, "10May2005McConnell98.txt"))
    for surname in ("Feinstein", "Leahy", "Brownback"):
        assert any(surname in n for n in found), surname


def test_senators_listed_with_the_commas_scraped_away_are_each_a_person(corpus: Path) -> None:
    text = senate(corpus, "28Jun2007Smith1.txt")
    found = people(text)
    for surname in ("Kennedy", "Hagel", "Leahy", "Levin", "Lieberman"):
        assert any(n.endswith(surname) for n in found), surname


def test_a_middle_initial_before_a_double_space_stays_in_the_listed_name(corpus: Path) -> None:
    found = people(senate(corpus, "7Dec2007Levin10.txt"))
    assert not any(n in ("Edward", "Edward M") for n in found)
    assert any(n.endswith("Kennedy") for n in found)


def test_a_generals_rank_without_its_full_stop_is_a_title_before_the_whole_name() -> None:
    # Durbin, 28 March 2007 (Senate, scraped): "Gen Charles F" had been a person apart from "Wald"
    found = people(
        "the impact of climate change on national security   said Gen Charles F  Wald  former Deputy "
        "Commander of Headquarters U S  European Command   General Wald is a member of a board"
    )
    assert found["Charles F Wald"] == ["Gen Charles F  Wald", "General Wald"]


def test_party_and_state_letters_in_a_senators_list_are_no_person() -> None:
    found = people(
        "U S Senators Dianne Feinstein  D Calif   Maria Cantwell  D Wash   today introduced a bill."
    )
    assert "Dianne Feinstein" in found and "Maria Cantwell" in found
    assert not any(n.startswith(("D ", "R ")) for n in found)


def test_surname_with_an_inner_capital_is_found_and_referred_to_again(corpus: Path) -> None:
    text = senate(corpus, "22Dec2005Feinstein277.txt")
    assert "Mike DeWine" in people(text)
    short = 'Sens. Joe Biden (D-DE) and Mike DeWine (R-OH) introduced the bill. "Now," said DeWine.'
    assert people(short)["Mike DeWine"] == ["Mike DeWine", "DeWine"]


def test_plural_abbreviated_title_before_one_full_name(corpus: Path) -> None:
    found = people(senate(corpus, "8May2007Clinton839.txt"))
    assert any(n.endswith("Lautenberg") for n in found)


def test_a_title_case_headline_after_a_senators_list_is_not_part_of_a_name() -> None:
    found = people("Senators Clinton and Specter Introduce Legislation to Honor Veterans")
    assert "Specter" in found and not any("Legislation" in n for n in found)


def test_a_name_with_a_middle_initial_is_a_person_whatever_the_given_name() -> None:
    # a State Department page's byline: "Antony" is in no list of given names, the initial says
    # it is a name; the office after it is then his, not a person called "Secretary"
    found = extract("Antony J. Blinken, Secretary of State\nThe United States strongly condemns the attack.")
    people = {a.name for a in found.actors if a.type == "person"}
    assert people == {"Antony J. Blinken"}
    # a title before an initialled name is not its given name
    found = extract("Minister of Foreign Affairs Secretary A. Shayeq spoke in Kabul.")
    assert all(not a.name.startswith("Secretary") for a in found.actors)


def test_an_office_named_with_its_body_is_a_person_not_the_body() -> None:
    # UN General Debate (many speeches) and an Australian release
    found = extract("I congratulate the President of the General Assembly on his election.")
    assert [(a.name, a.type) for a in found.actors] == [("President of the General Assembly", "person")]
    found = extract("The Commissioner of the Australian Federal Police said the operation continues.")
    assert {a.type for a in found.actors} == {"person"}


def test_a_given_name_after_a_place_or_body_word_still_begins_a_name() -> None:
    # State Department pages: the place or office word before the name took the given name
    # into its own pair, and the person was lost
    for text, person in [
        ("U.S. Special Envoy for Yemen Tim Lenderking returned on June 3 from travel.", "Tim Lenderking"),
        ("Deputy Secretary of State Wendy Sherman met the delegation.", "Wendy Sherman"),
    ]:
        assert person in {a.name for a in extract(text).actors if a.type == "person"}
    assert {a.name for a in extract("Human Rights Watch said so.").actors} == {"Human Rights Watch"}


def test_a_titled_name_wrapped_onto_the_next_line_is_one_person() -> None:
    # United States, UN General Debate 2013 (the speeches are hard-wrapped)
    text = "It resulted in the death of Americans, including Ambassador Chris \nStevens — a man of courage."
    assert "Chris Stevens" in people(text)


def test_a_wrapped_line_that_begins_with_an_ordinary_word_ends_the_name() -> None:
    # a Senate release, 2007
    text = "Sen. Jon Kyl \nJust as we did in 2006, we will vote for the bill."
    assert "Jon Kyl" in people(text)


def test_a_suffix_or_a_body_after_a_title_word_is_no_person() -> None:
    # United States, UN General Debate 2013; a State Department page, 2021
    text = (
        "Last month, I stood where 50 years ago Martin Luther King Jr. told America about his dream. "
        "Seven prisons are operated by the Syrian General Intelligence Directorate."
    )
    names = people(text)
    assert "Martin Luther King Jr." in names
    assert "Jr" not in names and "Intelligence Directorate" not in names


def test_middle_initials_are_found_where_the_pattern_from_the_space_before_finds_them(corpus: Path) -> None:
    """The initial is sought from its full stop (a pattern from the space before it stopped at every
    space); each is found where " X. " matched, none inside the one before ("H. W." after "George")."""
    plain = re.compile(r"[^\S\n][A-Z]\.[^\S\n]")
    texts = ["George H. W. Bush met A. B. C. Smith;\nJ. Doe and Antony J.\tBlinken. Plan B.\n", "K. "]
    texts += [f.read_text(encoding="utf-8-sig") for f in sorted((corpus / "us-senate").glob("*.txt"))[:20]]
    for text in texts:
        assert list(_initials(text)) == [m.start() for m in plain.finditer(text)]
    # " W. " and " B. " begin inside the match before; a line break is no space around an initial
    assert list(_initials(texts[0])) == [6, 21, 27, 55]
    found = people("Today Antony J. Blinken spoke with Yair Lapid.")
    assert found["Antony J. Blinken"] == ["Antony J. Blinken"]


def test_a_hyphenated_given_name_and_the_un_and_senate_titles_are_kept_whole() -> None:
    # UN General Assembly, 2016; U.S. Senate, 2005
    text = "I thank Secretary-General Ban Ki-moon for his leadership."
    assert [a.name for a in extract(text).actors] == ["Ban Ki-moon"]
    text = "Senate Majority Leader Bill Frist introduced the bill."
    assert "Bill Frist" in [a.name for a in extract(text).actors]
    # the group that leads a body is no part of a name: "Hamas-led" stays Hamas
    assert "Hamas" in [a.name for a in extract("The Hamas-led government fell.").actors]


def test_a_spokesperson_or_security_adviser_before_a_name_titles_a_person() -> None:
    text = (
        "The below is attributable to Spokesperson Ned Price: Secretary Blinken spoke today. "
        "National Security Advisor Jake Sullivan met USAID Administrator Samantha Power."
    )
    found = people(text)
    assert "Spokesperson Ned Price" in found["Ned Price"]
    assert "National Security Advisor Jake Sullivan" in found["Jake Sullivan"]
    assert "USAID Administrator Samantha Power" in found["Samantha Power"]
    assert not any("Security" in n or "Advisor" in n for n in found)


def test_a_weekday_after_a_titled_name_is_no_part_of_it(corpus: Path) -> None:
    release = corpus / "press-releases" / "2010-01-05-ludlam-scott-211332908.txt"
    found = people(release.read_text(encoding="utf-8"))
    assert "Scott Ludlam" in found
    assert not any("Tuesday" in n for n in found)


def test_a_photographer_credited_for_a_body_is_a_person_and_the_body_stays_an_ngo() -> None:
    text = (
        "Mariam is one of many LGBT Iraqis who said they were harassed at checkpoints. "
        "© 2022 John Holmes for Human Rights Watch\n\nBeirut – Iraq should repeal the law. "
        "Physicians for Human Rights also called for repeal."
    )
    ex = extract(text)
    types = {a.name: a.type for a in ex.actors}
    assert types.get("John Holmes") == "person"
    assert not any("Holmes" in n for n, t in types.items() if t != "person")
    assert types.get("Physicians for Human Rights") == "ngo"


def test_a_name_between_commas_after_an_office_is_the_speaker_not_the_office() -> None:
    # HRW, 2024 (letter to Nepal's prime minister)
    text = (
        "It was encouraging earlier this year when the then Minister for Women, Children and Senior "
        "Citizens, Bhagawati Chaudhary, said the then government intended to extend the program."
    )
    found = people(text)
    assert "Bhagawati Chaudhary" in found
    assert "Senior Citizens" not in found


def test_a_body_between_commas_before_said_leaves_the_name_before_it_the_speaker() -> None:
    text = "Jane Doe, Human Rights Watch, said the law should be repealed."
    assert "Jane Doe" in people(text)


@pytest.mark.parametrize(
    ("headline", "absent", "present"),
    [
        (
            "SEN CARDIN CALLS FOR INTERNATIONAL ACTION ON GENOCIDE IN DARFUR",
            "Cardin Calls",
            None,
        ),
        (
            "Senate Women s Caucus on Burma Urges India to Pressure Burmese Military Junta",
            "Burma Urges",
            "Myanmar",
        ),
        ("Iran: New President Should Confront Rights Abuses", "Should Confront", None),
        ("Sen Landrieu Joins Colleagues in Call for Darfur Peacekeepers", "Landrieu Joins", None),
        ("Sen Patrick Leahy To Chair Hearing On Refugees", "Patrick Leahy To", None),
        ("Co-Chairs Dianne Feinstein and Susan Collins", "Co-Chairs Dianne Feinstein", None),
    ],
)
def test_a_headlines_verb_is_no_part_of_a_name(headline: str, absent: str, present: str | None) -> None:
    names = {a.name for a in extract(f"{headline}\n\nWASHINGTON, DC - The Senator spoke today.").actors}
    assert absent not in names
    assert present is None or present in names


def test_a_transcripts_journalist_is_nobodys_name() -> None:
    # a Foreign Minister's interview transcript (Australia, February 2016)
    text = (
        "JOURNALIST First of all concerning the relationship.\n\nJULIE BISHOP Australia and Japan are "
        "close.\n\nJOURNALIST You said to all parties. It means China does.\n\n"
        "JOURNALIST So what will you do?"
    )
    assert [a.name for a in extract(text).actors if a.type == "person"] == ["Julie Bishop"]


def test_a_street_in_an_authorisation_line_is_nobody() -> None:
    # Australian parties' releases end with who authorised them, and where
    for text in (
        "Authorised by G. Wright, Australian Labor, 5/9 Sydney Avenue, Barton, ACT, 2600",
        "Authorised by Tony Abbott MHR, Level 2, 17 Sydney Rd, Manly NSW 2095",
    ):
        assert not [a.name for a in extract(text).actors if a.name.startswith("Sydney ")]


def test_a_two_word_nationality_is_no_given_name_and_surname() -> None:
    # "Sri" is a given name; "Sri Lankan" is Sri Lanka's adjective (a minister's interview, 2013)
    text = "There are security concerns around a small number: a Sri Lankan man who has fled his home."
    assert "person" not in {a.type for a in extract(text).actors}


def test_a_surname_before_a_possessive_is_the_person_named_in_full() -> None:
    text = (
        "UN Secretary-General Kofi Annan wrote to the leaders of the coalition. "
        "Annan's letter will give aid and comfort to the insurgents. "
        "Secretary of State Antony Blinken met the minister. Blinken’s visit followed."
    )
    found = people(text)
    assert found["Kofi Annan"][1:] == ["Annan"]
    assert found["Antony Blinken"][1:] == ["Blinken"]


def test_a_name_written_again_in_full_is_one_mention_not_one_per_word() -> None:
    text = (
        "“The killing must be investigated,” said Elaine Pearson, Asia director. "
        "Those responsible for Elaine Pearson’s concerns were not named."
    )
    assert people(text)["Elaine Pearson"] == ["Elaine Pearson", "Elaine Pearson"]


def test_a_scraped_releases_lost_punctuation_ends_the_name(corpus: Path) -> None:
    # "said Hagel    Risk assessment …", "Senators Dick Durbin  D IL  and Chuck Hagel  R NE"
    found = people(senate(corpus, "28Mar2007Durbin4.txt"))
    assert not any("Risk" in n for n in found)
    assert "Dick Durbin" in found and "Hagel" in found["Chuck Hagel"]
    # a letterhead's columns: "U S  SENATOR PATRICK        LEAHY                  VERMONT"
    assert "Patrick Leahy" in people(senate(corpus, "19Apr2007Leahy358.txt"))


def test_a_lost_full_stop_ends_a_name_whose_first_word_is_a_given_name_too() -> None:
    # Senate releases scraped without punctuation (27Sep2007Collins297, 2Aug2007Clinton491): "Burma"
    # and "Clinton" are given names, the word past the wide gap an ordinary one that begins a sentence
    found = people(
        "we have witnessed an historic opportunity to advance the cause of freedom in Burma  Led by "
        "courageous Buddhist monks  tens of thousands of Burmese citizens have taken to the streets"
    )
    assert not any("Led" in n for n in found)
    found = people(
        "said Senator Clinton   Despite repeated assurances from the Sudanese government  the violence "
        "continues"
    )
    assert "Clinton" in found and not any("Despite" in n for n in found)
    # a surname after given names alone stays the name's, however wide the gap
    assert "Tony Abbott" in people("Tony  Abbott said, more than once, that the cuts would not come.")


def test_a_given_name_after_a_letterheads_office_begins_its_holders_name() -> None:
    text = (
        "MEDIA  RELEASE\n\nMinister for Immigration and Multicultural Affairs  Philip Ruddock  and  "
        "W A Minister for Multicultural and Ethnic Affairs\n\nThe Minister said the program would continue."
    )
    found = people(text)
    # the office and its holder are one mention ("a title with the name is one span")
    assert [m.endswith("  Philip Ruddock") for m in found["Philip Ruddock"][:1]] == [True]
    assert not any(n.endswith("Philip") for n in found)


def test_the_vice_president_is_the_vice_president_named_not_the_president() -> None:
    text = (
        "Vice President Kamala Harris met today with leaders of Caribbean nations. "
        "The Vice President discussed the climate crisis and energy security. "
        "President Biden welcomed the meeting."
    )
    found = people(text)
    assert found["Kamala Harris"] == ["Vice President Kamala Harris", "The Vice President"]
    assert "President of the United States" not in found


def test_a_general_secretary_beside_a_name_is_that_person() -> None:
    # International Transport Workers' Federation letter to the Prime Minister, 2001
    text = (
        "To: The Prime Minister of Australia, Mr John Howard\n\nFrom: David Cockroft, General Secretary\n\n"
        "30 August 2001\n\nDear Prime Minister, we urge you to let the ship's passengers land."
    )
    assert people(text)["David Cockroft"] == ["David Cockroft", "General Secretary"]


def test_the_deputy_president_beside_a_name_is_that_person() -> None:
    # HRW, South Africa, 2024
    text = (
        "Government officials have also been stoking anti-immigration sentiment. Kenny Kunene, the "
        "deputy president of the Patriotic Alliance political party, said migrants must leave."
    )
    assert people(text)["Kenny Kunene"] == ["Kenny Kunene", "the deputy president"]


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        # State Department pages, 2021-2022: things, a company, a people and bodies beside "said"
        ("We're charging it with the new energy of the Abraham Accords. We're working.", "Abraham"),
        ("Secretary of State\nJerusalem David Citadel Hotel\nSECRETARY BLINKEN: Good evening.", "David"),
        ("3 million doses of Johnson & Johnson COVID-19 vaccine will arrive in Campinas.", "Johnson"),
        ("We urge Hong Kong authorities to cease their attacks on Hong Kongers.", "Hong"),
        ("Just yesterday, Embassy Kabul said that the massacre of civilians could be war crimes.", "Embassy"),
        ("The Chairman of the Joint Chiefs, General Milley, said the other day that…", "Joint"),
        ("Tony threatened to get us t-shirts that said Get LOST in full caps.", "Get"),
        ("It holds 800 Stinger systems; 2,000 Javelin, 1,000 light anti-armor weapons.", "Javelin"),
        ("with the Government of India, the U.S. Chamber of Commerce, the Confederation", "Chamber"),
        # State Department, 2022: a people named from a two-word state, a day kept for a people
        ("supporting reforms that address the concerns of all Sri Lankans, including on", "Sri"),
        ("To commemorate International Roma Day, we reaffirm this commitment to Roma", "Roma"),
    ],
)
def test_a_things_or_a_bodys_name_is_no_person(text: str, not_a_person: str) -> None:
    assert not [name for name in people(text) if not_a_person in name]


def test_people_whose_given_names_are_ordinary_words_still_speak() -> None:
    text = "Grace Meng said the bill passed. Mark Warner said he agreed. MARK WARNER said so again."
    assert set(people(text)) == {"Grace Meng", "Mark Warner"}


def test_an_offices_words_are_no_later_reference_to_its_holder() -> None:
    # State Department, 2022: "the Foreign Ministers" of a trilateral meeting are not "Foreign"
    text = (
        "Secretary Blinken and the Foreign Ministers discussed efforts. The Secretary and Foreign "
        "Ministers condemned the launches. The Foreign Minister said so."
    )
    assert "Foreign" not in [m for spans in people(text).values() for m in spans]


def test_a_census_name_the_text_writes_as_an_ordinary_word_begins_no_person() -> None:
    # a radio interview's close (press release, 2011): "merry" is the word it is
    text = (
        "OLDFIELD: Merry Christmas, grateful for your time.\n"
        "CHRIS BOWEN: Same to you, David, and merry Christmas to Lisa and the whole gang. "
        "I think they will have some good news before Christmas."
    )
    assert not any("Christmas" in name for name in people(text))


def test_a_census_name_in_an_email_address_stays_a_given_name() -> None:
    text = "Media Adviser: Jayne Stinson 0458 547 512 jayne.stinson@ag.gov.au"
    assert "Jayne Stinson" in people(text)


def test_an_acronym_before_a_given_name_is_no_part_of_the_name() -> None:
    # State Department briefing, 2022
    text = "and also because last year when the NSA Jake Sullivan was here in Brazil with Bolsonaro."
    assert "Jake Sullivan" in people(text)


def test_a_pope_is_named_with_his_title_and_the_pope_is_him_again() -> None:
    # State Department, 2022: a title that is part of the name a person goes by
    text = (
        "Secretary Blinken met His Holiness Pope Francis at the Vatican. "
        "A cleric later reflected on the Pope’s visit to Iraq."
    )
    found = people(text)
    assert "His Holiness Pope Francis" in found["Pope Francis"]
    assert "Francis" not in found


def test_a_surname_that_is_also_a_word_of_places_names_stays_in_the_name() -> None:
    # Human Rights Watch, 2024: "Far" (of "Far East") cut the researcher's name to two words
    text = (
        "“These charges make a mockery of any existing legal safeguards,” said Tara Sepehri Far, "
        "senior Iran researcher at Human Rights Watch. “The authorities should drop them,” "
        "Sepehri Far said."
    )
    people = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}
    assert people == {"Tara Sepehri Far": ["Tara Sepehri Far", "Sepehri Far"]}


def test_a_title_before_a_surname_with_its_joined_particle_names_the_person() -> None:
    # Secretary Blinken's press availability of 26 May 2021: "President" alone had been Joe Biden
    text = (
        "I had a very good conversation with President al-Sisi about Gaza. Today I spoke to "
        "Mr. al-Singace, whose name Abduljalil al-Singace the text gives too."
    )
    found = {text[s:e]: a.name for a in extract(text).actors for s, e in a.mentions}
    assert found["President al-Sisi"] == "Abdel Fattah El Sisi"
    assert "President" not in found and "Sisi" not in found
    assert found["Mr. al-Singace"] == "Abduljalil al-Singace"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # State Department press availability, 25 May 2021: "Gantz" was lost and "Defense
        # Minister" became a mention of the Foreign Minister named before him
        (
            "I met Foreign Minister Ashkenazi, Defense Minister Gantz here in Jerusalem.",
            "Defense Minister Gantz",
        ),
        ("Immigration Minister Chris Bowen said the boats must stop.", "Immigration Minister Chris Bowen"),
        ("Deputy Prime Minister Wayne Swan said today.", "Deputy Prime Minister Wayne Swan"),
        ("Defense Secretary Austin said the troops would stay.", "Defense Secretary Austin"),
    ],
)
def test_a_portfolio_before_the_office_is_part_of_the_titled_name(text: str, mention: str) -> None:
    assert mention in [m for ms in people(text).values() for m in ms]


def test_a_hyphened_surname_in_a_capitals_letterhead_is_the_whole_surname() -> None:
    # Hanson-Young's letterhead, 22 January 2014: one person with her body text's "Senator Hanson-Young"
    text = (
        "OFFICE OF SENATOR SARAH HANSON-YOUNG  AUSTRALIAN GREENS SENATOR FOR SOUTH AUSTRALIA\n\n"
        "MEDIA RELEASE\n\nThe Greens' immigration spokesperson, Senator Sarah Hanson-Young said."
    )
    people = [a for a in extract(text).actors if a.type == "person"]
    assert [(a.name, len(a.mentions)) for a in people] == [("Sarah Hanson-Young", 2)]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # a U.S. senator's release 2007
        (
            "The Assistant Secretary for Preparedness and Response will be responsible for ensuring our "
            "federal public health and medical responses to disasters are faster.",
            "Assistant Secretary for Preparedness and Response",
        ),
        # an Australian Labor release 2007
        (
            "As\n\nUN Under-Secretary for Disarmament Affairs and former Canberra\n\nCommission panel member",
            "Under-Secretary for Disarmament Affairs",
        ),
        # a State Department page 2022
        (
            "Assistant Secretary Leaf will be accompanied by Deputy Assistant Secretary for Israeli and "
            "Palestinian Affairs Hady Amr and NSC Director for Israel.",
            "Deputy Assistant Secretary for Israeli and Palestinian Affairs",
        ),
    ],
)
def test_a_rank_before_secretary_for_belongs_to_the_office(text: str, office: str) -> None:
    ex = extract(text)
    spans = [text[s:e] for a in ex.actors if a.type == "person" for s, e in a.mentions]
    assert any(m.startswith(office) for m in spans), spans
    assert not any(m.startswith("Secretary for") for m in spans)


def test_a_scraped_list_of_senators_with_spaced_state_letters_names_each_senator() -> None:
    # Senate Women's Caucus release, 2007: "(D-N.Y.)" scraped to "  D N Y  " ended the list there,
    # and "Barbara" of "Barbara Mikulski" was then read as Barbara Boxer
    text = (
        "The Caucus includes Senators Barbara Boxer  D Calif    Maria Cantwell  D Wash    Hillary Rodham "
        "Clinton  D N Y    Susan Collins  R Maine   Elizabeth Dole  R N C    Amy Klobuchar  D Minn    "
        "Mary Landrieu  D La    Blanche Lambert Lincoln  D Neb    Claire McCaskill  D   Mo    Barbara "
        "Mikulski  D Md    Lisa Murkowski  R Alaska   Patty Murray  D Wash    Olympia Snowe  R Maine   "
        "and Debbie Stabenow  D Mich      Following is the text of the letter"
    )
    found = {a.name: a.type for a in extract(text, source_name="27Sep2007Collins297.txt").actors}
    for senator in ("Barbara Mikulski", "Claire McCaskill", "Patty Murray", "Olympia Snowe", "Mary Landrieu"):
        assert found.get(senator) == "person", senator
    assert "Following" not in found
    assert "Murray" not in found


def test_an_office_of_state_with_its_portfolio_is_one_person_not_a_place() -> None:
    # State Department, the U.S.-Spain working group on Central America (2022): the region inside the
    # office's name is no place of its own
    text = (
        "It was chaired by U.S. Deputy Assistant Secretary of State for Western Hemisphere Affairs, "
        "Emily Mendrala."
    )
    found = extract(text)
    assert "Western Hemisphere" not in {a.name for a in found.actors}
    assert any("for Western Hemisphere Affairs" in m for m in people(text).get("Emily Mendrala", []))
    # Secretary Blinken with Der Spiegel (2021)
    text = (
        "For example, our Under Secretary of State for Political Affairs, one of our most senior officials."
    )
    assert "Under Secretary of State for Political Affairs" in people(text)


def test_a_fathers_name_in_the_middle_of_a_name_is_no_later_reference_to_the_child() -> None:
    # HRW, Gaza, 4 April 2024: Mohammed Hatem Abdo is the nephew; "Hatem" alone is his father
    text = (
        "An hour before the attack, two of his nephews, Mohammed Hatem Abdo, 13, and Mohammed Nidal "
        "al-Mabhouh, 8, had gone outside. Hatem said he saw dozens of bodies in the street."
    )
    assert people(text)["Mohammed Hatem Abdo"] == ["Mohammed Hatem Abdo"]


def test_a_name_after_said_ends_at_the_lost_full_stop_before_the_next_sentence() -> None:
    # Clinton, 19 Sep 2006 and 2 Aug 2007 (Senate, scraped): the name read on into the next sentence
    found = people(
        "recognized for their work in the women  s suffrage movement     said Senator Clinton"
        "              Sojourner Truth was a leader in the abolitionist movement"
    )
    assert "Senator Clinton" in found.get("Clinton", []) and "Sojourner Truth" in found
    found = people(
        "held accountable for ending the violence in Darfur  said Senator Clinton   Despite repeated "
        "assurances  President Bashir has yet to fully facilitate the deployment"
    )
    assert not any("Despite" in n for n in found)


def test_a_given_name_pair_does_not_cross_a_lost_full_stop() -> None:
    # Collins, 27 Sep 2007; Feinstein's letter of 24 Oct 2007 (Senate, scraped)
    found = people(
        "calling for a new round of international sanctions against Burma    By targeting the members "
        "of the ruling State Peace and Development Council"
    )
    assert not any("By" in n.split() for n in found)
    found = people(
        "in leading the global effort to support the people of Burma    Sincerely   Senator Dianne Feinstein"
    )
    assert not any("Sincerely" in n for n in found)


def test_a_justified_pages_wide_gap_stays_inside_a_name() -> None:
    # Leahy's statements (Senate, scraped from a justified layout)
    found = people("SENATOR PATRICK        LEAHY                  VERMONT          State of the Union")
    assert any(n.endswith("Leahy") for n in found), found


def test_an_ordinary_word_after_a_given_name_in_a_senators_list_is_the_surname() -> None:
    # Clinton, 19 Sep 2006 (Senate, scraped): "Specter" is an ordinary word too, read as a headline's
    found = people(
        "Washington  DC    Senators Hillary Rodham Clinton  D NY  and Arlen Specter  R PA  introduced "
        "legislation today to honor women s suffrage leader Sojourner Truth"
    )
    assert "Arlen Specter" in found and "Arlen" not in found
