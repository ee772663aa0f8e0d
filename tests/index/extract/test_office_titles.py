"""People titled with their office's whole name, on State Department pages and releases: the
holder is the person, the office alone is never a person called "Minister" or "Secretary"."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

STATE_PAGE = "https://www.state.gov/a-page/"


def people(text: str, url: str | None = None) -> dict[str, list[str]]:
    ex = extract(text, source_url=url)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "holders"),
    [
        # State Department readouts, 2021 and 2022
        (
            "Bulgarian Deputy Prime Minister for EU Funds and Minister of Finance Assen Vassilev and "
            "Minister of Energy Alexander Nikolov led the delegation.",
            {"Assen Vassilev", "Alexander Nikolov"},
        ),
        (
            "Assistant Secretary of State for Consular Affairs Rena Bitter will travel to Mexico.",
            {"Rena Bitter"},
        ),
        (
            "Nuland met with Saudi Arabia’s Deputy Minister of Defense Khalid bin Salman al Saud today.",
            {"Khalid bin Salman al Saud"},
        ),
        (
            "Blinken signed for the United States, and Minister of Foreign Affairs Ararat Mirzoyan "
            "signed for Armenia.",
            {"Ararat Mirzoyan"},
        ),
        # State Department, 2021 and 2022: a bureau head, named by the office and the surname after
        (
            "Senior Bureau Official for the Bureau of East Asian and Pacific Affairs Kin Moy participated "
            "in a Senior Officials Meeting. Senior Bureau Official Moy called for greater transparency. "
            "Moy also emphasized U.S. efforts.",
            {"Kin Moy"},
        ),
        # an Australian release, 1980
        (
            "The meeting was attended by the Right Honourable Brian Talboys, and the Honourable Andrew "
            "Peacock, Foreign Minister of Australia.",
            {"Brian Talboys", "Andrew Peacock"},
        ),
    ],
)
def test_the_holder_named_after_the_office_is_the_person(text: str, holders: set[str]) -> None:
    names = set(people(text))
    assert holders <= names
    assert not names & {"Minister", "Secretary"}


def test_an_office_with_no_holder_named_after_it_stays_the_office() -> None:
    # an Australian release, 1993
    text = "The Minister for Immigration and Ethnic Affairs said the review would be completed."
    assert set(people(text)) == {"Minister for Immigration and Ethnic Affairs"}


def test_the_secretary_on_a_signed_page_is_its_signer() -> None:
    # a State Department page and its transcript, 2021
    text = (
        "Antony J. Blinken, Secretary of State\nThe Secretary met today with Foreign Minister Lapid.\n"
        "QUESTION: Thank you, Mr. Secretary."
    )
    got = people(text, STATE_PAGE)
    said = got["Antony J. Blinken"]
    assert len(said) == 2 and all(s.endswith("Secretary") for s in said)


def test_the_secretary_on_an_unsigned_department_page_is_the_secretary_of_state() -> None:
    # a State Department press briefing, 2022
    text = "Ned Price, Department Spokesperson\nMR PRICE: The Secretary will travel to Cuba tomorrow."
    got = people(text, STATE_PAGE)
    assert got["U.S. Secretary of State"] == ["The Secretary"]
    # the speaker's label is the spokesperson himself (Ned: a census given name), not the Secretary
    assert got.get("Ned Price", ["PRICE"]) == ["PRICE"]


def test_a_transcripts_speaker_label_in_capitals_names_the_speaker() -> None:
    # a State Department transcript, Paris, 2021
    text = (
        "Antony J. Blinken, Secretary of State\nParis, France\n"
        "FOREIGN MINISTER LE DRIAN: (Via interpreter) Welcome to Paris.\n"
        "SECRETARY BLINKEN: Thank you. France is our partner. THE PRESIDENT MUST ACT: now."
    )
    got = people(text, STATE_PAGE)
    assert got["Le Drian"] == ["FOREIGN MINISTER LE DRIAN"]
    assert "Minister" not in got and "Must Act" not in got


def test_a_speaker_label_whose_words_name_no_one_is_skipped_without_error() -> None:
    # a briefing's label of office words only
    text = "SECRETARY DEPUTY: Good morning.\nMINISTER PRESIDENT: Thank you."
    assert not set(people(text, STATE_PAGE)) & {"Deputy", "President", "Secretary"}


def test_madam_minister_in_a_transcript_is_the_minister_it_names() -> None:
    # a State Department transcript, Melbourne, 2022
    text = (
        "Antony J. Blinken, Secretary of State\n"
        "SECRETARY BLINKEN: Good afternoon. Foreign Minister Marise Payne and I met today. "
        "Madam Minister, thank you."
    )
    got = people(text, STATE_PAGE)
    assert "Minister" not in got
    assert "Minister" in got["Marise Payne"]


def test_a_title_in_a_scraped_release_is_no_surname() -> None:
    # Senate release, 2007, scraped without punctuation
    text = "America has a responsibility to help democratic forces in Burma  Mr  Prime Minister  as friends."
    assert "Burma Mr" not in people(text)


@pytest.mark.parametrize(
    ("text", "holder", "not_person"),
    [
        # State Department briefings and readouts, 2021–2022: the office's last word is no given name
        (
            "UN High Commissioner for Human Rights Bachelet issued a statement essentially warning of war.",
            "Bachelet",
            "Rights Bachelet",
        ),
        (
            "Secretary of Homeland Security Mayorkas and Secretary of Commerce Raimondo will travel.",
            "Mayorkas",
            "Security Mayorkas",
        ),
        ("Secretary of Foreign Affairs Locsin met the Secretary.", "Locsin", "Affairs Locsin"),
        # a holder's given name that is also a word stays: "Park" and "Bill" name people too
        ("The Secretary met Minister of Foreign Affairs Park Jin in Seoul.", "Park Jin", "Jin"),
        ("Ambassador to the UN Bill Richardson spoke.", "Bill Richardson", "Richardson"),
        # a state's name after "El" ends the office, not a surname
        ("U.S. Ambassador to El Salvador Jean Manes said so.", "Jean Manes", "Salvador Jean Manes"),
    ],
)
def test_a_holder_named_by_surname_after_the_office(text: str, holder: str, not_person: str) -> None:
    got = people(text, STATE_PAGE)
    assert holder in got
    assert not_person not in got


def test_a_word_of_the_text_after_an_office_is_no_holder() -> None:
    got = people("Secretary of State I’ve said it before.", STATE_PAGE)
    assert "I’ve" not in got and "I've" not in got


def test_the_president_a_senator_addresses_on_the_floor_is_the_chair() -> None:
    # U.S. Senate, Leahy, 2007 (scraped: full stops lost); the floor's "Mr. President" is the
    # presiding officer, the statement's "The President" the U.S. President
    text = (
        "President Bush vetoed the bill.  Mr  President  during the Cold War we supported some of "
        "the worlds most brutal regimes. The President should act. Mr. President, I yield the floor."
    )
    ex = extract(text, source_name="03Aug2007Leahy205.txt")
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors}
    assert found["Presiding Officer of the Senate"] == ["President", "President"]
    assert "Mr" not in " ".join(sum(found.values(), []))
    assert "The President" in found["George Bush"]


def test_the_president_a_un_speaker_addresses_is_the_assemblys() -> None:
    # Iran at the UN General Debate, 2013: the speaker, Iran's President, addresses the chair
    text = (
        "Mr. President, I would like to congratulate you on your election as President of the "
        "General Assembly. Iran calls on all states to reject violence."
    )
    ex = extract(text, source_name="IRN_68_2013.txt")
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors}
    assert found["President of the General Assembly"][0] == "President"
    assert "President of Iran" not in found


def test_the_president_a_un_speech_congratulates_on_election_is_the_assemblys() -> None:
    # Lebanon at the UN General Debate, 2016: Lebanon had no president then; the one congratulated
    # is the Assembly's
    text = (
        "At the outset, allow me to congratulate the President on his election as President of the "
        "General Assembly at its seventy-first session. Lebanon stresses the need to reform the Council."
    )
    ex = extract(text, source_name="LBN_71_2016.txt")
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors}
    assert "the President" in found["President of the General Assembly"]
    assert "President of Lebanon" not in found


def test_the_secretary_is_no_deputy_secretary_named_alone() -> None:
    # State Department press briefing, 25 May 2022 (abridged): two secretaries titled by name, a
    # deputy secretary named with no one after the title
    text = (
        "MR PRICE: As the Secretary said in a statement earlier today, evidence continues to mount. "
        "Secretary Blinken delivered that message. Secretary Austin also spoke to his counterparts. "
        "Signals came from Moscow – National Security Council Deputy Secretary (inaudible) sent out "
        "a message."
    )
    found = people(text)
    assert "the Secretary" not in found.get("Deputy Secretary", [])
    # the council names the office: one mention with it, as "NATO Deputy Secretary General …"
    assert found["Deputy Secretary"] == ["National Security Council Deputy Secretary"]


def test_the_secretary_of_a_state_page_is_the_secretary_titled_by_no_other_office() -> None:
    # State Department press briefing, 17 May 2022 (abridged): Austin is also "Defense Secretary"
    text = (
        "MR PRICE: Secretary Blinken spoke with his counterparts. Defense Secretary Austin met "
        "them too, and Secretary Austin will travel. The Secretary will host the ministers."
    )
    found = people(text, STATE_PAGE)
    assert found["Blinken"] == ["Secretary Blinken", "The Secretary"]


def test_the_secretary_of_a_briefing_is_the_secretary_it_speaks_of_most() -> None:
    # State Department press briefing, 26 April 2022 (abridged): both are "Secretary X"
    text = (
        "MR PRICE: Secretary Austin spoke about this earlier. We went to Chisinau with Secretary "
        "Blinken. Secretary Blinken announced more aid, as Secretary Blinken said. You heard from "
        "Secretary Blinken on the "
        "Hill. The Secretary of Defense addressed it, and Secretary Austin was referring to it. "
        "The Secretary looks forward to speaking more about our strategy."
    )
    found = people(text, STATE_PAGE)
    assert "The Secretary" in found["Blinken"]
    assert "The Secretary" not in found.get("Austin", [])


def test_the_secretary_of_a_briefing_is_no_one_when_two_secretaries_are_named_alike() -> None:
    text = (
        "MR PRICE: Secretary Kerry spoke with Secretary Blinken, and Secretary Kerry will travel. "
        "The Secretary looks forward to it."
    )
    found = people(text, STATE_PAGE)
    assert "The Secretary" not in found.get("Blinken", []) + found.get("Kerry", [])


def test_a_surname_that_names_a_city_after_an_office_is_its_holder() -> None:
    # State Department transcript, 11 April 2022 (abridged): Austin, Texas is a city too
    text = (
        "MINISTER JAISHANKAR: My senior colleague, Defense Minister Rajnath Singh, Secretary of "
        "State Blinken, Secretary of Defense Austin, it is a great pleasure. I thank Secretary "
        "Blinken and Secretary Austin for receiving us."
    )
    found = people(text, STATE_PAGE)
    assert found["Austin"] == ["Secretary of Defense Austin", "Secretary Austin"]
    assert found["Blinken"] == ["Secretary of State Blinken", "Secretary Blinken"]


def test_an_office_held_then_after_the_name_is_that_person() -> None:
    # Germany, General Debate 2016; Egypt, General Debate 1967 (abridged)
    text = (
        "When Willy Brandt, then Chancellor of the Federal Republic of Germany, spoke in the General "
        "Assembly, he said so. In 1956 Mr. Ben Gurion, then Prime Minister of Israel, declared that they "
        "would stay."
    )
    found = people(text)
    assert found["Willy Brandt"] == ["Willy Brandt", "Chancellor of the Federal Republic of Germany"]
    assert found["Ben Gurion"][-1] == "Prime Minister of Israel"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # State Department pages, 2022: a department's or bureau's official, its name before the office
        (
            "Department of Homeland Security Secretary Alejandro Mayorkas, U.S. Ambassador to Costa Rica "
            "Dr. Cynthia A. Telles joined their Costa Rican counterparts.",
            "Alejandro Mayorkas",
        ),
        (
            "Bureau of Near Eastern Affairs Assistant Secretary Yael Lempert met the delegation today.",
            "Yael Lempert",
        ),
    ],
)
def test_a_departments_official_is_a_person_not_the_department(text: str, holder: str) -> None:
    ex = extract(text, source_url=STATE_PAGE)
    assert holder in {a.name for a in ex.actors if a.type == "person"}
    assert not any(holder in a.name for a in ex.actors if a.type != "person")


def test_the_office_of_a_director_of_a_service_stays_one_body() -> None:
    text = "The Office of the Director of National Intelligence released its assessment."
    ex = extract(text, source_url=STATE_PAGE)
    assert "Office of the Director of National Intelligence" in {a.name for a in ex.actors}


def test_an_envoys_office_and_holder_are_one_person() -> None:
    # State Department briefings, 2021-2022: an envoy's or a special representative's office
    found = people("So our Special Envoy for Iran Robert Malley, he is currently in Washington.", STATE_PAGE)
    assert any("Envoy for Iran Robert Malley" in m for m in found["Robert Malley"])
    text = (
        "Special Representative for Afghanistan Tom West, Special Representative for Afghan Women, "
        "Girls, and Human Rights Rina Amiri, our Ambassador-at-Large."
    )
    assert any("Representative for Afghanistan Tom West" in m for m in people(text, STATE_PAGE)["Tom West"])


def test_the_next_offices_body_is_no_part_of_the_holders_name() -> None:
    # State Department, 2022 (a joint statement of the U.S.-AUC dialogue)
    text = (
        "Assistant Secretary of State for African Affairs Molly Phee, and AUC Commissioner for Political "
        "Affairs, Peace and Security Bankole Adeoye outlined the shared priorities."
    )
    found = people(text, STATE_PAGE)
    assert found.get("Molly Phee") == ["Assistant Secretary of State for African Affairs Molly Phee"]
    assert "Bankole Adeoye" in found


def test_a_portfolios_last_word_after_and_is_no_holders_name() -> None:
    # State Department, 2022 (the same statement): "Minerals" ends the portfolio, no given name
    text = (
        "Deputy Assistant Secretary Akunna Cook and AUC Commissioner for Economic Development, Tourism, "
        "Trade, Industry, and Minerals Albert Muchanga\nled a strategic discussion."
    )
    found = people(text, STATE_PAGE)
    assert [n for n in found if n.endswith("Albert Muchanga")] == ["Albert Muchanga"]
    assert found["Albert Muchanga"][0].endswith("Industry, and Minerals Albert Muchanga")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # State Department, 2022 (a joint statement of the U.S.-AUC dialogue)
        (
            "The dialogue was led by Secretary of State Antony Blinken and AUC Head of Delegation "
            "Chairperson Moussa Faki Mahamat. The AUC and United States reaffirmed their commitment.",
            "Secretary of State Antony Blinken",
            "AUC Head of Delegation Chairperson Moussa Faki Mahamat",
        ),
        # State Department, 2022 (a travel notice): the second holder was the first's title's end
        (
            "Special Presidential Envoy for Climate John Kerry, Special Advisor for Energy Security Amos "
            "Hochstein, and Bureau of Energy Resources Senior Bureau Official Harry Kamian will also "
            "participate.",
            "Advisor for Energy Security Amos Hochstein",
            "Bureau of Energy Resources Senior Bureau Official Harry Kamian",
        ),
    ],
)
def test_and_before_another_persons_title_ends_the_holders_name(text: str, first: str, second: str) -> None:
    found = {m for ms in people(text, STATE_PAGE).values() for m in ms}
    assert first in found
    assert second in found


def test_a_comma_before_the_next_persons_office_ends_the_holders_name() -> None:
    # State Department, 2022 (a trilateral call's readout): a list of three officials by their offices
    text = (
        "In a March 14 trilateral call, U.S. Special Representative for the DPRK Sung Kim, Japanese "
        "Ministry of Foreign Affairs Director General for Asian and Oceanian Affairs Bureau Funakoshi "
        "Takehiro, and ROK Special Representative for Korean Peninsula Peace and Security Affairs Noh "
        "Kyu-duk discussed the launches."
    )
    found = people(text, STATE_PAGE)
    assert any(m.endswith("Representative for the DPRK Sung Kim") for m in found["Sung Kim"])
    # the ministry's whole name titles him too, one span with the title (as tune6/ marks it)
    director = "Director General for Asian and Oceanian Affairs Bureau Funakoshi Takehiro"
    assert found["Funakoshi Takehiro"] == [f"Japanese Ministry of Foreign Affairs {director}"]
    assert "Noh Kyu-duk" in found


def test_a_senior_official_named_by_surname_is_the_person_named_before() -> None:
    # State Department, 2022: "Murray" had been a place (Murray, Kentucky), "Senior Official" no title
    text = (
        "The Department of State is pleased to announce that Matt Murray will be the new U.S. Senior "
        "Official for Asia-Pacific Economic Cooperation (APEC). Senior Official Murray brings a wealth "
        "of experience to this position as a career member of the Senior Foreign Service."
    )
    assert "Senior Official Murray" in people(text, STATE_PAGE).get("Matt Murray", [])


@pytest.mark.parametrize(
    ("text", "holder", "offices"),
    [
        # Australian press releases: a member's letterhead, ", MP" before the offices listed one
        # after another (Julie Bishop 2010, Scott Morrison 2010)
        (
            "The\u00a0Hon\u00a0Julie\u00a0Bishop,\u00a0MP\u00a0 Shadow\u00a0Minister\u00a0for\u00a0Foreign"
            "\u00a0Affairs\u00a0 Deputy\u00a0Leader\u00a0of\u00a0the\u00a0Opposition\u00a0 Member\u00a0for"
            "\u00a0Curtin\n\nGillard flounders on 'regional'  processing centre   25/10/10\n",
            "Julie Bishop",
            ["Shadow Minister for Foreign Affairs", "Deputy Leader of the Opposition"],
        ),
        (
            "Scott Morrison, MP  Shadow Minister for Productivity and Population  Shadow Minister for "
            "Immigration and Citizenship  Member for Cook\n\nMinister Bowen must address Parliament on "
            "detention crisis\n",
            "Scott Morrison",
            [
                "Shadow Minister for Productivity and Population",
                "Shadow Minister for Immigration and Citizenship",
            ],
        ),
        # the letters with stops (Kevin Rudd 2001, Mark Latham 2003)
        (
            "KEVIN RUDD M.P. Shadow Minister for Foreign Affairs\n\nMEDIA RELEASE\n",
            "Kevin Rudd",
            ["Shadow Minister for Foreign Affairs"],
        ),
        (
            "MARK LATHAM M.P.  Shadow Minister for Economic Ownership and Community\n\nMEDIA RELEASE\n",
            "Mark Latham",
            ["Shadow Minister for Economic Ownership and Community"],
        ),
    ],
)
def test_a_letterheads_offices_listed_after_the_name_are_its_holder(
    text: str, holder: str, offices: list[str]
) -> None:
    found = people(text)
    # the name and each office are the holder's mentions (where an office's mention ends is not
    # at issue here), and no office is a person of its own
    assert len(found.get(holder, [])) == 1 + len(offices)
    assert not any("Minister for" in name or "Leader of" in name for name in found)
