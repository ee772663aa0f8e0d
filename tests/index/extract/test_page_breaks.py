"""A call cut by a page break: the running header, the page number or a browser's print line a
PDF's text puts between its halves (layouts of the Australian releases, our own sentences)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.page_breaks import join_page_breaks
from advocacy_archive.index.extract.tokens import sentences

from .test_speakers import demand_with

HEADER = "ATTORNEY-GENERAL  THE HON ROBERT McCLELLAND MP\n\nTRANSCRIPT\n\n"
# A transcript whose every page opens with the minister's header, the word TRANSCRIPT and the
# page number, the sentence running on from one page to the next.
TRANSCRIPT = (
    HEADER + "Page: 1\n\n10 DECEMBER 2008\n\nROBERT MCCLELLAND: Today we announce the consultation. "
    "The committee will travel to every state. I think the states and territories should give\n\n"
    + HEADER
    + "Page: 2\n\nthe committee every help they can, because this is about the rights of all of us.\n\n"
    "QUESTION: When will it report?\n\nROBERT MCCLELLAND: By the end of next year.\n"
)
# A speech printed from a web page: the page's title and its address on every page.
PRINTED = (
    "Opening Address to the Conference, May 1999\n\nFirst, we have come a long way. "
    "Second, a society which becomes richer through change\n\n"
    "Opening Address to the Conference, May 1999\n\n"
    "http://www.example.edu.au/speeches/address.htm (5 of 7) [10/04/2002 3:37:51]\n\n"
    "should make provision for those who are left behind by it.\n\n"
    "Opening Address to the Conference, May 1999\n\n"
    "http://www.example.edu.au/speeches/address.htm (6 of 7) [10/04/2002 3:37:51]\n\n"
    "Third, we are better for it.\n"
)


def test_call_cut_by_a_running_header_is_read_whole() -> None:
    ex = extract(TRANSCRIPT, source_name="2008-12-10-australian-labor-party-211321304.txt")
    call = demand_with(ex.demands, "should give")
    assert "every help they can" in call.sentence  # the half after the header
    assert "territories should give" in call.sentence


def test_call_cut_by_a_browsers_print_line_is_read_whole() -> None:
    spans, joined = join_page_breaks(PRINTED, sentences(PRINTED))
    texts = [" ".join(PRINTED[s:e].split()) for s, e in spans]
    cut = next(t for t in texts if t.startswith("Second,"))
    assert cut.endswith("left behind by it.")
    assert len(joined) == 1
    # a sentence after the page's furniture that begins a new one stays apart
    assert "Third, we are better for it." in texts


def test_heading_before_a_sentence_is_no_page_break() -> None:
    text = "Budget measures\n\nKey points for the states\n\nthe funding rises by ten per cent.\n"
    spans, joined = join_page_breaks(text, sentences(text))
    assert not joined and len(spans) == len(sentences(text))


# A header numbered by its page is printed again with another number: no line repeats word for word.
NUMBERED = (
    "JOINT DOORSTOP INTERVIEW, CANBERRA, 12 MARCH 2009, PAGE 1\n\n"
    "We believe the government should give\n\n"
    "JOINT DOORSTOP INTERVIEW, CANBERRA, 12 MARCH 2009, PAGE 2\n\n"
    "the committee every help it can. The report is due in 2010.\n\n"
    "JOINT DOORSTOP INTERVIEW, CANBERRA, 12 MARCH 2009, PAGE 10\n\n"
    "Thank you.\n"
)


def test_call_cut_by_a_header_numbered_by_its_page_is_read_whole() -> None:
    spans, joined = join_page_breaks(NUMBERED, sentences(NUMBERED))
    texts = [" ".join(NUMBERED[s:e].split()) for s, e in spans]
    cut = next(t for t in texts if t.startswith("We believe"))
    assert cut.endswith("every help it can.")
    assert len(joined) == 1


def test_a_numbered_line_printed_once_is_no_header() -> None:
    text = NUMBERED.replace("PAGE 2", "EXTRA 2 PAGES")  # the second page's line is no longer like the others
    spans, joined = join_page_breaks(text, sentences(text))
    assert not joined
