"""States a speech points at without naming them: "certain countries must stop bombing their
neighbours", "the support of certain States", "the era of quiet among major Powers".

UN speeches accuse or address states they will not name from the rostrum; the annotation marks
such a reference as one actor of type `other`, as it marks "many Western countries". Only the
determiner "certain" and the adjective "major" before "Powers" say that: "certain" picks out
states the speaker has in mind; a generic set ("all countries", "developing countries", "other
countries", "some countries that now recognize …") is no actor, and is left alone. "a certain"
is singular and names no set, "in certain countries" a place where something happens.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences

# Searched for by these literal words first (one shared pass): the pattern is read only there.
WORDS = ("ertain countries", "ertain States", "ertain Powers", "major Powers")
# "a certain" is singular; "in certain countries" a place where something happens, no actor.
SKIPPED_RE = re.compile(r"\b(?:[Aa]|in|within)[^\S\n]+$")
# The article and a count before "major Powers" are the mention's, as with any definite
# description ("the two major Powers"); "certain" takes none.
ARTICLE_RE = re.compile(r"\b[Tt]he[^\S\n]+(?:(?:two|three|five|other)[^\S\n]+)?$")


def unnamed_powers(text: str) -> list[Mention]:
    """One `other` mention for each reference to states left unnamed, all named alike so they
    group as one actor, as the annotation groups them."""
    out: list[Mention] = []
    for pos, word in occurrences(text, WORDS):
        start = pos - 1 if word[0] == "e" else pos  # "certain" or "Certain"
        end = pos + len(word)
        inside = start > 0 and text[start - 1].isalnum() or text[end : end + 1].isalnum()
        if inside or text[start] not in "cCm":
            continue  # part of another word ("uncertain countries")
        if SKIPPED_RE.search(text, max(0, start - 8), start) is not None:
            continue
        if word[0] == "m":
            article = ARTICLE_RE.search(text, max(0, start - 12), start)
            start = start if article is None else article.start()
        name = "Certain " + word.split()[1] if word[0] == "e" else "M" + word[1:]
        out.append(Mention(start, end, name, "other", 1))  # named as the panels name groups
    return out
