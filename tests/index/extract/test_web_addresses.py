"""Web and e-mail addresses name no actor: the words of a host or a mailbox ("RFJ_USA",
"FEMA.DHS.GOV", "Justine.sywak@…") are a machine's, so no mention lies inside one, while the names
the sentences around them give are still found."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.web_addresses import address_spans


def inside_address(text: str) -> list[str]:
    """Every actor mention of `text` that lies inside one of its addresses, as written."""
    spans = address_spans(text)
    found = extract(text).actors
    return [text[s:e] for a in found for s, e in a.mentions if any(a0 <= s < a1 for a0, a1 in spans)]


# us-state-dept: the last lines of every Rewards for Justice page.
RFJ = (
    "Since its inception in 1984, the program has paid in excess of $200 million to more than 100 people "
    "across the globe who provided actionable information that helped prevent terrorism, bring terrorist "
    "leaders to justice, and resolve threats to U.S. national security. Follow us on Twitter at "
    "https://twitter.com/RFJ_USA ."
)


def test_a_twitter_address_names_neither_the_program_nor_the_state() -> None:
    assert inside_address(RFJ) == []
    united_states = [a for a in extract(RFJ).actors if a.name == "United States"]
    assert [RFJ[s:e] for a in united_states for s, e in a.mentions] == ["U.S."]


# White House (bulk): the last line of a presidential disaster declaration.
FEMA = (
    "Deanne Criswell, Administrator, Federal Emergency Management Agency (FEMA), Department of Homeland "
    "Security, named DuWayne Tewes as the Federal Coordinating Officer for Federal recovery operations in "
    "the affected areas.\nFOR FURTHER INFORMATION MEDIA SHOULD CONTACT THE FEMA NEWS DESK AT (202) "
    "646-3272 OR FEMA-NEWS-DESK@FEMA.DHS.GOV.\n###"
)


def test_an_e_mail_address_adds_no_mention_of_its_agency_or_department() -> None:
    assert inside_address(FEMA) == []
    names = {a.name: len(a.mentions) for a in extract(FEMA).actors}
    assert names["Federal Emergency Management Agency"] == 3  # its name, "(FEMA)", "THE FEMA NEWS DESK"
    assert names["U.S. Department of Homeland Security"] == 1


# press-releases: the contact line of a 2015 Australian minister's release.
CONTACT = "Media contact:\n\nJustine Sywak | 0448 448 487 | Justine.sywak@communications.gov.au\n"


def test_a_contacts_mailbox_is_no_second_mention_of_her() -> None:
    assert inside_address(CONTACT) == []
    assert [len(a.mentions) for a in extract(CONTACT).actors if a.name == "Justine Sywak"] == [1]


def test_the_shapes_of_address_found_and_words_that_are_none() -> None:
    # hrw-news source notes, a State Department contact line, a White House briefing
    text = (
        "Human Rights Watch dispatch, April 28, 2021, https://www.hrw.org/news/2021/04/28/x. "
        "Contact the Bureau of Counterterrorism at CTPublicAffairs@state.gov or see www.state.gov and "
        "ChildTaxCredit.gov, e.g. the U.S. site."
    )
    found = [text[s:e] for s, e in address_spans(text)]
    assert found == [
        "https://www.hrw.org/news/2021/04/28/x.",
        "CTPublicAffairs@state.gov",
        "www.state.gov",
        "ChildTaxCredit.gov",
    ]
    # a list of sources sets the next name after a semicolon with no space (a White House fact sheet)
    listed = "Horizontal Merger Guidelines (2010), https://www.justice.gov/hmg-2010.pdf;Marc Ivaldi et al."
    assert [listed[s:e] for s, e in address_spans(listed)] == ["https://www.justice.gov/hmg-2010.pdf"]


def test_the_runs_searched_find_what_the_whole_text_search_finds() -> None:
    # address_spans searches only the runs of non-space characters that hold a hint: the spans must
    # be those of the pattern over the whole text, at the text's edges, after punctuation and where
    # one run holds two addresses (the contact line above, a hrw-news source note's list)
    from advocacy_archive.index.extract.web_addresses import ADDRESS_RE

    texts = [
        CONTACT,
        FEMA,
        RFJ,
        "www.minister.border.gov.au",
        "(see https://www.hrw.org/report;https://www.state.gov/x) and media@deewr.gov.au.",
        "Visit state.gov/j/drl\tor WWW.USAID.GOV,unhcr.org — e.g. U.S. policy.",
        "no address at all: the www and the org",
    ]
    for text in texts:
        assert address_spans(text) == [m.span() for m in ADDRESS_RE.finditer(text)]
