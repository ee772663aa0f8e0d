"""A state's leadership as a body: "the Chinese leadership", "the new Iranian leadership", "The
Russian leadership must immediately …" name the state's rulers, which the annotators mark as its
government ("Government of China"), as they mark "the Chinese government".

The word is as often the quality those rulers show: "U.S. leadership", "American leadership in
this response", "Spain’s leadership is key", "the U.S. leadership in global health". Only the
article before the state's adjective ("the", with at most two describing words: "the present
Soviet leadership") makes the leadership a body; a preposition after it ("leadership in", "of",
"on") makes it the quality again. A possessive names the quality about as often as the rulers
("Costa Rica’s leadership in providing", "Spain’s leadership is key"): it is the rulers only as
the one asked or held to account ("urged Cambodia’s leadership to maintain", "hold Russia’s
leadership and military personnel accountable") or as the subject of what they will or must do
("Russia’s leadership will continue", "Iran’s leadership has refused").
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
# The verb of a call or of accountability right before the state's possessive.
ASKED_BEFORE_RE: Final = re.compile(
    r"(?<![\w-])(?:urge[sd]?|urging|(?:call(?:s|ed|ing)?|prevail(?:s|ed)?)[^\S\n]+(?:on|upon)|ask(?:s|ed)?|"
    r"press(?:es|ed)?|hold|holds|holding|held)[^\S\n]+\Z"
)
# What the rulers will, must or did do right after the word.
ACTING_AFTER_RE: Final = re.compile(
    r"[^\S\n]+(?:must|should|will|would|shall|has|have|had|continues|continued|refuses|refused)\b"
)


def names_a_body(text: str, start: int, end: int) -> bool:
    """Whether the phrase from `start` (the state's adjective) to `end` (after "leadership") names
    the state's rulers as a body rather than the quality they show."""
    before = text[max(0, start - 40) : start]
    return ARTICLE_BEFORE_RE.search(before) is not None and QUALITY_AFTER_RE.match(text, end) is None


def possessed_body(text: str, start: int, end: int) -> bool:
    """Whether "<state>’s leadership" from `start` to `end` names the rulers: asked or held to
    account, or the subject of what they will or must do."""
    asked = ASKED_BEFORE_RE.search(text[max(0, start - 30) : start]) is not None
    return (asked or ACTING_AFTER_RE.match(text, end) is not None) and QUALITY_AFTER_RE.match(
        text, end
    ) is None
