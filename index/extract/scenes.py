"""The state a sentence is set in: "In Myanmar, the junta has…", "In Egypt, the authorities…".

An organ word ("the junta", "the authorities", "the security services") otherwise takes the state
of the last organ of its kind the text named (organs.resolve). A report that moves from one
country to another opens its sentence with the new one as a scene ("In Myanmar, …") and then
names its organs bare: the sentence's own scene says whose they are, where the last organ of the
kind named was another state's. The scene holds to the sentence's end, and a later scene in the
same sentence ("…, while in Thailand, the government…") takes over from it.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import sentence_initial

# "In Myanmar,", "In neighbouring Bangladesh,", "Elsewhere in Egypt,": the scene is set by the
# preposition just before the state's name, which a comma closes.
SCENE_BEFORE_RE = re.compile(
    r"(?:\b[Ii]n|\b[Ii]nside|\b[Aa]cross|\b[Tt]hroughout)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:(?:neighbou?ring|northern|southern|eastern|western|central)[^\S\n]+)?$"
)
# Opening a clause within a sentence: "…; in Egypt, the authorities", "…, while in Egypt,"
CLAUSE_OPENER_RE = re.compile(r"(?:[;]|,[^\S\n]+(?:while|whereas|and|but)|\b[Ee]lsewhere)[^\S\n]+$")
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?(?:[^\S\n]|\n|$)|\n[^\S\n]*\n")


def scenes(text: str, ordered: list[Mention], auth: Authority) -> list[tuple[int, int, int]]:
    """(start, end, state) for each sentence stretch a state's scene covers: from the comma after
    "In X" to the next scene or the sentence's end."""
    found: list[tuple[int, int, int]] = []
    for m in ordered:
        if m.type != "state" or m.aid < 0 or not text.startswith(",", m.end):
            continue
        lead = SCENE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        if lead is None or not _opens(text, lead.start()):
            continue
        end = SENTENCE_END_RE.search(text, m.end)
        stop = end.start() if end is not None else len(text)
        if found and found[-1][1] > m.end:  # a later scene in the same sentence ends the one before
            found[-1] = (found[-1][0], m.start, found[-1][2])
        found.append((m.end, stop, m.aid))
    return [s for s in found if auth.types[s[2]] == "state"]


def _opens(text: str, at: int) -> bool:
    """Whether a sentence or a clause begins at `at`."""
    return sentence_initial(text, at) or CLAUSE_OPENER_RE.search(text, max(0, at - 12), at) is not None


def scene_at(found: list[tuple[int, int, int]], pos: int) -> int:
    """The state whose scene covers `pos`, or -1."""
    for start, end, state in found:
        if start <= pos < end:
            return state
    return -1
