"""Titles a reader would cite: the headline past letterhead and furniture, letter-spaced capitals
read as words, UN speeches by state, session and year, a stand-in that never ends mid-word.
Real files from ../shared/corpus (read there, never copied into the repository)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.ingest.record.text_repair import repair_text
from advocacy_archive.index.ingest.record.titles import choose_title, headline, stand_in
from advocacy_archive.index.ingest.record.un_debates import speech_of, state_name
from advocacy_archive.index.models import ReadResult


def title_of(path: Path) -> str:
    text = repair_text(path.read_text(encoding="utf-8")).text
    return choose_title(ReadResult(text=text, format="txt"), path).text


@pytest.mark.parametrize(
    ("name", "title"),
    [
        # MEDIA RELEASE, the minister's name and office, a date: then the headline
        ("2012-05-12-clare-jason-211373058.txt", "31 Boats Due To Abbott’s Obstinacy"),
        # UNCLASSIFIED, THE HON … MP, MEDIA RELEASE, a date
        ("2010-07-14-australian-labor-party-211341499.txt", "Border Protection Command intercepts vessel"),
        # "No. Date THE HON. TONY STREET, M.P." and a reference number
        ("1981-04-02-street-anthony-213767334.txt", "FOOD AID FOR AFGHAN REFUGEES"),
        # CHRIS BOWEN MP, his office and *TRANSCRIPT*
        ("2011-07-26-claire-bolderson-211358044.txt", "INTERVIEW WITH CLAIRE BOLDERSON, BBC NEWSHOUR"),
        # "N E W S  R E L E A S E . ;FRO.M THE ^ IM IS T E R", OCR debris, a reference number
        ("1976-08-31-mackellar-michael-213718290.txt", "VIETNAMESE REFUGEES RESCUED AT SEA"),
        # a headline run into the body on one line, ended by a two-space gap
        ("2006-01-19-australian-greens-211288681.txt", "Treat West Papuans like East Timorese"),
    ],
)
def test_the_headline_past_letterhead_and_furniture(corpus: Path, name: str, title: str) -> None:
    assert title_of(corpus / "press-releases" / name) == title


def test_a_senate_release_is_titled_without_its_release_line(corpus: Path) -> None:
    title = title_of(corpus / "us-senate" / "01Aug2006Schumer368.txt")
    assert title.startswith("Schumer Gianaris Gioia Vallone Queens Businesses Must Get Full Restitution")


FURNITURE = re.compile(
    r"^(?:MEDIA RELEASE|UNCLASSIFIED|CHRIS BOWEN MP|No\. Date|PRIME MINISTER|TRANSCRIPT|E&OE)$|https?://|www\.",
    re.IGNORECASE,
)


def test_no_press_release_is_titled_by_page_furniture(corpus: Path) -> None:
    titles = [title_of(path) for path in sorted((corpus / "press-releases").glob("*.txt"))]
    assert not [t for t in titles if FURNITURE.search(t)]
    assert not [t for t in titles if re.search(r"(?:\b\w ){4,}\w\b", t)]  # letter-spaced
    assert sum(len(t.split()) < 2 for t in titles) < len(titles) * 0.01


def test_letter_spaced_capitals_are_stored_and_indexed_as_words(archive_dir: Path, corpus: Path) -> None:
    path = corpus / "press-releases" / "1976-08-31-mackellar-michael-213718290.txt"
    assert "N E W S  R E L E A S E" in path.read_text(encoding="utf-8")
    with Archive.open(archive_dir) as archive:
        (outcome,) = archive.import_paths([path], jobs=1).imported
        doc = archive.document(outcome.doc_id)
        assert doc.text.startswith("vfa^. ' ^ W\n\nNEWS  RELEASE")
        assert "letter-spacing" in doc.text_repairs
        assert archive.search('"news release"').total == 1


def test_a_un_speech_is_titled_by_state_session_and_year(corpus: Path) -> None:
    assert (
        title_of(corpus / "un-speeches" / "JOR_68_2013.txt") == "Jordan, General Debate, 68th session, 2013"
    )
    assert (
        title_of(corpus / "un-speeches" / "EU_71_2016.txt")
        == "European Union, General Debate, 71st session, 2016"
    )


def test_every_un_speech_names_its_state(corpus: Path) -> None:
    for path in (corpus / "un-speeches").glob("*.txt"):
        speech = speech_of(path.name)
        assert speech is not None and speech.state and "," not in speech.state, path.name
    assert state_name("COD") == "Democratic Republic of the Congo"
    assert state_name("SYR") == "Syria"


def test_a_stand_in_is_the_first_sentence_cut_at_a_word(seeds: list[Path]) -> None:
    # The Coalition's release has no headline: its first paragraph opens with a dateline.
    text = seeds[1].read_text(encoding="utf-8")
    assert headline(text) is None
    found = stand_in(text)
    assert found is not None and found.startswith("On Tuesday, the Syrian Emergency Task Force")
    assert found.endswith("…")
    cut = found.removesuffix("…")
    assert text.replace("\n", " ").find(cut + " ") >= 0  # the next character starts a new word


def test_a_speech_opening_is_not_a_headline(corpus: Path) -> None:
    # "It is an honour to join the Assembly / today. I congratulate …": a wrapped sentence.
    text = (corpus / "un-speeches" / "JOR_68_2013.txt").read_text(encoding="utf-8")
    assert headline(text) is None
    assert stand_in(text) == "It is an honour to join the Assembly today."


def test_the_pages_own_title_wins(corpus: Path, archive_dir: Path) -> None:
    path = corpus / "us-state-dept" / "2022-05-13-joint-statement-on-syria.html"
    with Archive.open(archive_dir) as archive:
        (outcome,) = archive.import_paths([path], jobs=1).imported
        doc = archive.document(outcome.doc_id)
    assert (doc.title, doc.title_source) == ("Joint Statement on Syria", "page")


def test_a_letterhead_scanned_as_repeated_letters_is_no_title(corpus: Path) -> None:
    # Labor's 2002 letterhead is printed in a type a scan reads as each letter eight times over
    text = (corpus / "press-releases" / "2002-07-08-australian-labor-party-211245197.txt").read_text(
        encoding="utf-8"
    )
    assert text.lstrip().startswith("L L L L")
    title = headline(text)
    assert title is None or not re.search(r"(\w)\1\1", title)
    assert (
        headline("AAA Rating Cut For Greece\n\nThe agency cut the rating today.")
        == "AAA Rating Cut For Greece"
    )
