"""A region named as the name of a policy: "the Pacific Solution", the Australian government's
offshore processing of asylum seekers (2001–2007), is a policy, not the Pacific.

Australian releases of those years name the policy often ("renewed calls for an end to the "Pacific
Solution"", a Democrats release), and the region's name was read as a place each time: the reader
saw the Pacific where the text speaks of a policy. The annotated sets leave it unmarked (`tune/`'s
Stott Despoja release, `tune12/`'s Democrats release). Only a place is dropped: a state's name
before "solution" ("the Malaysia solution", "the Nauru solution") still names the state the
arrangement is made with.
"""

from __future__ import annotations

import re

from .mention import Mention

SOLUTION_RE = re.compile(r"[\"'’”]?[^\S\n]+[Ss]olution\b")


def without_policies(text: str, chosen: list[Mention]) -> list[Mention]:
    """`chosen` less the places that begin a policy's name ("Pacific" in "the Pacific Solution")."""
    return [m for m in chosen if not (m.type == "place" and SOLUTION_RE.match(text, m.end))]
