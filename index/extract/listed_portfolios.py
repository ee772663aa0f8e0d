"""A minister's portfolio written as a list or with a plural possessive: "Minister for Justice,
Customs and Border Protection", "Minister for Immigration, Local Government and Ethnic Affairs",
"Minister for Veterans’ Affairs".

The office finder reads a portfolio as capitalised words joined by spaces or "and", so it stopped at
the list's first comma ("Minister for Justice") or at the apostrophe ("Minister for Veterans"). The
office then ended before the rest of its own name, and the holder written after it ("…, Michael
Keenan") stood a list item away: the office was an actor of its own beside its holder, where the
annotation marks office and name as the one person. A list is read on only when it closes with
"and" and a capitalised word, and no item begins with a given name or a title: "the Minister for
Immigration, Chris Bowen and …" lists people, not a portfolio.
"""

from __future__ import annotations

import re
from typing import Final

# Between two words of one portfolio: spaces, or one line break of a hard-wrapped release.
_SP: Final = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
# An item: one to three capitalised words on one line ("Customs", "Local Government", "Border
# Protection"); not a letterhead's next line run on ("… International Security  Federal Member for
# Griffith").
_ITEM: Final = r"[A-Z][a-z]+(?:[^\S\n]+(?!Federal\b|Member\b)[A-Z][a-z]+){0,2}\b"
# ", Customs and Border Protection", ", Culture, Sport and Youth": one item or more after commas,
# the last after "and" (with or without a serial comma). The comma is needed: "the Secretary and
# Foreign Ministers" are two offices, not one portfolio.
LIST_TAIL_RE: Final = re.compile(rf"(?:,{_SP}{_ITEM})+,?{_SP}and{_SP}{_ITEM}")
# "’ Affairs" after "Veterans": a plural's possessive, then the portfolio's head.
POSSESSIVE_TAIL_RE: Final = re.compile(rf"(?<=s)['’]{_SP}{_ITEM}")
# Words that begin a person, not a portfolio's item.
PERSON_WORDS: Final = frozenset(
    "Mr Mrs Ms Dr Senator Minister Secretary Shadow The Hon Honourable Prime Deputy Assistant".split()
)


def extend(text: str, end: int, given: frozenset[str], common: frozenset[str]) -> int:
    """Where an office whose portfolio's words the finder read up to `end` really ends: past a
    listed portfolio's commas or a plural's possessive, when what follows is the portfolio's."""
    for tail_re in (POSSESSIVE_TAIL_RE, LIST_TAIL_RE):
        tail = tail_re.match(text, end)
        if tail is not None and _portfolio_words(tail.group(), given, common):
            return tail.end()
    return end


def _portfolio_words(tail: str, given: frozenset[str], common: frozenset[str]) -> bool:
    """Whether no word of the tail begins a person: a title, or a given name that is no ordinary
    word ("Chris" is a person's, "Justice" a portfolio's)."""
    for word in re.findall(r"[A-Z][a-z]+", tail):
        if word in PERSON_WORDS or (word in given and word.lower() not in common):
            return False
    return True
