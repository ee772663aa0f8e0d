"""Duties laid on someone named: "It is up to Congress to make that happen", "it is now his
responsibility to ensure media freedoms…", "it is the responsibility of us all to take action",
"it falls on Congress to demonstrate leadership", "a particular responsibility lies with the
United States and the members of the United States-led coalition". Whoever the duty falls on is
asked to act, as by "X must"; the speaker's own ("our duty", "of us all") exhorts the speaker.

"It is our duty to…" is calls.TASK_RE's; "it is incumbent upon X to…" calls.NEEDFUL_RE's. Only the
present: "it was incumbent upon me to…" looks back, "it will be up to the courts to…" forecasts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain

from .call_ons import CLAUSE_IN_TARGET_RE, FINITE_RE
from .clauses import Found, clause_start

_WHO = r"[^.;:!?]{1,100}?"
DUTY_RE = re.compile(
    r"\bit(?:\s+is|['’]s|\s+remains)\s+(?:(?:now|therefore|also|clearly|surely|really|absolutely|ultimately|"
    r"primarily|first\s+and\s+foremost)\s+)*"
    # "It is humanity’s duty to fight back", "it is the Council's responsibility to…"
    r"(?:(?:the\s+)?(?P<own>(?:(?-i:[A-Z])[\w-]*\s+){0,3}(?-i:[A-Z])[\w-]*|humanity|mankind|everyone|everybody|"
    r"the\s+world|the\s+international\s+community)['’]s?\s+(?:[\w-]+\s+){0,2}?(?:responsibility|duty|obligation)|"
    rf"up\s+to\s+(?P<up>{_WHO})|(?P<d>the|his|her|their|its|your)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:responsibility|duty|obligation)(?:\s+of\s+(?P<of>{_WHO}))?)"
    # "it's the responsibility of local and national leaders not to forget what happened here"
    r"\s+(?P<not>not\s+)?to\s+(?!be\s+(?:seen|found)\b)(?P<a>[a-z])"
    rf"|\bit\s+(?:(?:now|therefore|thus|also|then)\s+)?falls\s+(?:up)?(?:to|on)\s+(?P<on>{_WHO})\s+to\s+(?P<b>[a-z])",
    re.I,
)
# "a particular responsibility lies with the United States…" (no "to": the duty of the context);
# the noun first, which the engine finds fast; not "the responsibility for this lies with…", a blame
LIES_RE = re.compile(
    r"\b(?:responsibility|onus|burden|obligation)\s+(?:therefore\s+|now\s+)?"
    rf"(?:lies|rests)\s+(?:squarely\s+|primarily\s+|first\s+)?(?:with|on|upon)\s+(?P<with>{_WHO})(?=\s*(?:[.,;:!?]|$|\s+to\s))",
    re.I,
)
# Who decides is named, no one is pressed: "it is up to the Syrian people to decide their future"
DECIDE_RE = re.compile(r"(?i:decide|determine|choose|judge|say|answer)\b")
# A condition or a belief denied: "if it is up to me…", "I don't think it's up to us to…"
NOT_ASKED_RE = re.compile(
    r"(?i:\b(?:if|whether|when|unless|n['’]t|not)\s+(?:(?:believe|think)\s+(?:that\s+)?)?)$"
)
SELF_RE = re.compile(r"(?i:(?:all\s+of\s+|each\s+of\s+|every\s+one\s+of\s+)?(?:us|me|ourselves)(?:\s+all)?)$")
SELF_OWNERS = frozenset({"our", "my"})


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The duties laid on someone in sentence [s, e)."""
    for m in chain(DUTY_RE.finditer(text, s, e), LIES_RE.finditer(text, s, e)):
        groups = m.groupdict()
        who = next(g for g in ("own", "up", "of", "on", "with", "d") if groups.get(g) is not None)
        act = _action_start(m)
        ts, te = m.span(who)
        if (
            (groups.get("up") and DECIDE_RE.match(text, act))
            or NOT_ASKED_RE.search(text, max(s, m.start() - 30), m.start())
            # a clause, not whom: "it's up to them whether they think it's a good idea to…"
            or CLAUSE_IN_TARGET_RE.search(text, ts, te)
            or FINITE_RE.search(text, ts, te)
        ):
            continue
        start = clause_start(text, s, m.start())
        if SELF_RE.fullmatch(m.group(who)) or m.group(who).lower() in SELF_OWNERS:
            yield Found(start, m.start(), act, "self_exhortation", [])
        elif who == "d" and m.group("d").lower() == "the":
            continue  # "it is the responsibility to…" without whose: no one named
        else:
            yield Found(start, m.start(), act, "obligation", [(ts, te)])


def _action_start(m: re.Match[str]) -> int:
    """Where what is asked begins: at "not" or the verb after "to", or at the duty's own words."""
    for group in ("not", "a", "b"):
        if m.groupdict().get(group):
            return m.start(group)
    return m.start()
