"""A person titled with the state or body whose office they hold, written before the title:
"Azerbaijan’s President Aliyev", "European Council President Michel", "DHS Assistant Secretary for
International Affairs Serena Hoy", "Thailand's Prime Minister Thaksin", "NATO Secretary General
Jens Stoltenberg".

State Department readouts name foreign leaders and U.S. officials so in nearly every paragraph,
and Human Rights Watch and Senate releases name foreign ministers the same way. The annotators mark
the whole phrase as the person ("a title with the name is one span"; "UN Secretary-General António
Guterres", "US Ambassador Lucy Tamlyn"): the state or body names the office, not an actor of its
own beside the person. Found from the person's mention: the state's or body's mention must end
right before the title, with one space or a possessive between.
"""

from __future__ import annotations

import re

from . import role_predicates
from .mention import Mention

# The office a titled person's mention begins with, its ranks first ("Acting Principal Deputy
# Assistant Secretary", "Foreign Minister", "Special Envoy").
TITLE_RE = re.compile(
    r"(?:(?:Acting|Deputy|Assistant|Under|Vice|Prime|Foreign|Special|High|Principal|Senior|Chief)[^\S\n]+)*"
    r"(?:President|Minister|Secretary|Ambassador|Envoy|Representative|Chancellor|Director|Administrator|"
    r"Spokesperson|Commissioner|Chairman|Chair|Premier|Senator|King|Queen|Emir|Governor|"
    # a chamber's officers, titled by their chamber in Senate releases ("U.S. Senate Majority Whip
    # Mitch McConnell", "Senate Democratic Leader Harry Reid")
    r"(?:Majority|Minority|Republican|Democratic)[^\S\n]+(?:Leader|Whip)|Ranking[^\S\n]+Member|Speaker)\b"
)
# What may stand between the body's name and the person's mention: a space or a possessive, and
# the ranks the office finders leave out of the mention ("DHS Assistant Secretary …").
JOIN_RE = re.compile(
    r"(?:[’']s)?[^\S\n](?:(?:Acting|Principal|Deputy|Assistant|Under|Special|Senior)[^\S\n])*"
)
REACH = 40  # characters: the longest join, "’s Acting Principal Deputy Assistant "
# A legislature titles its officers and its committees' chairs ("Senate Foreign Relations Committee
# Chairman Dick Lugar") as a ministry titles its minister.
BODY_TYPES = frozenset({"state", "government", "igo", "legislature"})


def titled_by_body(text: str, chosen: list[Mention]) -> list[Mention]:
    """The selection with each titled person's span taken back over the state or body named right
    before the title, and that state's or body's mention dropped."""
    ends = {m.end: m for m in chosen if m.type in BODY_TYPES}
    if not ends:
        return chosen
    dropped: set[int] = set()
    for person in chosen:
        if person.type != "person" or not TITLE_RE.match(text, person.start):
            continue
        body = _body_before(text, person.start, ends)
        # "Evatt, as Australia's Minister for External Affairs": an office said of someone, whose
        # state the annotators still mark
        if body is not None and not role_predicates.is_role(text, body.start):
            dropped.add(id(body))
            person.start = body.start
    if not dropped:
        return chosen
    return [m for m in chosen if id(m) not in dropped]


def _body_before(text: str, start: int, ends: dict[int, Mention]) -> Mention | None:
    """The state's or body's mention that ends one join (JOIN_RE) before `start`."""
    for end in range(start - 1, max(0, start - REACH), -1):
        body = ends.get(end)
        if body is not None:
            return body if JOIN_RE.fullmatch(text, end, start) else None
    return None
