"""A ruler named by office and state ("the King of Bhutan", "Amir of the State of Kuwait") is one
person, the office's holder, not the state; on real sentences of UN General Debate speeches."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def typed(text: str, source_name: str) -> dict[str, tuple[str, list[str]]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in found}


def test_a_king_or_emir_of_a_state_is_a_person_not_the_state() -> None:
    # Bhutan, General Debate 2015; United Arab Emirates, 2010
    text = "I bring to the General Assembly the warm greetings of His Majesty the King of Bhutan."
    found = typed(text, "BTN_70_2015.txt")
    assert found["King of Bhutan"] == ("person", ["the King of Bhutan"])
    assert "Bhutan" not in found
    text = "We welcome the decision of the Emir of Qatar to establish a centre for interfaith dialogue."
    assert typed(text, "ARE_65_2010.txt")["Emir of Qatar"] == ("person", ["the Emir of Qatar"])


def test_the_president_of_a_republic_is_one_mention_of_the_president() -> None:
    # Angola, General Debate 2013: "the President" and "Republic of Angola" had been two mentions
    text = "On behalf of the President of the Republic of Angola, I congratulate you."
    found = typed(text, "AGO_68_2013.txt")
    assert found["President of Angola"] == ("person", ["the President of the Republic of Angola"])
    assert "Angola" not in found


def test_a_state_after_of_without_an_office_stays_the_state() -> None:
    # Lebanon, General Debate 2016
    text = "We condemn the occupation of Lebanon and the blockade of the Gaza Strip."
    assert typed(text, "LBN_71_2016.txt")["Lebanon"][0] == "state"


def test_the_supreme_leader_in_or_of_iran_is_a_person_not_iran() -> None:
    # the United States, General Debate 2013; Iran, 2021: both were one more mention of Iran
    text = (
        "I have made it clear, in letters to the Supreme Leader in Iran and, more recently, to "
        "President Rouhani, that America prefers to resolve its concerns peacefully. Iran must act."
    )
    found = typed(text, "USA_68_2013.txt")
    assert found["Supreme Leader of Iran"] == ("person", ["the Supreme Leader in Iran"])
    assert found["Iran"] == ("state", ["Iran"])
    text = "This solution was set forth by the Supreme Leader of the Islamic Republic of Iran."
    assert typed(text, "IRN_76_2021.txt")["Supreme Leader of Iran"][0] == "person"


def test_the_chancellor_of_a_state_is_a_person_not_the_state() -> None:
    # France, General Debate 2016; Peru, 1953: both were one more mention of Germany
    text = (
        "I have therefore taken the initiative, along with the Chancellor of Germany, to bring together "
        "the Russian and Ukrainian Presidents."
    )
    assert typed(text, "FRA_71_2016.txt")["Chancellor of Germany"] == (
        "person",
        ["the Chancellor of Germany"],
    )
    text = (
        "It will also constitute an instrument for co-operation with the Eastern countries, as the "
        "Chancellor of the Federal Republic of Germany himself thinks."
    )
    found = typed(text, "PER_08_1953.txt")
    assert found["Chancellor of Germany"] == ("person", ["the Chancellor of the Federal Republic of Germany"])
    assert "Germany" not in found


def test_an_office_wrapped_over_a_line_is_still_the_person() -> None:
    # Syria, General Debate 2013; Congo, 2005: the speeches are wrapped, "of" ends a line
    text = "initiative launched by Mr. Vladimir Putin, President of \nthe Russian Federation. By acceding"
    found = typed(text, "SYR_68_2013.txt")
    assert found["Vladimir Putin"] == (
        "person",
        ["Mr. Vladimir Putin", "President of \nthe Russian Federation"],
    )
    text = "Central African States, the President of\nthe Republic of the Congo, Mr. Denis Sassou-Nguesso,"
    assert typed(text, "COG_60_2005.txt")["Denis Sassou-Nguesso"][0] == "person"


def test_the_leader_of_a_state_is_a_person_not_the_state() -> None:
    # Iran, General Debate 2013; the United States, 2016
    text = "As stated by the leader of the Islamic Republic of Iran, acceptance of Iran's rights"
    assert typed(text, "IRN_68_2013.txt")["Leader of Iran"] == (
        "person",
        ["the leader of the Islamic Republic of Iran"],
    )
    text = "and we welcome a democratically elected leader of Myanmar."
    assert typed(text, "USA_71_2016.txt")["Leader of Myanmar"][0] == "person"


# Offices of a state read since 2026-12: each had been a bare office and the state beside it, or the
# state alone, where the text names the one person who holds it.
OFFICES_OF_STATES = [
    # an Australian department's statement on Manus, 2017
    (
        "2017-11-10-dept-of-immigration-and-border-protection-251503694.txt",
        "In that context we note comments from the Prime Minister of PNG who has said that those "
        "involved in disruption have been identified.",
        "the Prime Minister of PNG",
        "Papua New Guinea",
    ),
    # State Department, 2021
    (
        "2021-05-27-secretary-blinkens-call-with-saudi-foreign-minister.html",
        "Secretary of State Antony J. Blinken spoke today with the Foreign Minister of the Kingdom of "
        "Saudi Arabia, Faisal bin Farhan Al Saud.",
        "the Foreign Minister of the Kingdom of Saudi Arabia",
        "Saudi Arabia",
    ),
    # the Governor-General's UN Day address, 2001: a letterhead in capitals
    (
        "2001-10-24-hollingworth-peter-211230672.txt",
        "ADDRESS BY\n\nTHE RIGHT REVEREND DR PETER HOLLINGWORTH, AC, OBE,\n\n"
        "GOVERNOR-GENERAL OF THE COMMONWEALTH OF AUSTRALIA\n\nON THE OCCASION OF\n\nTHE UNITED NATIONS DAY\n",
        "GOVERNOR-GENERAL OF THE COMMONWEALTH OF AUSTRALIA",
        "Australia",
    ),
    # Abbott, 2013: the Premier of a place (an Australian state)
    (
        "2013-10-31-abbott-tony-211400189.txt",
        "I'm just a little disappointed that the Premier of South Australia was not as vocal as he "
        "should have been.",
        "the Premier of South Australia",
        "South Australia",
    ),
]


# News style writes a ruler's or head of government's title in lower case.
LOWER_CASE_OFFICES = [
    # Hagel, Senate floor statement, 2007
    (
        "9May2007Hagel46.txt",
        "A month ago, one of our strongest allies in the Middle East, the king of Saudi Arabia, "
        'called U.S. involvement in Iraq an "illegitimate foreign occupation."',
        "the king of Saudi Arabia",
        "King of Saudi Arabia",
        "Saudi Arabia",
    ),
    # State Department briefing, 2022
    (
        "2022-02-01-department-press-briefing-february-1-2022.html",
        "You’ve seen the Secretary engage with the amir of Qatar.",
        "the amir of Qatar",
        "Amir of Qatar",
        "Qatar",
    ),
    # State Department, 2022: "the prime minister" and Moldova had been two mentions
    (
        "2022-07-19-secretary-antony-j-blinken-and-moldovan-prime-minister-natalia-gavrilita-before.html",
        "It’s a real pleasure to welcome the prime minister of Moldova here to the State Department.",
        "the prime minister of Moldova",
        "Prime Minister of Moldova",
        "Moldova",
    ),
]


@pytest.mark.parametrize(("source", "text", "office", "name", "state"), LOWER_CASE_OFFICES)
def test_an_office_in_lower_case_is_one_person(
    source: str, text: str, office: str, name: str, state: str
) -> None:
    found = typed(text, source)
    assert found[name] == ("person", [office])
    assert state not in found


def test_a_foreign_minister_in_lower_case_keeps_the_holder_the_page_names() -> None:
    # State Department, 2022: the page's title names the minister; "the foreign minister" is her
    text = (
        "Secretary Blinken and German Foreign Minister Annalena Baerbock at the Munich Security "
        "Conference\nWe welcome today on this stage the foreign minister of Germany."
    )
    baerbock = typed(text, "2022-02-18-secretary-antony-j-blinken-and-german-foreign-minister.html")[
        "Annalena Baerbock"
    ]
    assert baerbock == ("person", ["Foreign Minister Annalena Baerbock", "the foreign minister"])


@pytest.mark.parametrize(("source", "text", "office", "state"), OFFICES_OF_STATES)
def test_an_office_of_a_state_is_one_person(source: str, text: str, office: str, state: str) -> None:
    found = typed(text, source)
    assert [t for t, spans in found.values() if office in spans] == ["person"]
    assert state not in found


def test_a_premier_said_of_someone_is_a_role_and_the_place_stays() -> None:
    # Brandis, 2013
    text = "That term was originally used, when he was the Premier of  Queensland, by Mr Beattie."
    found = typed(text, "2013-08-12-brandis-george-211398666.txt")
    assert found["Queensland"][0] == "place"
    assert "Premier of Queensland" not in found
