"""Quotations whose closing mark the text lost before their attribution: '"It's time for our
nation to do much more to protect women and children worldwide, said Esta Soler, President of …
Fund.  We commend Senator Biden…"'. Paired by its marks, that quotation runs on to the next closing
mark, and the words before "said Esta Soler" went to the speaker of the quotation before. A
quotation closes before its attribution verb: the words before it are one quotation, and what
follows the attribution's sentence is the same speaker's quotation running on (the speaker of a
quotation with none is the one's before it)."""

from __future__ import annotations

import re

# ", said Esta Soler", ", added Sen. Biden": an inverted attribution with a capitalised name, which
# no speaker's own words hold (a name after the verb, not "…, he said," a speaker may report).
INSIDE_SAID_RE = re.compile(r",\s+(?:said|says|added|stated|continued)\s+(?:[A-Z][\w’'.-]*)")
# The attribution's own sentence ends at a full stop before the next sentence's capital.
SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z“\"])")


def split_unclosed(text: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`quotes` with each one that holds an attribution cut before it, the rest after the
    attribution's sentence (if any) a quotation of its own."""
    out: list[tuple[int, int]] = []
    for qs, qe in quotes:
        m = INSIDE_SAID_RE.search(text, qs, qe)
        if m is None:
            out.append((qs, qe))
            continue
        out.append((qs, m.start() + 1))
        end = SENTENCE_END_RE.search(text, m.end(), qe)
        if end is not None:
            out.append((end.end(), qe))
    return out
