"""A document's title: the headline a reader would cite, and where it came from (`title_source`).

In order: the page's or e-mail's own title ("page", "header"), a Markdown heading ("markdown"), a
title the file name gives by a known convention ("file-name": a UN General Debate speech is
"Jordan, General Debate, 68th session, 2013"), the first line of the text that reads as a
headline ("text"), the PDF or DOCX title property ("pdf-metadata", "docx-metadata": template
names and file names are common there, so the text goes first), and last a stand-in from the
first sentence, cut at a word ("stand-in"). "text" and "stand-in" are guesses, re-derived when
the rules improve (index/record_upgrade.py); a user's own title will win over all of them.

A headline is looked for above the body only: letterhead, labels, dates and other furniture
(index/furniture.py) are skipped, a headline wrapped over two lines is joined, and the first
paragraph of prose ends the search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ...models import ReadResult
from .furniture import is_furniture
from .text_dates import ANY_DATE, WEEKDAY, head_lines
from .un_debates import speech_of

MAX_TITLE_CHARS = 150
_MAX_TITLE_WORDS = 25
_MIN_SENTENCE_WORDS = 6
_HEAD_LINES = 15
_STAND_IN_CHARS = 100
_OWN_TITLE_SOURCES = {"html": "page", "eml": "header", "md": "markdown"}
_PROPERTY_SOURCES = {"pdf": "pdf-metadata", "docx": "docx-metadata"}
GUESSED_SOURCES = frozenset({"text", "stand-in"})

_ENDS_MID_SENTENCE = re.compile(
    r"(?:,|\b(?:a|an|the|and|or|of|to|in|on|at|for|with|by|from|that|its|their|his|her|our|this|these|"
    r"who|which))$",
    re.IGNORECASE,
)
# Words whose full stop ends no sentence: "Sen. McConnell", "U.S. Senator", "Mr. President".
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|St|No|Nos|Jr|Sr|Inc|Ltd|Co|"
    r"Corp|Dept|Prof|Hon|Rev|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\.$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[A-Z\"“])")


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence's closing punctuation (abbreviations are not ends)."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 6) : match.start() + 1]
        if text[match.start()] == "." and _ABBREVIATION.search(before):
            continue
        ends.append(match.start() + 1)
    return ends


_LEADING_LABEL = re.compile(
    r"^(?:(?:joint\s+)?(?:media|press|news)\s+(?:release|statement)s?|e&oe\s+transcript|transcript)\s*[:\-–—]\s*",
    re.IGNORECASE,
)
# A release line or a date opening a headline: "FOR IMMEDIATE RELEASE August 16 2007 Schumer To …",
# "05 23 2006 John Kerry Fights …".
_LEADING_DATE = re.compile(
    rf"^(?:for\s+immediate\s+release\s*:?\s*|date\s*:?\s*)?(?:{WEEKDAY},?\s+)?"
    r"(?:\d{1,2}\s+\d{1,2}\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4})\s+|^for\s+immediate\s+release\s*:?\s*",
    re.IGNORECASE,
)
_TRAILING_DEBRIS = re.compile(r"(?:\s+[^\w\s]{1,3})+$")  # punctuation standing alone, as OCR leaves it
_DATELINE = re.compile(r"^(?:\([^)]{2,60}\)|[A-Z][\w.,' ]{1,40}?)\s*(?:–|—|--|-)\s+")


@dataclass(frozen=True)
class Title:
    text: str
    source: str


def choose_title(read: ReadResult, path: Path) -> Title:
    """The title of a document read from `path`, and its source."""
    own = _tidy(read.title or "")
    if own and read.format in _OWN_TITLE_SOURCES:
        return Title(own, _OWN_TITLE_SOURCES[read.format])
    speech = speech_of(path.name)
    if speech is not None:
        return Title(speech.title, "file-name")
    found = headline(read.text)
    if found:
        return Title(found, "text")
    if own and read.format in _PROPERTY_SOURCES and not is_furniture(own):
        return Title(own, _PROPERTY_SOURCES[read.format])
    return Title(stand_in(read.text) or path.stem, "stand-in")


def _tidy(line: str) -> str:
    """Spaces collapsed, stray punctuation at the end dropped ("ELECTORATE TALK . ." → "ELECTORATE TALK")."""
    return _TRAILING_DEBRIS.sub("", " ".join(line.split()))


def _clean_candidate(line: str) -> str:
    """A line without a leading label or date: "Media Release: Greens welcome …" → "Greens welcome …"."""
    line = _LEADING_LABEL.sub("", line)
    line = _LEADING_DATE.sub("", line)
    return _tidy(line)


def _blocks(lines: list[str]) -> list[str]:
    """Lines joined where the next one carries on the sentence (it begins in lower case)."""
    blocks: list[str] = []
    for line in lines:
        if blocks and line[:1].islower():
            blocks[-1] = f"{blocks[-1]} {line}"
        else:
            blocks.append(line)
    return blocks


# A letterhead printed in a display type that a scan reads as each letter several times over
# ("LLLLLLL LA AAAAAAAUUUUUUUU…"): no words at all.
_STAMPED = re.compile(r"(\w)\1{2,}")


def _stamped(words: list[str]) -> bool:
    """Whether most of `words` are mostly runs of one letter repeated."""
    runs = sum(1 for w in words if sum(len(m.group()) for m in _STAMPED.finditer(w)) * 2 > len(w))
    return runs * 2 > len(words)


def reads_as_headline(block: str) -> bool:
    """Short, one unit of sense, not cut off mid-sentence, made of words."""
    words = block.split()
    return (
        not _stamped(words)
        and 2 <= len(words) <= _MAX_TITLE_WORDS
        and len(block) <= MAX_TITLE_CHARS
        and not sentence_ends(block)
        and _ENDS_MID_SENTENCE.search(block) is None
    )


def _is_prose(block: str) -> bool:
    """A paragraph of the body (long, or a sentence closed by a full stop, which a headline is not
    unless short or in capitals): a headline never comes after one."""
    words = block.split()
    sentence = block.endswith(".") and len(words) >= _MIN_SENTENCE_WORDS and not block.isupper()
    return sentence or len(block) > MAX_TITLE_CHARS or len(words) > _MAX_TITLE_WORDS


def headline(text: str) -> str | None:
    """The first line near the top of `text` that reads as a headline, or None."""
    for raw in _blocks(head_lines(text, collapse=False))[:_HEAD_LINES]:
        block = " ".join(raw.split())
        candidate = _clean_candidate(block)  # "FOR IMMEDIATE RELEASE August 1 2006 Schumer …"
        if not candidate or is_furniture(candidate):
            continue
        if _is_prose(block):
            return _head_of_run_on(raw)
        if reads_as_headline(candidate):
            return candidate
    return None


_GAP = re.compile(r"\s{2,}")
_A_DATE = re.compile(ANY_DATE, re.IGNORECASE)
# "Senate Orders GAO Probe … Global Poverty Washington-- The United States Senate has …"
_RUN_ON_DATELINE = re.compile(r"^(?P<head>.{10,150}?)\s+[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*){0,2}\s*--\s")
_MIN_CAPITALISED = 0.6  # of the words of four letters or more: headline style, not a sentence


def _head_of_run_on(raw: str) -> str | None:
    """A headline run into the body on one line by a scraper or a PDF converter, ended by a
    dateline or by a gap of two spaces where a line ended ("Treat West Papuans like East
    Timorese  Senator Nettle, 19th January 2006  Australian Greens …")."""
    flat = " ".join(raw.split())
    dateline = _RUN_ON_DATELINE.match(flat)
    pieces = [dateline["head"]] if dateline else []
    dated = _A_DATE.search(flat, 15)  # "MCCAIN SUPPORTS … SANCTIONS July 26 2006 Washington D C …"
    if dated and dated.start() <= MAX_TITLE_CHARS:
        pieces.append(flat[: dated.start()])
    gap = _GAP.search(raw)
    if gap and raw[gap.end() : gap.end() + 1].isupper():
        pieces.append(raw[: gap.start()])
    for piece in pieces:
        candidate = _clean_candidate(piece)
        long_words = [w for w in candidate.split() if len(w) >= 4]
        capitalised = sum(w[:1].isupper() for w in long_words)
        if (
            len(candidate.split()) >= 3
            and reads_as_headline(candidate)
            and not is_furniture(candidate)
            and capitalised >= _MIN_CAPITALISED * len(long_words)
        ):
            return candidate
    return None


def stand_in(text: str) -> str | None:
    """The first sentence of the body, without its dateline, cut at a word when long. Paragraphs
    of prose go first ("Mr. President," alone is no sentence), and a sentence that is furniture
    itself (an e-mail address and a web site) is passed over."""
    blocks = _blocks(head_lines(text, 4_000))
    prose = [b for b in blocks if _is_prose(b)]
    short = [b for b in blocks if not _is_prose(b) and not is_furniture(b)]
    for block in prose + short:
        body = _DATELINE.sub("", _clean_candidate(block), count=1)
        ends = sentence_ends(body)
        sentence = (body[: ends[0]] if ends else body).strip()
        if sentence and not is_furniture(sentence[:_STAND_IN_CHARS]):
            return _cut(sentence)
    return None


def _cut(sentence: str) -> str:
    if len(sentence) <= _STAND_IN_CHARS:
        return sentence
    return sentence[: _STAND_IN_CHARS + 1].rsplit(" ", 1)[0].rstrip(",;:–—- ") + "…"
