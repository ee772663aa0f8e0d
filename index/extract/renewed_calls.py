"""Calls made again by their noun: "we renew our appeal to all parties to respect the ceasefire",
"Jordan repeats its request to the Secretary-General to redouble his efforts", "We reiterate our
call to the Security Council to act". The call-on pattern passes over a call noun after "our /
its" ("the petition calls on…" names a call); a verb that makes it again (renew, reiterate,
repeat, make, issue, extend…) makes it the speaker's call on whom "to X to" names.
Not "our invitation to delegations to attend" (no call verb makes it), nor "an appeal to reason".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .call_ons import CLAUSE_IN_TARGET_RE, FINITE_RE, ONE_ASKED_END, _someone
from .clauses import Found, clause_start

RENEWED_CALL_RE = re.compile(
    r"\b(?:renew|reiterat|repeat|restat|reaffirm|reinforc|make|made|mak|issu|extend|address|launch|echo|"
    r"add|lend|lent|voic)[a-z]*\s+(?:(?:once\s+again|again|also|herewith|today|now|[a-z]+ly)\s+)?"
    r"(?:our|its|my|his|her|their|an?|the|this)\s+(?:[a-z]+\s+){0,2}?"
    r"(?P<n>call|appeal|request|plea|demand|exhortation)s?\s+to\s+"
    r"(?P<t>[^.;:!?]{1,120}?)"
    + ONE_ASKED_END
    + r"\s+to\s+(?!be\s+\w+ed\b|the\b|a\b|an\b|this\b|that\b)(?P<a>[a-z])",
    re.I,
)
# What every match holds, sought first in the lower-cased text: the pattern above begins with "\b"
# and is matched under re.I, which leaves the regex engine no first character to skip to, so it ran
# its matcher at every character of each sentence holding a call-on word (0.3 s over the speed
# benchmark). "ı" and "ſ" are the characters other than a case's that re.I takes for "i" and "s".
NOUN_TO_RE = re.compile(r"(?:call|appeal|reque[sſ]t|plea|demand|exhortat[iı]on)[sſ]?\s+to\s")
# "an appeal to reason to…", "a call to action to…": the noun's own complement, no one asked
NOT_ASKED_RE = re.compile(r"(?i:(?:reason|action|arms|order|conscience|mind|account|prayer)\b)")


def find(text: str, low: str, s: int, e: int) -> Iterator[Found]:
    """The calls made again by their noun in sentence [s, e); `low` is `text.lower()`."""
    if len(low) == len(text) and not NOUN_TO_RE.search(low, s, e):
        return  # lower() kept offsets (no letter became two): the gate reads the same sentence
    for m in RENEWED_CALL_RE.finditer(text, s, e):
        ts, te = m.span("t")
        if (
            NOT_ASKED_RE.match(text, ts)
            or CLAUSE_IN_TARGET_RE.search(text, ts, te)
            or FINITE_RE.search(text, ts, te)
            or not _someone(text, ts, te)
        ):
            continue
        yield Found(clause_start(text, s, m.start()), m.start(), m.start("a"), "call_on", [(ts, te)])
