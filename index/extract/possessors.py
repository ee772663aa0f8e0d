"""Whose an organ word is when a possessive names its state before a description: "Mali’s
transitional military authorities", "India’s new government", "the country’s highest court".

The composition of country and role ("Mali’s authorities") takes the role only right after the
possessive; with a description between, only the state was marked, as a `state`, where the
statement names the state's government (its type and its group were then wrong). "The country’s"
names no state: the organ is resolved as "the government" is, to the state the text is about
(organs.resolve).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .tokens import Token, tokens_before

POSSESSIVES = frozenset({"’s", "'s"})
# Words that end the description before an organ word: "Canada’s arms export regime" is a
# regulation, "Berlin’s state government" a province's.
NOT_DESCRIBING = frozenset(
    """state provincial local city municipal regional county district export arms trade sanctions
    visa tax and or of to for with by in on at as""".split()
)
MOST_WORDS = 2
# The quick test before the scan looks closer: a possessive and one or two words before `pos`.
POSSESSED_RE = re.compile(r"(?:’s|'s)(?:[^\S\n]+[a-z][a-z-]*){1,2}[^\S\n]+$")
# A name's possessive right before: "Burma’s army", "Congo's army". A state named by its adjective
# or file name is composed with the role (actors.py); one named by another of its names ("Burma",
# "Congo", "Britain") is found only here, where the organ word asks whose it is.
NAMED_OWNER_RE = re.compile(r"[A-Z][\w.-]*(?:’s|'s)[^\S\n]+$")

StateAt = Callable[[list[Token], int], "tuple[int, int] | None"]


def after_possessive(text: str, pos: int) -> bool:
    """Whether one or two lower-case words and a possessive stand before `pos`."""
    return POSSESSED_RE.search(text, max(0, pos - 40), pos) is not None


def after_named_owner(text: str, pos: int) -> bool:
    """Whether a capitalised word's possessive stands right before `pos` ("Burma’s army")."""
    return NAMED_OWNER_RE.search(text, max(0, pos - 40), pos) is not None


def possessor(
    text: str, pos: int, state_at: StateAt, is_state: Callable[[int], bool]
) -> tuple[int, int] | None:
    """(where the phrase starts, the state) for an organ word at `pos` after "<State>’s" and up
    to two lower-case words; the state is -1 for "the country’s". None when no such possessive."""
    before = tokens_before(text, pos, MOST_WORDS + 5)
    k = len(before) - 1
    while k >= 0 and len(before) - 1 - k < MOST_WORDS and _describes(before[k].text):
        k -= 1
    if k < 1 or before[k].text not in POSSESSIVES or before[k].end != before[k - 1].end + len(before[k].text):
        return None
    owner = before[k - 1]
    if owner.text == "country" and k >= 2 and before[k - 2].text.lower() == "the":
        return before[k - 2].start, -1
    if not owner.text[:1].isupper():
        return None
    for j in range(max(0, k - 3), k):  # "South Sudan’s", "the United States’"
        found = state_at(before[:k], j)
        if found is not None and found[1] == owner.end and is_state(found[0]):
            return before[j].start, found[0]
    return None


def _describes(word: str) -> bool:
    return word.replace("-", "").isalpha() and word.islower() and word not in NOT_DESCRIBING
