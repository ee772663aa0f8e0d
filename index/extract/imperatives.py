"""Imperatives to the reader ("Call your representatives now, demanding…", "Sign the petition", "Let
us…", and any verb of action through calls.imperative) and headlines that ask by naming a need
("URGENT AID NEEDED"). For a call to press someone the target is the one pressed.
"""

from __future__ import annotations

import re

from . import calls
from .clauses import Found
from .verbs import ACTION_VERBS, LET_TALK, WORD_RE, object_follows

IMPERATIVE_RE = re.compile(  # matched at a sentence's start (re.match with a position)
    r"[\"“‘']?(?P<v>Call|Contact|Write\s+to|Tell|Urge|Ask|Demand|Sign|Join|Donate|Stand\s+with|Act|Help|"
    r"Support|Speak\s+out|Email|Press|Let\s+us|Let's|Stop|End|Protect|Save|Do\s+not|Don't)\b"
    # page furniture that begins like a call: "Press Release Dated: …", "Contact Us", "Support Us",
    # "Attached: Press Communique issued today from the Portuguese Government" (an embassy's release
    # attached to a senator's), and a retort, "Tell that to the 2 million refugees"
    r"(?!\s+(?i:Release|Statement|Communiqu[eé]|Conference|Briefing|Office|Secretary|Gallery|Kit|Us|Desk|Line|"
    r"that\s+to)\b|:)"
    r"\s*(?P<rest>)",
)
# The start of IMPERATIVE_RE, to test a sentence without copying it.
IMPERATIVE_HEAD_RE = re.compile(IMPERATIVE_RE.pattern.split(r"\s*(?P<rest>")[0])
# "needs" last on its line is a noun: "…BUT FALLS SHORT ON CERTAIN NORTH CAROLINA NEEDS"
NEEDED_RE = re.compile(r"\bneeded\b|\bneeds\b(?!\s+to\b)(?![^\S\n]*(?:\n|$))", re.I)
HEADLINE_WORDS = 16
LET_TALK_RE = re.compile(LET_TALK, re.I)  # "Let's move on.", "Let's just look at that."
# The verbs that press someone, whom the words after them name
PRESSING = ("Call", "Contact", "Write", "Tell", "Urge", "Ask", "Email", "Press")


def find(text: str, s: int, e: int, imp: tuple[int, int] | None, found: list[Found]) -> list[Found]:
    """The imperative beginning sentence [s, e), if any; `found` are the calls found in it before
    (a subject of theirs at the sentence's start makes it no imperative)."""
    im = IMPERATIVE_RE.match(text, s, e)
    # a head of two words may be wrapped across lines ("Do\nnot start another war…" in a hard-wrapped
    # speech): any white space, not only a space, makes it two words, which need no object test
    head = WORD_RE.match(text, im.start("v")) if im and len(im.group("v").split()) == 1 else None
    if head and not object_follows(text, head, e):
        im = None  # "Support for refugees…", "Help Age International…"
    if im and im.group("v")[:3] == "Let" and LET_TALK_RE.match(text, im.start("rest"), e):
        return []
    general = calls.imperative(text, s, e, imp) if im is None else None
    if general and any(f.start == s for f in found):
        general = None  # "Protest organizers should take steps…": a subject, not an imperative
    verb = im.start("v") if im else general[0] if general else None
    if verb is not None and (
        _furniture(text, verb, e) or _adjective(text, verb, e) or _noun_subject(text, verb, e)
    ):
        return []
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
    # a first sentence only when short as a headline is: "The most basic human needs fall by the
    # wayside while governments … struggle to pay off staggering debt" opens a story
    short = first and text.count(" ", s, e) < HEADLINE_WORDS
    if (short or capitals(text, s, e)) and NEEDED_RE.search(text, s, e):
        return [Found(s, s, s, "call_for", [])]
    return []


def capitals(text: str, s: int, e: int) -> bool:
    """Whether the sentence is written in capitals (a headline), judged by its first words."""
    return text[s : min(e, s + 60)].isupper()


# A pointer to more information: "Contact ECA-Press@state.gov for press queries", "Learn more at
# http://www.state.gov/j/tip/ and follow us at @JTIP_State", "Read the full business advisory here".
POINTING_RE = re.compile(r"(?i:learn|read|find\s+out|see|visit|follow|contact|click|subscribe|e-?mail)\b")
POINTER_RE = re.compile(r"https?://|www\.|\S@\S|\s@\w|\bhere\b|\bmore\b", re.I)


def _furniture(text: str, verb: int, e: int) -> bool:
    return POINTING_RE.match(text, verb) is not None and POINTER_RE.search(text, verb, e) is not None


# Verb forms that are also adjectives, before a bare noun that a finite verb follows: "Close union
# among the nations of Europe is and will remain the response…", "Open societies do not fear
# change", "Free quality education, from pre-primary through secondary, creates a better future":
# a subject, not an imperative ("Free political prisoners and ensure they are…" stays).
ADJECTIVE_VERBS = frozenset(
    "open free close secure lead lower separate complete double clear present direct".split()
)
FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|can|could|will|would|may|might|must|should|shall|"
    r"(?P<s>[a-z]+)e?s)\b"
)
CLAUSE_STOP_RE = re.compile(
    r"[;:]|\b(?:that|who|which|whose|where|when|if|because|so|to|and|or|but|including|while)\b"
)


def _adjective(text: str, verb: int, e: int) -> bool:
    head = WORD_RE.match(text, verb)
    if head is None or head.group().lower() not in ADJECTIVE_VERBS:
        return False
    nxt = WORD_RE.search(text, head.end(), e)
    if nxt is None or not nxt.group().islower() or nxt.group() in DETERMINERS:
        return False
    stop = CLAUSE_STOP_RE.search(text, nxt.end(), e)
    for m in FINITE_RE.finditer(text, nxt.end(), stop.start() if stop else e):
        if m.group("s") is None or m.group("s") in ACTION_VERBS or m.group()[:-1] in ACTION_VERBS:
            return True
    return False


DETERMINERS = frozenset(
    "the a an all any our your their its his her this that these those every each".split()
)


# A verb form that is also a noun, before a bare noun and an auxiliary: "Press coverage of
# Secretary Blinken's May 21 remarks will be open to pre-registered media", "Contact information
# can be obtained on the website" (State Department notices): the subject of a statement, not a
# call. Not where a clause of its own holds the auxiliary ("Tell us what your needs are", "Let us
# recognize the position he is in").
AUXILIARY_RE = re.compile(
    r"\s(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|shall)\s+[a-z]"
)
SUBJECT_STOP_RE = re.compile(
    r"[,;:(]|\b(?:that|who|which|whose|what|how|where|when|if|because|so|to|and|or|but|as|"
    r"i|you|he|she|it|we|they)\b"
)


# Verbs whose object may be a clause with its own auxiliary: "Ensure investigations are carried
# out", "Make sure children are safe", "Demand detainees be released".
CLAUSE_VERBS = frozenset(
    "ensure make demand insist require guarantee see know remember recognize recognise note tell ask "
    "say show let prove declare acknowledge understand imagine consider believe think".split()
)
# A question word after the verb opens its object clause, whose own auxiliary follows: "Review how
# individuals are designated for inclusion on the list…", "Investigate whether officers were
# involved" (recommendation lists); a noun is not followed by one ("Support how…" is no subject).
WH_OBJECTS = frozenset("how whether why what where when who which".split())


def _noun_subject(text: str, verb: int, e: int) -> bool:
    head = WORD_RE.match(text, verb)
    if head is None or head.group().lower() in CLAUSE_VERBS:
        return False
    nxt = WORD_RE.search(text, head.end(), e) if head else None
    if nxt is None or not nxt.group().islower() or nxt.group() in DETERMINERS or nxt.start() - head.end() > 2:
        return False
    if nxt.group() in WH_OBJECTS:
        return False
    limit = min(e, nxt.end() + 60)
    stop = SUBJECT_STOP_RE.search(text, nxt.end(), limit)
    return AUXILIARY_RE.search(text, nxt.end() - 1, stop.start() if stop else limit) is not None
