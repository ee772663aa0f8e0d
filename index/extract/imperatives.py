"""Imperatives to the reader ("Call your representatives now, demanding…", "Sign the petition", "Let
us…", and any verb of action through calls.imperative) and headlines that ask by naming a need
("URGENT AID NEEDED"). For a call to press someone the target is the one pressed.
"""

from __future__ import annotations

import re

from . import calls
from .clauses import Found
from .verbs import WORD_RE, object_follows

IMPERATIVE_RE = re.compile(  # matched at a sentence's start (re.match with a position)
    r"[\"“‘']?(?P<v>Call|Contact|Write\s+to|Tell|Urge|Ask|Demand|Sign|Join|Donate|Stand\s+with|Act|Help|"
    r"Support|Speak\s+out|Email|Press|Let\s+us|Let's|Stop|End|Protect|Save|Do\s+not|Don't)\b"
    # page furniture that begins like a call: "Press Release Dated: …", "Contact Us", "Support Us"
    # and a retort, "Tell that to the 2 million refugees"
    r"(?!\s+(?i:Release|Statement|Conference|Briefing|Office|Secretary|Gallery|Kit|Us|Desk|Line|that\s+to)\b|:)"
    r"\s*(?P<rest>)",
)
# Matched case-sensitively against the lower-cased text: a case-insensitive alternation defeats
# the regex engine's first-character prefilter and costs about eight times as much.
# Which words must occur for each pattern to have a chance (a necessary condition, not a
# sufficient one): a sentence examined for "must" is not searched for "calls on … to", and most
# The start of IMPERATIVE_RE, to test a sentence without copying it.
IMPERATIVE_HEAD_RE = re.compile(IMPERATIVE_RE.pattern.split(r"\s*(?P<rest>")[0])
NEEDED_RE = re.compile(r"\b(?:needed|needs)\b(?!\s+to\b)", re.I)
# The verbs that press someone, whom the words after them name
PRESSING = ("Call", "Contact", "Write", "Tell", "Urge", "Ask", "Email", "Press")


def find(text: str, s: int, e: int, imp: tuple[int, int] | None, found: list[Found]) -> list[Found]:
    """The imperative beginning sentence [s, e), if any; `found` are the calls found in it before
    (a subject of theirs at the sentence's start makes it no imperative)."""
    im = IMPERATIVE_RE.match(text, s, e)
    head = WORD_RE.match(text, im.start("v")) if im and " " not in im.group("v") else None
    if head and not object_follows(text, head, e):
        im = None  # "Support for refugees…", "Help Age International…"
    general = calls.imperative(text, s, e, imp) if im is None else None
    if general and any(f.start == s for f in found):
        general = None  # "Protest organizers should take steps…": a subject, not an imperative
    if general:
        return [Found(*general[:5], subject=False)]
    if not im:
        return []
    v = im.start("v")
    rest = im.start("rest")
    tgt: list[tuple[int, int]] = []
    if im.group("v").split()[0] in PRESSING:
        t = re.match(
            r"[^,.;]*?(?=\s+(?:now|today|and|to|on|demanding|urging|asking)\b|[,.;]|$)", text[rest:e]
        )
        if t and t.group().strip():
            tgt = [(rest, rest + len(t.group().rstrip()))]
    if im.group("v").startswith(("Let", "Do", "Don")):
        return [Found(v, v, v, "self_exhortation" if im.group("v").startswith("Let") else "imperative", [])]
    return [Found(v, v, tgt[0][1] if tgt else rest, "imperative", tgt)]


def headline(text: str, s: int, e: int, first: bool) -> list[Found]:
    """A first line or a line in capitals that names a need ("URGENT AID NEEDED")."""
    if (first or capitals(text, s, e)) and NEEDED_RE.search(text, s, e):
        return [Found(s, s, s, "call_for", [])]
    return []


def capitals(text: str, s: int, e: int) -> bool:
    """Whether the sentence is written in capitals (a headline), judged by its first words."""
    return text[s : min(e, s + 60)].isupper()
