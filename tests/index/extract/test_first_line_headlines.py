"""A page's first line is its headline when it ends without a stop at a line break: the headline's
call stands apart from the dateline and the body's first sentence, which the sentence splitter
read on into (real Senate and State Department pages)."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract.segments import split

from .test_speakers import extracted

# The head of a Senate release of 4 December 2007 (us-senate corpus, 04Dec2007Biden6.txt).
BIDEN = (
    "\n            \tSenators Call on Bush to Help Poorest Nations Deal with Consequences of Climate Change\n"
    "             December 4, 2007 \n As international talks in Bali begin, Senators Menendez, Biden,"
    " Kerry, Sanders, Dodd and Bingaman look toward adaptation assistance   Washington, DC - As the"
    " largest-ever world climate change conference gets underway in Bali, a group of U.S. Senators, led"
    " by Sen. Robert Menendez (D-NJ), is urging President Bush to help poorer nations cope with the"
    " problems caused by climate change."
)


def _sentences(text: str) -> list[str]:
    start = len(text) - len(text.lstrip())
    return [text[s:e] for s, e in split(text, start, len(text))]


def test_title_case_headline_is_a_sentence_of_its_own() -> None:
    found = _sentences(BIDEN)
    headline = "Senators Call on Bush to Help Poorest Nations Deal with Consequences of Climate Change"
    assert found[0] == headline
    assert found[1].startswith("December 4, 2007")


def test_headline_in_capitals_after_an_abbreviation_stands_apart(corpus: Path) -> None:
    # U.S. Senate: "SENS. BIDEN/LUGAR RESOLUTION CALLING ON INTERNATIONAL COMMUNITY TO SUPPORT
    # PEACEKEEPERS IN DARFUR PASSES SENATE\n  Today, the Senate unanimously passed S. Res. 432, …"
    ex = extracted(corpus, "us-senate", "8Feb2008Lugar41.txt")
    heads = [d for d in ex.demands if d.sentence.startswith("BIDEN/LUGAR RESOLUTION")]
    assert len(heads) == 1 and heads[0].sentence.endswith("IN DARFUR PASSES SENATE")
    # the headline's call and the body's "urging President Bush" are two demands, as annotated
    ex = extracted(corpus, "us-senate", "04Dec2007Biden6.txt")
    assert any(d.sentence.endswith("Deal with Consequences of Climate Change") for d in ex.demands)
    assert any("is urging President Bush" in d.sentence and "December 4" in d.sentence for d in ex.demands)


def test_a_printed_line_of_the_body_is_no_headline() -> None:
    # a line that wraps mid-sentence (Michael Keenan's release of 11 January 2010, shortened):
    # lower-case words, so no headline, and the sentence reads on
    text = (
        "Acting Shadow Minister for Immigration and Citizenship Michael Keenan has today called on the Rudd\n"
        "Government to reveal how they intend to accommodate the growing number of asylum seekers."
    )
    assert len(_sentences(text)) == 1
