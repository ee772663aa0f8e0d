"""Whose quotation a sentence goes on in a scraped page that lost its punctuation.

Senate releases were scraped without full stops and quotation marks (lost_stops.py): '"…all the
victims of 9/11," said Maloney. "Our country must act with compassion…"' reads "…victims of 9 11
said Maloney   Our country must act with compassion…". The sentences after the attribution, in the
same paragraph, go on the quotation its speaker began: a press release names a speaker after the
first sentence of his quotation and not again. A paragraph ends at a wider run of spaces (a lost
line break, "…immigration status          Many of those…") or at a line break, and the next
attribution begins the next speaker's quotation.
"""

from __future__ import annotations

import re

from . import lost_stops

# Verbs that attribute the quotation before them; the name comes after or before the verb.
ATTRIBUTING = r"said|says|added|adds|stated|continued"
# A name as a release writes it: capitalised words, maybe with "of"/"the" between ("Senator
# Kennedy", "Dr  Coburn", "Chairman of the Committee Joe Biden"), one or two spaces apart (a lost
# stop's run after it begins the quotation).
NAME_RUN = r"(?:[A-Z][\w’'-]*[^\S\n]{1,2}(?:(?:of|for|the)[^\S\n]{1,2})*){0,5}[A-Z][\w’'-]*"
# The run of spaces a lost stop and quotation marks leave inside a paragraph ('." "' is three
# spaces, four or six where the page put two after a stop); a paragraph's end leaves eight or more.
PARAGRAPH_RUN = 8
IN_PARAGRAPH = rf"[^\S\n]{{{lost_stops.WIDE},{PARAGRAPH_RUN - 1}}}"
# What a release writes after the speaker's name, its comma lost to two spaces: a relative clause or an
# apposition ("said Councilman Eric Gioia  who represents Woodside … in the New York City Council   Small
# businesses are…", "said Sen  Cardin  a Member of the Senate Foreign Relations Committee    It…"). It
# runs to the lost stop; a run of three spaces inside it would be that stop, so it holds none.
DESCRIBED = r"(?:[^\S\n]{2}(?-i:who|a|an|the)[^\S\n](?:(?![^\S\n]{3})[^\n]){1,200}?)?"
ATTRIBUTION_RE = re.compile(
    rf"(?:(?:{ATTRIBUTING})[^\S\n]+(?P<after>{NAME_RUN}){DESCRIBED}"
    rf"|(?P<before>{NAME_RUN})[^\S\n]+(?:{ATTRIBUTING}))"
    rf"{IN_PARAGRAPH}(?=[A-Z])"
)
# What every attribution ends with: the spaces of a lost stop before a capital. A sentence with no
# such run in the reach before it (most sentences: pages that kept their punctuation) has no
# attribution to read, and neither the paragraph's end nor the attributions are sought.
LOST_STOP_RE = re.compile(rf"{IN_PARAGRAPH}(?=[A-Z])")
PARAGRAPH_END_RE = re.compile(rf"[^\S\n]{{{PARAGRAPH_RUN},}}|\n")
REACH = 600  # how far back: a quotation runs some four sentences, a longer stretch is narration again


def speaker_before(text: str, start: int) -> tuple[int, int] | None:
    """The span of the name in the last attribution before `start` in its paragraph, in a page
    that lost its punctuation: whose quotation the sentence at `start` goes on. None when no
    attribution without a stop ends the paragraph's sentence before it."""
    back = max(0, start - REACH)
    if LOST_STOP_RE.search(text, back, start + 1) is None:
        return None
    ends = [m.end() for m in PARAGRAPH_END_RE.finditer(text, back, start)]
    if ends:
        back = ends[-1]
    last = None
    for m in ATTRIBUTION_RE.finditer(text, back, start + 1):  # its look-ahead reads the sentence's capital
        if m.end() <= start:
            last = m
    if last is None:
        return None
    group = "after" if last.group("after") else "before"
    return last.start(group), last.end(group)
