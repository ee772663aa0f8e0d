"""The state a legislature's word names beside it, where that outweighs the state the text names
most: "Lawmakers in Kenya" in a senator's release that named Congress, "Thai members of
parliament", "Labor members of parliament" in an Australian interview about Nauru (the parliament
the text speaks from), "regional" or "ASEAN members of parliament" (no one state's).
"""

from __future__ import annotations

import re

from .authority import Authority
from .tokens import Token, fold, sentence_initial

# "Lawmakers in Kenya", "members of parliament from Thailand": the state the phrase names.
IN_STATE_RE = re.compile(
    r"[^\S\n]+(?:in|from)[^\S\n]+(?:the[^\S\n]+)?([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)"
)


# Members of parliament of no one state: "regional members of parliament" (ASEAN's).
NO_ONE_STATES = frozenset({"regional", "international", "foreign"})
# "Labor members of parliament", "HDP members of parliament": a party's, the parliament of the
# state the text speaks from or of (not of Nauru, named most in an Abbott interview on it).
PARTY_MEMBERS = -2


def said(
    text: str, before: list[Token], capital: bool, end: int, auth: Authority, congress: frozenset[str]
) -> int | None:
    """The state a legislature's word says beside it: "Lawmakers in Kenya" (not the Congress a
    senator's release names), "Thai members of parliament"; -1 for "regional members of
    parliament"; PARTY_MEMBERS after a party's name; None where the phrase says nothing of it."""
    m = IN_STATE_RE.match(text, end)
    if m is not None:
        words = m.group(1).split()
        for name in (" ".join(words), words[0]):
            aid = auth.by_name.get(name, -1)
            if aid >= 0 and auth.types[aid] == "state" and name not in congress:
                return aid
    if capital or len(before) < 2 or before[-1].text != "of" or before[-2].text.lower() != "members":
        return None
    adjective = before[-3].text if len(before) > 2 else ""
    if adjective.lower() in NO_ONE_STATES:
        return -1
    aid = auth.adjectives.get(fold(adjective), -1) if adjective[:1].isupper() else -1
    if aid >= 0 and auth.types[aid] == "state":
        return aid if auth.names[aid] not in congress else None
    named = [a.actor for a in auth.index.get(fold(adjective), []) if a.keys == (fold(adjective),)]
    if any(auth.types[a] == "igo" for a in named):
        return -1  # "ASEAN members of parliament": of its states, no one parliament
    if not adjective[:1].isupper() or sentence_initial(text, before[-3].start):
        return None  # "opposition members of parliament", "its 44 members": the state the text is about
    return PARTY_MEMBERS
