"""An intergovernmental body's people named as a group: "United Nations inspectors", "UN
experts", "UNRWA staff", "IPCC member governments".

The dictionary finds the body's name and stops there, so "United Nations inspectors" was one more
mention of the United Nations, and the inspectors' pairs joined the body's. The annotators mark
the whole phrase as an actor of its own, an `igo` like the body ("UN inspectors"), so the body's
mention takes the noun after it and is named with it: "UN inspectors" and "United Nations
inspectors" are one group, the United Nations another, and so are "UN Member States". "UN
officials", who speak for the body itself, stay the body's; "UN peacekeepers", "African Union
troops" are a mission's forces, one actor with the mission ("AMIS"), which this cannot tell, and
are left to the body. The bodies it is made of ("United Nations agencies") and its peacekeeping
missions ("United Nations peacekeeping operations") are groups of their own too.
"""

from __future__ import annotations

import re

from .mention import Mention

# Plural nouns for people a body sends or employs, or for its members' governments or states,
# right after its name on the same line ("IPCC member governments", "UN Member States"). The
# annotators mark "UN Member States", "EU member states" as an `igo` of their own, the states
# being asked to act rather than the body. "Member countries" stay the body's: the sets disagree
# (holdout marks "NATO" in "NATO member countries brought arms control … to a deadlock", tune3
# "UN member countries" as the states).
# So are the bodies a body is made of or sends ("United Nations agencies", "All United Nations
# organizations", "all United Nations mechanisms") and its peacekeeping missions ("United Nations
# peacekeeping operations", "the United Nations peacekeeping forces"): the annotators of every genre
# mark each as an `igo` of its own (tune2/, tune3/, tune7/, tune8/, un-tune8/), and as the body's
# mentions their pairs joined the body's.
PEOPLE_AFTER_RE = re.compile(
    r"[^\S\n]+(inspectors|monitors|observers|investigators|experts|personnel|staff"
    r"|member[^\S\n]+governments|[Mm]ember[^\S\n]+[Ss]tates"
    r"|agencies|organi[sz]ations|bodies|entities|mechanisms"
    r"|peacekeeping[^\S\n]+(?:forces?|operations?|missions?))\b(?![-’'])"
)
# The members' governments are governments, as the annotators type "IPCC member governments".
TYPES = {"governments": "government"}


def extend(text: str, mentions: list[Mention]) -> None:
    """Extend, in place, a body's dictionary mention over the people named after it."""
    starts = sorted(m.start for m in mentions)
    for m in mentions:
        if m.type != "igo" or m.aid < 0:
            continue
        found = PEOPLE_AFTER_RE.match(text, m.end)
        if found is None or _taken(starts, m.end, found.end()):
            continue
        words = found.group(1).lower().split()
        m.end = found.end()
        m.name = f"{m.name} {' '.join(words)}"
        m.type = TYPES.get(words[-1], m.type)
        m.aid = -1  # no longer the body: other steps must not read it as the body's entry


def _taken(starts: list[int], begin: int, end: int) -> bool:
    """Whether another mention starts between `begin` and `end`."""
    return any(begin < s < end for s in starts)
