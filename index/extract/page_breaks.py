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

import re
from collections import Counter

PAGE_RE = re.compile(r"(?i)(?:page:?\s*)?[-–(]?\s*\d{1,3}\s*[-–)]?(?:\s*(?:of|/)\s*\d{1,3})?")
PRINTED_RE = re.compile(r"(?:https?|file):/\S*.*\(\d+ of \d+\).*")
LINE_SPLIT_RE = re.compile(r"[^\S\n]*\n\s*")
FURNITURE_MAX = 200  # a header line is short; a paragraph repeated in a text is no furniture
FURNITURE_LINES = 8  # sentences of furniture at most between the halves
OPEN_ENDS = ",;-–"  # a sentence cut after a word or these


DIGITS_RE = re.compile(r"\d+")


def _key(line: str) -> str:
    """A line as every page prints it: "Page 3 of 4 Joint Doorstop Interview" is the header of
    page 2 too."""
    return DIGITS_RE.sub("#", " ".join(line.split()))


class PageBreaks:
    """The page furniture of one text, its repeated lines counted at the first question."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._repeated: set[str] | None = None

    def furniture(self, line: str) -> bool:
        line = " ".join(line.split())
        if not line or len(line) > FURNITURE_MAX:
            return False
        if PAGE_RE.fullmatch(line) or PRINTED_RE.fullmatch(line):
            return True
        if self._repeated is None:
            counts = Counter(_key(ln) for ln in self.text.split("\n"))
            self._repeated = {ln for ln, n in counts.items() if n > 1 and ln.strip()}
        return _key(line) in self._repeated

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


def join_page_breaks(text: str, spans: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], set[int]]:
    """`spans` with each sentence a page's furniture cut joined to its rest, and the starts of
    the joined sentences (no headline splitting for them: the header in capitals is none)."""
    if text.count("\n\n") < 2:
        return spans, set()  # one page, or a text without blank lines
    breaks = PageBreaks(text)
    out: list[tuple[int, int]] = []
    joined: set[int] = set()
    i = 0
    while i < len(spans):
        s, e = spans[i]
        open_end = text[e - 1].isalnum() or text[e - 1] in OPEN_ENDS
        # a header ends in a word too, but is no sentence cut: a repeated one, or one in capitals
        # printed on two pages only ("The last\n\nPRIME MINISTER\n\n2\n\nthing the leaders…",
        # left as it is: its capitals would be read as the sentence's subject)
        header = text[s:e].isupper() or breaks.all_furniture(s, e)
        rest = _rest(text, breaks, spans, i) if open_end and not header else None
        if rest is None:
            out.append((s, e))
            i += 1
        else:
            out.append((s, spans[rest][1]))
            joined.add(s)
            i = rest + 1
    return out, joined


def _rest(text: str, breaks: PageBreaks, spans: list[tuple[int, int]], i: int) -> int | None:
    """The sentence after spans[i] that resumes it past a page's furniture: the furniture is
    whole sentences (a header, "TRANSCRIPT"), then the start of the resumed one."""
    for j in range(i + 1, min(len(spans), i + FURNITURE_LINES)):
        if "\n" not in text[spans[j - 1][1] : spans[j][0]]:
            return None  # the next sentence on the same line: no page break
        if breaks.continued_at(*spans[j]) is not None:
            return j
        if not breaks.all_furniture(*spans[j]):
            return None
    return None
