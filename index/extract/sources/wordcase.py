"""Which words are ordinary English words in statements, measured on a corpus of them.

A word is *common* when, inside sentences (after a lower-case word, not after a full stop), it is
written in lower case at least half as often as capitalised: "youth" (178 lower, 96 capitalised
in the shared corpus), "organization", "hope", "may". Names stay out however often they occur:
"china" (1 : 1350), "turkey" (4 : 306), "labor" (336 : 1431, the Australian party). A general
frequency list cannot tell these apart, since it folds case. Month and weekday names are common
words whatever the counts say.
"""

from __future__ import annotations

import calendar
import html
import re
from collections import Counter
from pathlib import Path

WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
SENTENCE_END_RE = re.compile(r"[.!?:;\"“”]\s*$")
MIN_LOWER = 3  # fewer lower-case sightings than this are no evidence of an ordinary word
RATIO = 0.5


def _texts(corpus: Path) -> list[str]:
    out = []
    for p in sorted(corpus.rglob("*")):
        if p.suffix in (".txt", ".md"):
            out.append(p.read_text(encoding="utf-8", errors="replace"))
        elif p.suffix in (".html", ".htm"):
            raw = re.sub(
                r"(?is)<(script|style)\b.*?</\1>", " ", p.read_text(encoding="utf-8", errors="replace")
            )
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
    return out


def case_counts(corpus: Path) -> tuple[Counter[str], Counter[str]]:
    """(lower-case, capitalised) counts of each lower-cased word inside sentences."""
    lower: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for text in _texts(corpus):
        prev = ""
        for m in WORD_RE.finditer(text):
            w = m.group()
            inside = prev[:1].islower() and not SENTENCE_END_RE.search(text, max(0, m.start() - 3), m.start())
            if inside:
                if w.islower():
                    lower[w] += 1
                elif w[:1].isupper() and not (len(w) > 1 and w.isupper()):
                    cap[w.lower()] += 1
            prev = w
    return lower, cap


def common_words(lower: Counter[str], cap: Counter[str]) -> frozenset[str]:
    found = {w for w, n in lower.items() if n >= MIN_LOWER and n >= RATIO * cap[w]}
    found |= {m.lower() for m in (*calendar.month_name[1:], *calendar.day_name)}
    return frozenset(found)
