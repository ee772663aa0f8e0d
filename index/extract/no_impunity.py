"""Impunity ruled out: "There can be no impunity for war crimes", "There can be no impunity, and
the perpetrators of that heinous attack must be held accountable" (UN General Debate speeches, a
State Department and EEAS press release). It is the agentless call "impunity must not be allowed",
as "impunity for police violence can no longer be tolerated" is (calls.NO_LONGER_RE); no one is
named to act, so the call asks no one and is the speaker's (`tune9/`: "There can be no impunity for
war crimes" is a call with no target).

Not what the speaker reports or reasons from: "It is now commonly understood that there can be no
impunity for international crimes", "there is a broad international consensus that there can be no
impunity …", "The perpetrators must be fully aware that there can be no impunity …" (a clause after
"that", inside someone's understanding or another call); nor the warning "There will be no
impunity", which foretells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import Found

# The trigger bit of the words below (triggers.py), after the bits calls.py and triggers.py use
# (triggers.INTEREST is 1 << 22)
BIT = 1 << 23
WORDS = "can~be~no~impunity"
NO_IMPUNITY_RE = re.compile(r"\b[Tt]here\s+can\s+be\s+no\s+(?P<a>impunity)\b")
# Only where the sentence begins with it, after a connective at most ("But there can be no…"): after
# "that" it is reported or reasoned from, after a condition it holds only then ("once that limit is
# exceeded there can be no impunity for anyone", Nicaragua, 1977)
LEAD_RE = re.compile(r"\s*(?:(?:But|And|So|Yet|Indeed|Clearly|Today|Again)\s*,?\s+)?")


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The call ruling impunity out in sentence [s, e), where the sentence itself says so."""
    for m in NO_IMPUNITY_RE.finditer(text, s, e):
        if LEAD_RE.fullmatch(text, s, m.start()) is None:
            continue
        yield Found(m.start(), m.start(), m.start("a") - 3, "call_for", [], False, subject=False)
