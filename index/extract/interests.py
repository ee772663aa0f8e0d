"""A course of action said to be in someone's interest: "It is in the interest of all States to take
up the fight against radical ideologies" (Netherlands, 2005), "It is in our collective interest to
cooperate in tracking illicit financial flows" (Nigeria, 2018), "It is in every country's own interest
to make sure that women are actively involved…" (Netherlands, 2012). In a speech the interest is the
reason given for a call: on those whose interest it is, as "X should" asks them; on everyone, the
speaker among them, when it is "our", "everyone's" or "of us all" (as "we must" exhorts). Some fifty
such sentences stand in the 3,900 General Debate speeches since 2005.

Not the reason given for what is or would be done ("because it is in our collective interest to
have a strong Council", "if it is in the interest of major Powers to uphold…"), a state of things
one would like to see ("it is in our interest to see a Middle East and North Africa that are
peaceful", a hope the tune set leaves unmarked), the act named before ("it is in our interest to do
so"), nor the past or a supposition ("it was", "it would be").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .call_ons import CLAUSE_IN_TARGET_RE, FINITE_RE, _someone
from .clauses import Found, clause_start

# The interest's qualifiers: "our common interest", "the best interests of", "our own long-term interest"
_KINDS = (
    r"(?:(?:best|common|shared|collective|mutual|long-term|own|vital|real|true|legitimate|overall|"
    r"general|national|enlightened|direct)\s+)*"
)
INTEREST_RE = re.compile(
    r"\bit\s+(?:is|remains)\s+(?:(?:therefore|also|clearly|surely|certainly|thus|equally|now|indeed|"
    r"obviously|very\s+much|above\s+all)\s+)*in\s+"
    rf"(?:the\s+(?P<kinds>{_KINDS})interests?\s+of\s+(?P<of>[^.;:!?,]{{1,80}}?)"
    rf"|(?P<own>our|everyone['’]s|everybody['’]s|all\s+our|each\s+of\s+our)\s+{_KINDS}interests?"
    # "every country's own interest", "Africa's interest", "the international community's interest"
    rf"|(?P<poss>(?:(?:the|every|each)\s+)?(?:[\w-]+\s+){{0,3}}?[\w-]+)['’]s?\s+{_KINDS}interests?)"
    r"\s+(?:as\s+well\s+)?to\s+(?!(?:do\s+so|see|be\s+seen)\b)(?P<a>[a-z])",
    re.I,
)
# The reason for what is done, or a condition: "That is because it is in…", "if it is in…", "I did
# so because I believe that it is in…", "as it is in…"
REASON_RE = re.compile(
    r"(?i:\b(?:because|since|if|whether|unless|although|though)\b[^.;:!?]{0,40}$|\b(?:as|when|while)\s+$)"
)
# The speaker's own side, or everyone's: "of us all", "of all of us", "of all"
SELF_RE = re.compile(
    r"(?i:(?:all\s+of\s+|each\s+of\s+)?(?:us|ourselves)(?:\s+all|\s+here)?|all|everyone|everybody|each\s+of\s+us)"
)
# The welfare of those the act is for, not whom it asks: "it is in the best interests of children to
# remain with their parents" (an Australian release, 2003)
WELFARE_RE = re.compile(r"(?i:\bbest\b)")
# Another reason joined to the interest, no one's name: "it is in the national interest of the United
# States and in accordance with our deepest values to help…" (a Senate release, 2007)
JOINED_REASON_RE = re.compile(r"(?i:\s(?:in|with|for|by|from|under|within)\s)")
# No one's interest asks no one: "It is in nobody's interest to insist on…" says what not to do
NO_ONE_RE = re.compile(r"(?i:nobody|no\s+one|no-one|anyone|anybody)")


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The calls in sentence [s, e) given as someone's interest."""
    for m in INTEREST_RE.finditer(text, s, e):
        if REASON_RE.search(text, max(s, m.start() - 40), m.start()):
            continue
        start, act = clause_start(text, s, m.start()), m.start("a")
        who = "of" if m.group("of") is not None else "poss" if m.group("poss") is not None else "own"
        if who == "own" or SELF_RE.fullmatch(m.group(who)):
            yield Found(start, m.start(), act, "self_exhortation", [])
        elif _names_whom(text, m, who):
            yield Found(start, m.start(), act, "obligation", [m.span(who)])


def _names_whom(text: str, m: re.Match[str], who: str) -> bool:
    """Whether the interest's owner (group `who` of `m`) is someone to ask: not "nobody", the
    welfare of those an act is for, another reason joined on, a clause, nor a thing ("in the
    interest of peace to…")."""
    ts, te = m.span(who)
    if (
        NO_ONE_RE.fullmatch(m.group(who))
        or CLAUSE_IN_TARGET_RE.search(text, ts, te)
        or FINITE_RE.search(text, ts, te)
    ):
        return False
    if who == "of" and (WELFARE_RE.search(m.group("kinds")) or JOINED_REASON_RE.search(text, ts, te)):
        return False
    return _someone(text, ts, te)
