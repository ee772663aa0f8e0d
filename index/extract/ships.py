"""Warships by name ("HMAS Childers", "USS Cole"): a navy's ship is its state's armed force by the
annotation guidelines, whatever its name would otherwise be ("HMAS Melbourne" is no city).

The prefix says whose navy the ship is; what follows is its name, one to three capitalised words
(or the all-capital words of a headline)."""

from __future__ import annotations

import re

from .keywords import has_any
from .mention import Mention

PREFIXES = ("HMAS", "HMS", "HMCS", "HMNZS", "USS")
SHIP_RE = re.compile(r"\b(?:" + "|".join(PREFIXES) + r")[^\S\n]+[A-Z][\w'’-]*(?:[^\S\n][A-Z][\w'’-]*){0,2}")
# A ship's name is never one of these: the prefix is then an acronym of something else.
NOT_NAME = frozenset({"The", "And", "In", "On", "Of", "To", "A"})


WORD_RE = re.compile(r"\S+")


def ships(text: str) -> list[Mention]:
    """Each warship named with its navy's prefix."""
    out: list[Mention] = []
    if not has_any(text, ("HM", "USS")):
        return out  # most statements name none: no search
    for m in SHIP_RE.finditer(text):
        words = list(WORD_RE.finditer(text, m.start(), m.end()))
        while len(words) > 1 and words[-1].group() in NOT_NAME:
            words.pop()  # "HMAS MELBOURNE The …" in a headline
        if len(words) < 2:
            continue
        name = [w.group().title() if w.group().isupper() else w.group() for w in words[1:]]
        out.append(Mention(m.start(), words[-1].end(), " ".join([words[0].group(), *name]), "armed_force", 2))
    return out
