"""A letter's request for a thing: "She and Senator Elizabeth Dole … have also written to Secretary
Rice, joined by a bipartisan coalition of Senators, requesting her assistance in facilitating …",
"… sent a letter to Secretary of State Condoleezza Rice requesting an explanation for …", "… sent a
letter to Deputy Secretary of State John Negroponte requesting information on his recent visit …".

Writing to someone and, in the same clause, requesting a thing asks the letter's addressee for it,
as the sets annotate "wrote to Nepal's finance minister urging …" and "has written to President Bush
suggesting …" (the addressee is the target). The call-on pattern reads "requesting him to …", and
calls.py "requesting that …"; a thing requested after a letter's addressee was read by neither.
A scrape that lost its commas leaves double spaces around the aside ("Secretary Rice  joined by …
requesting"): the addressee ends at the first comma or double space.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import Found, clause_start

LETTER_REQUEST_RE = re.compile(
    r"\b(?:wr(?:ote|itten|ites|iting)|sen(?:t|ds?|ding)\s+(?:a\s+|an?\s+[a-z]+\s+)?letters?)\s+to\s+"
    r"(?P<t>(?:the\s+)?[A-Z][^.;:!?]{0,100}?)[\s,]+requesting\s+(?!that\b|him\b|her\s+to\b|them\s+to\b)"
    r"(?P<a>[a-z])"
)
# Where the addressee's name ends: a comma or a scrape's double space before an aside.
ADDRESSEE_END_RE = re.compile(r",|\s{2,}")


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The requests for a thing made by a letter to someone in sentence [s, e)."""
    if text.find("requesting", s, e) == -1:
        return
    for m in LETTER_REQUEST_RE.finditer(text, s, e):
        ts, te = m.span("t")
        cut = ADDRESSEE_END_RE.search(text, ts, te)
        te = cut.start() if cut else te
        verb = text.rfind("requesting", ts, m.start("a"))
        yield Found(clause_start(text, s, m.start()), verb, m.start("a"), "call_on", [(ts, te)])
