"""A shadow minister's own party: the Opposition he writes for.

A release headed "SENATOR ROBERT HILL  LEADER OF THE OPPOSITION IN THE SENATE  SHADOW MINISTER FOR
FOREIGN AFFAIRS" voices its calls as the views of his side: "Senator Hill said the Federal
Opposition believed that further measures must be taken to pressure the SLORC …", "The Federal
Opposition believes that the Australian Government needs to make a greater effort …". The party
named by its role there ("the Opposition", oppositions.py and organs.py name it so) is the
member's own, and the annotators credit the views his release gives it to him, the first-listed
issuer (README, `tune12/`: "the Australian Greens said today" in a member's release), not to the
party. A government minister's "the Opposition" is his opponent's, so only a release whose head
names a shadow office or the Opposition's leadership reads it so, and no transcript, where "The
Opposition says …" is an interviewer's report of the other side.
"""

from __future__ import annotations

import re

from ..models import Actor
from .turns import TRANSCRIPT_HEAD, TRANSCRIPT_RE

HEAD: int = 400  # the letterhead: a release's offices come before its first paragraph
SHADOW_HEAD_RE: re.Pattern[str] = re.compile(
    r"\bshadow\s+(?:minister|treasurer|attorney|cabinet)|\bleader\s+of\s+the\s+opposition", re.I
)
ROLE_RE: re.Pattern[str] = re.compile(r"\bopposition\Z", re.I)


def own_opposition(text: str, actors: tuple[Actor, ...], who: str) -> bool:
    """Whether `who` is the party a shadow minister's release names by its role, "the
    (Federal) Opposition": the member's own side, whose views his release voices."""
    if SHADOW_HEAD_RE.search(text, 0, HEAD) is None or TRANSCRIPT_RE.search(text, 0, TRANSCRIPT_HEAD):
        return False
    return any(
        a.name == who and a.type == "party" and any(ROLE_RE.search(text, s, e) for s, e in a.mentions)
        for a in actors
    )
