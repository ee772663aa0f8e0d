"""The phrase "the global community" is the international community: the same states and peoples acting
together, in another word ("the United States and the global community must make commitments",
"It is imperative that the global community fully recognize …", "relations with the global
community"). The dictionary's "world community" and "international community" are its aliases,
but a bare "global community" is also what a speech hopes the world becomes ("the United Nations as
a global community of human solidarity", "integrate our peoples … in a global community",
ASEAN's theme "ASEAN Community in a Global Community of Nations"): only the determined "the" or
"our global community", written in lower case and not narrowed by "of …", names the actor.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention

GLOBAL_COMMUNITY_RE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur)[^\S\n]+(?P<name>global\s+community)\b(?!['’]?s?\s+of\b|\s+of\b|-)"
)
NAME = "International community"


def global_community(text: str, mentions: list[Mention], auth: Authority) -> list[Mention]:
    """Mentions of the international community as "the global community", where no other mention
    covers the words."""
    if "global" not in text:
        return []
    aid = auth.by_name.get(NAME, -1)
    if aid < 0:
        return []
    taken = [(m.start, m.end) for m in mentions]
    return [
        Mention(m.start("name"), m.end("name"), auth.names[aid], auth.types[aid], 1, aid=aid)
        for m in GLOBAL_COMMUNITY_RE.finditer(text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
