"""Sentences as demand finding needs them, also where the text lost what marks them.

Half the scraped U.S. Senate releases have no punctuation left: a full stop became a run of spaces
("…in Darfur  The Foreign Relations Committee approved…"), so the sentence splitter sees one
sentence of several thousand characters, and one demand swallowed a whole release. Releases
extracted from PDFs run a headline in capitals into the body ("SCRAP BUSINESS MIGRATION SCHEME
The Government…"). Both are split here; ordinary sentences pass through unchanged.
"""

from __future__ import annotations

import re

from .tokens import _add, sentences  # _add: a span without its outer white space

# Longer than nearly every punctuated sentence: only these are searched for lost boundaries.
LONG = 300
# A run of two or more spaces before a capital, where a full stop used to be.
GAP_RE = re.compile(r"[^\S\n]{2,}(?=[\"“‘(]?[A-Z0-9])")  # no-break spaces too (PDF text)
# Words after which a capital continues the phrase ("the  Chinese government", "Sen  Brownback").
GLUE = frozenset(
    """the a an of and or to in on at by for from with that as than is are was were be his her
    their its our my your this these those mr mrs ms dr sen sens senator senators rep reps gov st u s
    said says told according president secretary minister ambassador general""".split()
)
# A headline in capitals (three words or more) ending at a line break or a gap.
HEADLINE_RE = re.compile(
    r"(?m)^[ \t]*(?=[^\n]*[A-Z]{2})([^a-z\n]{12,}?)[ \t]*(?:\n|[ \t]{3,})(?=[^\n]*[a-z])"
)
# A headline in capitals running into the body on one line: "…: DEMOCRATS CALL FOR REVIEW OF
# POLICY The Democrats say…" (three capitalised words or more, then a sentence in mixed case).
CAPS_RUN_RE = re.compile(  # begins with a capital (not "\b"), so the engine skips other characters fast
    r"[A-Z][A-Z'’-](?<![\w'’-][A-Z][A-Z'’-])[A-Z'’-]*[^\S\n]+(?:[A-Z][A-Z'’-]+[^\S\n]+)+[A-Z][A-Z'’-]+"
    r"(?=[^\S\n]+[A-Z][a-z]+(?:[^\S\n]+[A-Z][\w'’-]*){0,3}[^\S\n]+[a-z])"
)
HEAD = 300  # characters from a sentence's start in which a headline may run into it
GAP3_RE = re.compile(r"[^\S\n]{3}")
WORD_BEFORE_RE = re.compile(r"([\w']+)\W*$")


def segments(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end), with lost boundaries restored."""
    return [span for s, e in sentences(text) for span in split(text, s, e)]


def split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence [s, e) cut where a headline runs into it or, in a long sentence without
    punctuation, where a full stop was lost; most come back whole."""
    multiline = text.find("\n", s, e) != -1
    # a headline runs into the body at the start of a sentence: only there is it looked for
    capitals = CAPS_RUN_RE.search(text, s, min(e, s + HEAD)) if e - s > 40 else None
    if e - s < LONG and not multiline and not capitals:
        return [(s, e)]
    cuts = _headline_ends(text, s, e) if multiline or GAP3_RE.search(text, s, e) else set()
    if capitals:
        cuts.add(capitals.end())
    if e - s >= LONG:
        cuts |= _gaps(text, s, e)
    out: list[tuple[int, int]] = []
    start = s
    for cut in sorted(cuts):
        _add(text, out, start, cut)
        start = cut
    _add(text, out, start, e)
    return out


def _headline_ends(text: str, s: int, e: int) -> set[int]:
    cuts = set()
    for m in HEADLINE_RE.finditer(text, s, e):
        if len(m.group(1).split()) >= 3:
            cuts.add(m.end(1))
    return cuts


def _gaps(text: str, s: int, e: int) -> set[int]:
    """Runs of spaces before a capital, unless the word before them continues into it."""
    if text.count(".", s, e) * LONG > e - s:
        return set()  # punctuated after all: its spaces are layout, not lost full stops
    cuts = set()
    for m in GAP_RE.finditer(text, s, e):
        before = WORD_BEFORE_RE.search(text, max(s, m.start() - 30), m.start())
        if before and before.group(1).lower() not in GLUE:
            cuts.add(m.start())
    return cuts
