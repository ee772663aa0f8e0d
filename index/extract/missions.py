"""Missions named for their body and their place: "the African Union Mission in Sudan (AMIS)",
"the UN Assistance Mission in Iraq", "the Independent International Fact-Finding Mission for
Sudan", "the US Mission to Yemen".

The dictionary knows the body ("African Union") and the place ("Sudan") inside such a name, and
the mission's acronym after it was taken for the last of them: AMIS became a mention of Sudan, a
`state`. A mission is one actor, an `igo` when an intergovernmental body or an international
mandate sends it, a state's `government` when the state does (its embassy-like missions). The
name is read from its structure: capitalised words ending in Mission, Force or Operation, then
"in", "to" or "for" and a capitalised place.
"""

from __future__ import annotations

import re

from .keywords import has_any
from .mention import Mention
from .tokens import occurrences

WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*)"  # "U.N." or a capitalised word, no sentence's full stop
# The kind of mission and the preposition are found first (a literal the engine skips to); the
# capitalised words of its name are read back from there.
KINDS = ("Mission", "Force", "Operation")  # found by plain search (tokens.occurrences)
AFTER_KIND_RE = re.compile(r"[^\S\n]+(?:in|to|for)[^\S\n]+(?:the[^\S\n]+)?(?=[A-Z])")
NAME_RE = re.compile(rf"(?:(?:{WORD}|and|of|for|on)[^\S\n]+){{0,6}}?{WORD}[^\S\n]+$")
ACRONYM_RE = re.compile(r"[^\S\n]*\(?[^\S\n]*(?P<acronym>[A-Z]{3,})\b")
BODY_TYPES = frozenset({"igo", "ngo"})


def missions(text: str, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with each mission's name made one mention, its parts dropped and its
    acronym, wherever it stands, made the mission's."""
    if not has_any(text, KINDS):
        return chosen
    found = []
    by_start: dict[int, Mention] = {}
    for at, word in occurrences(text, KINDS):
        kind = AFTER_KIND_RE.match(text, at + len(word))
        if kind is None:
            continue
        if not by_start:
            by_start = {c.start: c for c in chosen}
        m = NAME_RE.search(text, max(0, at - 120), at)
        if m is None:
            continue
        start, end = m.start(), kind.end()
        place = by_start.get(end)
        if place is None or place.type not in ("state", "place"):
            continue  # the place must be one the text names: it ends the mission's name
        end = place.end
        first = start
        while text.startswith(("and ", "of ", "for ", "on "), first):
            first = text.index(" ", first) + 1  # a name begins with a capitalised word
        inside = [c for c in chosen if first <= c.start and c.end <= end]
        # sent by a state when the name begins with it ("US Mission to Yemen"); a mission to a
        # state is international ("the Fact-Finding Mission for Sudan")
        sender = min(inside, key=lambda c: c.start)
        by_state = (
            sender.type == "state" and sender.start == first and not any(c.type in BODY_TYPES for c in inside)
        )
        name = " ".join(text[first:end].split()).removeprefix("The ")
        found.append(Mention(first, end, name, "government" if by_state else "igo", 5))
    if not found:
        return chosen
    kept = [c for c in chosen if not any(f.start <= c.start and c.end <= f.end for f in found)]
    named = []
    for f in found:
        after = ACRONYM_RE.match(text, f.end)
        if after is None:
            continue
        acronym = after.group("acronym")
        for c in kept:
            if text[c.start : c.end] == acronym:
                c.name, c.type, c.aid, c.home = f.name, f.type, -1, ""
        # the acronyms no finder took (one after a state's name is no body's: acronyms.py)
        taken = {c.start for c in kept if text[c.start : c.end] == acronym}
        for a in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", text):
            if a.start() not in taken and not any(c.start <= a.start() < c.end for c in kept):
                named.append(Mention(a.start(), a.end(), f.name, f.type, 2))
    return kept + found + named
