"""Whose support a call asks for: "The support of the international community is crucial", "Greater
commitment from the international community is necessary to meet this challenge", "The continued
assistance of the international community is needed in building capacity" (UN General Debate
speeches, some forty a year in the bulk of 11,000).

Such a call has no agent of its own: what "is needed" or "is crucial" is a thing, so the finders
gave it no target. But the thing is the help of those named after "of" or "from", and the call asks
them to give it, as "X deserves the support of the international community" asks the international
community (`un-tune10/`, `un-tune14/`) and "High-level messages from Liberia's international and
regional partners … are also needed" asks the partners (`tune2/`). Only a noun of help given
counts, one that its giver gives by acting: not what is done to or by others ("the protection of
civilians", "the participation of women is important", "the contribution of women to peace").
"""

from __future__ import annotations

import re

from ..models import Actor
from . import targets
from .clauses import Found

# Nouns of help given; a second one joined by "and" ("the support and solidarity of…").
HELP = (
    r"(?:support|assistance|help|co-?operation|solidarity|commitment|engagement|involvement|backing|"
    r"partnership|generosity|aid|funding)"
)
# The words before the noun: a determiner and what describes the help ("The continued", "Greater",
# "the full and active", "the financial and technical").
DESCRIBED = (
    r"(?:(?:the|an?|their|its|your|all|and|"
    r"[a-z]+(?:ed|ing|al|er|ful|ive|ous|ic|ant|ent|ong|ull|ust))\s+){0,4}"
)
# The subject of the call, up to its predicate ("is needed", "remains critical"): the help and its
# giver, with nothing after the giver (no comma, no clause: "the support of donors, which …") but
# where the help goes ("the engagement of the world's young people in its implementation").
SUBJECT_RE = re.compile(
    rf"(?i:(?:^|(?<=\s))(?P<help>{DESCRIBED}{HELP}(?:\s+and\s+(?:[a-z-]+\s+)?{HELP})?)\s+(?:of|from|by)\s+"
    r"(?P<t>(?!(?:us|me|this|that|these|those|such|it)\b)[^,;:()\[\]\"“”]{2,80}?)"
    r"(?:\s+(?:in|on|to|for|at|during|within|towards?)\s+[^,;:()]{1,60}?)?\s*$)"
)
# What may come before the subject in its clause: nothing, or the speaker's view ("We believe
# that", "I am convinced that") or a joining word ("and", "but", "therefore").
LEAD_RE = re.compile(
    r"(?i:^\s*(?:[\w’',-]+\s+){0,5}?(?:that|believe|think|feel|consider|and|but|so|thus|therefore|"
    r"hence|indeed|moreover|furthermore|however|also|now|today|again|here|clearly),?\s*$|^\s*$)"
)


def givers(text: str, actors: tuple[Actor, ...], f: Found) -> list[targets.Target]:
    """Those whose help the call `f` asks for, named in its subject; none when its subject is
    not "the help of X"."""
    if f.kind in ("call_on", "imperative") or f.verb <= f.start:
        return []
    m = SUBJECT_RE.search(text, f.start, f.verb)
    if m is None or not LEAD_RE.match(text[f.start : m.start()]):
        return []
    return targets.resolve(text, actors, m.span("t"))
