"""Whose voice a party's release speaks in: the member its letterhead names, unless the party
itself speaks in it.

The catalogue files a shadow minister's release under his party ("australian-labor-party"), so
the party is its issuer; but a release headed "KEVIN RUDD, MP SHADOW MINISTER FOR FOREIGN
AFFAIRS & LAURIE FERGUSON, MP …" and written in their "I" and "the Opposition" makes its calls
in the member's name, and the annotators credit them to the member first named. Where the text
has the party speak as such ("The Australian Democrats have slammed…", "Labor calls on…", "The
Democrats say…") the member writes as its spokesperson and the party keeps the calls.
"""

from __future__ import annotations

import re

from ..models import Actor
from .issuer import _letterhead_person
from .turns import TRANSCRIPT_HEAD, TRANSCRIPT_RE

# The party as the subject of a verb, speaking or acting as a body: "The Democrats say", "The
# Australian Democrats have indicated they will…", "Labor today called on…", "The Australian
# Democrats today sought Senate support…". Not "Greens Senator", "Democrats’ spokesperson".
PARTY_SPEAKS_RE = re.compile(
    r"\s+(?:(?:today|also|further|again|have|has|had|would|will|strongly|yesterday|is|are|now)\s+)*"
    r"(?:[a-z]{2,}ed|say|says|said|calls?|urges?|demands?|wants?|welcomes?|slams?|condemns?|"
    r"critici[sz]es|believes?|insists?|supports?|opposes?|rejects?|sought|seeks?|moves?|hopes?|"
    r"calling|urging|demanding|seeking|pushing)\b"
)

# The party named after its verb: "…, say the Australian Democrats."
PARTY_SAID_RE = re.compile(r"\b(?:say|says|said)\s+(?:the\s+)?$")


def member_voice(text: str, actors: tuple[Actor, ...], party: str) -> str | None:
    """The member a party's release is headed by, when the party does not speak in it; None
    for a transcript (its letterhead may name the interviewer) or a release with no member's
    letterhead."""
    if TRANSCRIPT_RE.search(text, 0, TRANSCRIPT_HEAD):
        return None
    member = _letterhead_person(text, actors)
    if member is None:
        return None
    for a in actors:
        if a.name == party and any(
            PARTY_SPEAKS_RE.match(text, e) or PARTY_SAID_RE.search(text, max(0, s - 12), s)
            for s, e in a.mentions
            if not _role(text[s:e])
        ):
            return None
    return member


def _role(mention: str) -> bool:
    """Whether a mention of the party is its parliamentary role, "the Opposition": the shadow
    ministers write in it ("The Opposition notes …") as in their "I", though the party is named by
    it (oppositions.py)."""
    return mention.lower().endswith("opposition")
