"""A legislature named by its chamber and its state: "the National Assembly of Kenya", "the
Congress of Peru", "the Legislative Council of Hong Kong".

The dictionary knows the chambers' names alone, and alone "Congress" is the United States'
(statements name it so) and "National Assembly" no state's; the state after "of" says whose the
chamber is. A congressional delegation ("the Minnesota Congressional delegation", "a congressional
delegation to Iraq") is a legislature's body as its committees are, whatever place it is of. Named
as the state's own parliament ("Parliament of Kenya"), as "Kenya's parliament"
and "the Kenyan National Assembly" are (the role composition), so that all are one actor.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .organs import of_state
from .tokens import fold, match_at, occurrences

CHAMBERS = (
    "National Assembly|Congress|Parliament|Senate|Chamber of Deputies|House of Representatives|"
    "Legislative Assembly|Legislative Council|Federal Assembly|People's Assembly|People’s Assembly|"
    "Consultative Assembly|Constituent Assembly|Legislative Yuan"
)
# Begun with the chamber's capital, which the engine skips to; "the" before is taken afterwards.
CHAMBER_OF_RE = re.compile(
    rf"(?:{CHAMBERS})[^\S\n]+of[^\S\n]+((?:the[^\S\n]+)?[A-Z][\w’'-]*(?:[^\S\n]+[A-Z][\w’'-]*){{0,3}})"
)
STATE_TYPES = ("state", "place")
# The chambers' names, each match's first words: the pattern is tried where the document's one
# keyword pass found them (tokens.occurrences), not run over the whole text (0.09 s a benchmark).
CHAMBER_WORDS = tuple(CHAMBERS.split("|"))
# "ongressional delegation" found first (a literal the search skips to); the determiner and the
# place before it read back.
DELEGATION_WORDS = ("ongressional delegation",)
DELEGATION_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Aa]|[Tt]his|[Oo]ur)[^\S\n]+)?(?:(?P<place>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[^\S\n]+)?$"
)


def delegations(text: str) -> list[Mention]:
    """Each "(the <Place>) congressional delegation(s)" as a legislature of its own."""
    out: list[Mention] = []
    for at, word in occurrences(text, DELEGATION_WORDS):
        first = at - 1
        if first < 0 or text[first] not in "Cc" or (first and text[first - 1].isalnum()):
            continue
        end = at + len(word) + (1 if text.startswith("s", at + len(word)) else 0)
        if text[end : end + 1].isalnum():
            continue
        before = DELEGATION_BEFORE_RE.search(text, max(0, first - 40), first)
        start = before.start() if before is not None else first
        place = before.group("place") if before is not None else None
        name = f"{place} congressional delegation" if place else "Congressional delegation"
        out.append(Mention(start, end, name, "legislature", 4))
    return out


def legislatures(text: str, auth: Authority) -> list[Mention]:
    out: list[Mention] = delegations(text)
    for m in match_at(CHAMBER_OF_RE, text, occurrences(text, CHAMBER_WORDS)):
        if m.start() and text[m.start() - 1].isalnum():
            continue
        state = _state(m.group(1), auth)
        if state is None:
            continue  # "the Parliament of Victoria" … of no state the dictionary knows: left as it was
        start = m.start() - 4 if text[max(0, m.start() - 4) : m.start()].lower() == "the " else m.start()
        end = m.start(1) + len(state[1])
        chamber = text[m.start() : m.start(1)].split()[:-1]  # the chamber's words, without "of"
        name = _own(chamber, state[2], auth) or f"Parliament of {state[0]}"
        out.append(Mention(start, end, name, "legislature", 4))
    return out


def _own(chamber: list[str], aid: int, auth: Authority) -> str | None:
    """The dictionary's name of the chamber, when the state after it is its own: "the Congress of
    the United States" is the "United States Congress" the text names elsewhere as "Congress"."""
    keys = tuple(fold(w) for w in chamber)
    found = auth.index.get(keys[0], []) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), [])
    for alias in found:
        if alias.keys == keys and auth.country[alias.actor] == aid:
            return auth.names[alias.actor]
    return None


def _state(words: str, auth: Authority) -> tuple[str, str, int] | None:
    """The state the words begin with as "of" names it, the words that name it and the state: the
    longest first words that are a state's or a territory's own name ("the United States")."""
    parts = words.split()
    for k in range(len(parts), 0, -1):
        phrase = " ".join(parts[:k])
        bare = phrase[4:] if phrase.startswith("the ") else phrase
        aid = auth.adjectives.get(fold(bare))
        if aid is not None and auth.types[aid] in STATE_TYPES and fold(auth.names[aid]) == fold(bare):
            return of_state(auth.names[aid]), phrase, aid
    return None
