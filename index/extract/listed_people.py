"""Whom "them" names after a list of people: "The President also spoke with Senators Sinema,
Cassidy, and Manchin today. He urged them to continue their work …" (a White House statement).
An object "them" otherwise stands for a body (a government, a party, an organisation); people
named one by one and joined by commas and "and" are a plural antecedent of their own, and when
the list is the last thing named before the pronoun, in its sentence or the one before, the
pronoun asks each of them."""

from __future__ import annotations

import re

from ..models import Actor
from . import mentions

Span = tuple[int, int]
# What may join two people of one list: "Sinema, Cassidy, and Manchin", "Pelosi and Schumer".
LIST_JOIN_RE = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
SENTENCE_END_RE = re.compile(r"[.!?][”\"’)]?\s")
# How far back the list may end: the sentence before at most.
REACH: int = 300


def people_before(text: str, actors: tuple[Actor, ...], pos: int) -> list[tuple[Span, str]]:
    """The people of the list named last before `pos`, in text order; empty unless at least two
    people joined as a list are the last actors named there, with at most one sentence end
    between the list and `pos`."""
    named = mentions.within(actors, max(0, pos - REACH), pos)
    listed: list[tuple[Span, str]] = []
    for span, name in reversed(named):
        if mentions.type_of(actors, name) != "person":
            break
        if listed and not LIST_JOIN_RE.fullmatch(text, span[1], listed[-1][0][0]):
            break
        listed.append((span, name))
    if len({name for _, name in listed}) < 2:
        return []
    if len(SENTENCE_END_RE.findall(text, listed[0][0][1], pos)) > 1:
        return []
    return listed[::-1]


def same_sentence(text: str, end: int, pos: int) -> bool:
    """Whether no sentence ends between `end` and `pos`."""
    return SENTENCE_END_RE.search(text, end, pos) is None
