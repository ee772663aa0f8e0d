"""Sentences a page break cut: the running header a PDF prints on every page, its page number or
a browser's print line stand between the two halves ("…But, I'm\\n\\nATTORNEY-GENERAL  THE HON
ROBERT McCLELLAND MP\\n\\nTRANSCRIPT\\n\\nPage: 3\\n\\nvery happy to answer…"). In the 14,145
Australian releases 279 texts have such headers, cutting about 290 sentences, some of them
calls ("…the\\n\\n<header>\\n\\ninternational community at large should also recognise…"); the
halves are joined again here, header and all, so the call is read whole.

Page furniture is a line printed again elsewhere in the text word for word (the header), a page
number, or a browser's print line ("http://…/austunlimited.htm (5 of 7) [10/04/2002 3:37:51]").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

PAGE_RE = re.compile(r"(?i)(?:page:?\s*)?[-–(]?\s*\d{1,3}\s*[-–)]?(?:\s*(?:of|/)\s*\d{1,3})?")
PRINTED_RE = re.compile(r"(?:https?|file):/\S*.*\(\d+ of \d+\).*")
LINE_SPLIT_RE = re.compile(r"[^\S\n]*\n\s*")
FURNITURE_MAX = 200  # a header line is short; a paragraph repeated in a text is no furniture
FURNITURE_LINES = 8  # sentences of furniture at most between the halves
OPEN_ENDS = ",;-–"  # a sentence cut after a word or these


# Digits aside, "Page 3 of 4 Joint Doorstop Interview" is the header of page 2 too.
DIGITS_RE = re.compile(r"\d+")


class PageBreaks:
    """The page furniture of one text, its repeated lines counted at the first question."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._counts: Counter[str] | None = None
        self._numbered: dict[str, list[str]] | None = None

    def furniture(self, line: str) -> bool:
        line = line.strip()
        if not line or len(line) > FURNITURE_MAX:
            return False
        if PAGE_RE.fullmatch(line) or PRINTED_RE.fullmatch(line):
            return True
        if self._counts is None:  # the lines counted in C: keying each in Python cost 1 ms a text
            self._counts = Counter(map(str.strip, self.text.split("\n")))
        if self._counts[line] > 1:
            return True
        if not DIGITS_RE.search(line):
            return False
        # a header numbered by its page: its like, numbered apart. The text's lines are keyed
        # once, at the first such question: keying them all again for each numbered line asked
        # about cost a substitution per line of the text per line asked (95,000 over every third
        # benchmark text).
        if self._numbered is None:
            self._numbered = {}
            for other in self._counts:
                self._numbered.setdefault(DIGITS_RE.sub("#", other), []).append(other)
        return any(
            other != line and abs(len(other) - len(line)) <= 3
            for other in self._numbered.get(DIGITS_RE.sub("#", line), ())
        )

    def continued_at(self, start: int, end: int) -> int | None:
        """Where the sentence [start, end) resumes after the furniture lines it begins with, at a
        lower-case word; None when it begins with none or resumes with none."""
        at = start
        for gap in LINE_SPLIT_RE.finditer(self.text, start, end):
            if not self.furniture(self.text[at : gap.start()]):
                return None
            at = gap.end()
            if self.text[at : at + 1].islower():
                return at
        return None

    def all_furniture(self, start: int, end: int) -> bool:
        at = start
        for gap in LINE_SPLIT_RE.finditer(self.text, start, end):
            if not self.furniture(self.text[at : gap.start()]):
                return False
            at = gap.end()
        return self.furniture(self.text[at:end])


# A line resuming in lower case after a blank line: where a page break can have cut a sentence.
# Found first, so a text without one (most) costs one search.
RESUMED_RE = re.compile(r"\n[^\S\n]*\n\s*(?=[a-z])")


def join_page_breaks(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """`spans` with each sentence a page's furniture cut joined to its rest, and the starts of
    the joined sentences (no headline splitting for them: the header in capitals is none)."""
    resumed = [m.end() for m in RESUMED_RE.finditer(text)]
    if not resumed:
        return spans, set()
    breaks = PageBreaks(text)
    starts = [s for s, _ in spans]
    merges: dict[int, int] = {}  # the cut sentence's index -> the index of its rest
    for at in resumed:
        j = bisect.bisect_right(starts, at) - 1
        # a sentence begun in lower case after a blank line has no furniture before it
        if 0 < j and starts[j] < at and j not in merges.values() and breaks.continued_at(*spans[j]) == at:
            i = _cut(text, breaks, spans, j)
            if i is not None:
                merges[i] = j
    if not merges:
        return spans, set()
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(spans):
        if i in merges:
            out.append((spans[i][0], spans[merges[i]][1]))
            i = merges[i] + 1
        else:
            out.append(spans[i])
            i += 1
    return out, {spans[i][0] for i in merges}


def _cut(text: str, breaks: PageBreaks, spans: list[tuple[int, int]], j: int) -> int | None:
    """The sentence a page's furniture cut from its rest spans[j]: the last before it that is no
    furniture, when only whole furniture sentences (a header, "TRANSCRIPT") stand between, on
    lines of their own, and it ends in a word."""
    for i in range(j - 1, max(-1, j - FURNITURE_LINES), -1):
        s, e = spans[i]
        if "\n" not in text[e : spans[i + 1][0]]:
            return None  # the next sentence on the same line: no page break
        if breaks.all_furniture(s, e):
            continue
        # a header ends in a word too, but is no sentence cut: one in capitals printed on two
        # pages only ("The last\n\nPRIME MINISTER\n\n2\n\nthing the leaders…") is left as
        # it is: its capitals would be read as the sentence's subject
        open_end = text[e - 1].isalnum() or text[e - 1] in OPEN_ENDS
        return i if open_end and not text[s:e].isupper() else None
    return None
