""" "Europe" that acts is the European Union: "Europe will always stand for a free and open world",
"Europe has decided on an external investment plan", "because Europe is ready to continue to
play its role in the world".

A continent does nothing; where a statement makes "Europe" the subject of what it will, must, can
or is doing, it names the Union that decides and acts for it, which the annotators mark as the
European Union (igo), one actor with "the EU" (the EU's and France's General Debate speeches).
"Europe" in a list of continents, after a preposition ("in Europe", "only to Europe") or as the
subject of a passive or a definition ("Europe has been confronted by the refugee crisis",
"Europe is a community of shared cultures") is the place, as before.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import sentence_initial

UNION = "European Union"
# What follows an acting subject: a modal or an auxiliary of an active verb ("is working", "has
# had", "is ready", "is and will be active"), not a passive ("has been"), a past narrative ("was
# devastated"), a definition ("is a community") or what it has ("Europe has the energy it needs").
ACTS_RE = re.compile(
    r"[^\S\n]+(?:will|must|should|shall|can|cannot|could|would|may|needs?[^\S\n]+to|wants[^\S\n]+to"
    r"|has(?![^\S\n]+(?:been|the|a|an|no|its|their|our|some|many|more|much|enough)\b)|is(?![^\S\n]+(?:a|an|the|one|home|part|our|its|this|that|where)\b))\b"
)
# Words that leave "Europe" the subject of its clause ("because Europe is ready", "and Europe will").
CLAUSE_OPENERS = frozenset({"and", "but", "because", "that", "if", "when", "while", "so", "as", "where"})


def link(text: str, mentions: list[Mention], auth: Authority) -> None:
    """Name, in place, the mentions of "Europe" as the subject of an act after the European Union."""
    union = auth.by_name.get(UNION, -1)
    if union < 0 or "Europe " not in text:
        return  # most statements
    for m in mentions:
        if m.name != "Europe" or text[m.start : m.end] != "Europe":
            continue
        if ACTS_RE.match(text, m.end) and _subject(text, m.start):
            m.name, m.type, m.aid = UNION, auth.types[union], union


def _subject(text: str, at: int) -> bool:
    """Whether the word at `at` begins its clause: a sentence, a line, or after a comma or a
    conjunction ("Over the past several months, Europe …", "because Europe …")."""
    if sentence_initial(text, at):
        return True
    before = text[max(0, at - 12) : at].rstrip()
    if before.endswith(","):
        return True
    words = before.split()
    return bool(words) and words[-1] in CLAUSE_OPENERS
