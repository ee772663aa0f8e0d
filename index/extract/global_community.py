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

# The words themselves, not narrowed by "of …": the pattern begins with a literal word, so the
# regex engine skips to each "global" in its fast scan. A pattern beginning with the determiner's
# "\b(?:[Tt]he|[Oo]ur)" gave it no such start and ran its matcher at every character of a speech.
GLOBAL_COMMUNITY_RE = re.compile(r"global\s+community\b(?!['’]?s?\s+of\b|\s+of\b|-)")
DETERMINERS = ("the", "The", "our", "Our")
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
    found = []
    for m in GLOBAL_COMMUNITY_RE.finditer(text):
        start = _determined_from(text, m.start())
        if start >= 0 and not any(s < m.end() and start < e for s, e in taken):
            found.append(Mention(m.start(), m.end(), auth.names[aid], auth.types[aid], 1, aid=aid))
    return found


def _determined_from(text: str, at: int) -> int:
    """Where "the" or "our" begins before the words at `at`, a whole word with spaces but no line
    break between ("the global community"), as "\\b(?:[Tt]he|[Oo]ur)[^\\S\\n]+" before them would
    match; -1 when no such word stands there."""
    gap = at
    while gap > 0 and text[gap - 1] != "\n" and text[gap - 1].isspace():
        gap -= 1
    start = gap - 3
    if gap == at or start < 0 or text[start:gap] not in DETERMINERS:
        return -1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
        return -1  # inside a word ("Bathe global …"): no word boundary before it
    return start
