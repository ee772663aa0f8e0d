"""Regex tokenizer with character offsets, and a sentence splitter aware of abbreviations.

Hand-rolled rather than spaCy: extraction must run at hundreds of statements a second on one core,
and all we need is word tokens with offsets and sentence spans.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# "U.S." and "e.g." stay one token; a possessive "'s" is split off so "Australia's" looks up
# "Australia"; inner apostrophes ("Hay'at") stay inside the word.
TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+(?:['’](?![sS]\b)[^\W_]+)*|['’][sS]\b|\S")


class Token(NamedTuple):
    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


def words(text: str) -> list[str]:
    return TOKEN_RE.findall(text)


def is_cap(tok: str) -> bool:
    return tok[:1].isupper()


# Abbreviations after which a full stop does not end the sentence.
ABBREV = frozenset(
    """mr mrs ms dr st sen rep gov gen lt col maj capt prof rev hon jr sr no nos vol art para fig
    jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp dept univ est approx vs etc
    cf al""".split()
)

_END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])|\n[ \t]*\n\s*")


def _is_abbrev(text: str, dot: int) -> bool:
    m = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1)
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]?", word) or len(word) == 1:
        return word not in ("U.S", "U.K", "U.N") or _abbrev_continues(text, dot)
    return word.lower().strip(".") in ABBREV


def _abbrev_continues(text: str, dot: int) -> bool:
    """After "U.S." the sentence goes on when the next word could continue a noun phrase."""
    nxt = re.match(r"\s+(\S+)", text[dot + 1 :])
    return bool(
        nxt
        and nxt.group(1)[:1].isupper()
        and len(nxt.group(1)) > 1
        and nxt.group(1).lower()
        not in ("the", "we", "it", "this", "they", "he", "she", "but", "and", "in", "on")
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) without surrounding white space.

    A blank line ends a sentence unless the text plainly runs on: PDF-extracted releases put
    blank lines inside sentences ("today\\n\\nurged the Minister").
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END_RE.finditer(text):
        if m.group().startswith("\n"):
            prev = text[: m.start()].rstrip()[-1:]
            nxt = text[m.end() : m.end() + 1]
            if nxt.islower() or prev in (",", ";", "-", "–", "(", "&"):
                continue
            end = m.start()
        else:
            if m.group()[0] == "." and _is_abbrev(text, m.start()):
                continue
            end = m.end()
        _add(text, spans, start, end)
        start = m.end()
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
