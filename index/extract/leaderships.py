"""A state's leadership as a body: "the Chinese leadership", "the new Iranian leadership", "The
Russian leadership must immediately …" name the state's rulers, which the annotators mark as its
government ("Government of China"), as they mark "the Chinese government".

The word is as often the quality those rulers show: "U.S. leadership", "American leadership in
this response", "Spain’s leadership is key", "the U.S. leadership in global health". Only the
article before the state's adjective ("the", with at most two describing words: "the present
Soviet leadership") makes the leadership a body; a preposition after it ("leadership in", "of",
"on") makes it the quality again. A possessive ("Russia’s leadership") is left as the state: it
names the quality about as often as the rulers ("Costa Rica’s leadership in providing",
"Kazakhstan’s leadership has prioritized").
"""

from __future__ import annotations

import re
from typing import Final

NOUNS: Final = frozenset({"leadership", "leaderships"})
# "the", then up to two lower-case words that describe the leadership ("new", "present", "then"),
# right before the state's adjective; not "the competence of U.S. leadership".
ARTICLE_BEFORE_RE: Final = re.compile(
    r"(?<![\w-])[Tt]he(?:[^\S\n]+(?!(?:of|in|on|for|to|and|or|with|by|from|that|under)\b)[a-z]+){0,2}"
    r"[^\S\n]+\Z"
)
# "the American leadership of the world", "the U.S. leadership in global health": what it leads.
QUALITY_AFTER_RE: Final = re.compile(r"[^\S\n]+(?:of|in|on|role|over|at)\b")


def names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the phrase from `start` (the state's adjective) to `end` (after "leadership") names
    the state's rulers as a body rather than the quality they show."""
    before = text[max(0, start - 40) : start]
    return ARTICLE_BEFORE_RE.search(before) is not None and QUALITY_AFTER_RE.match(text, end) is None
