"""A pattern searched only on the lines that hold one of its literal words.

Some finders search the whole text with a pattern that opens on optional words ("the", "former",
"UN") before the word it is about ("Special Rapporteur", "Working Group"): the engine has no
literal to skip to and tries the pattern at every letter, a millisecond or more for each statement
that the finder's `in` test lets through. Such a pattern whose matches never cross a line (its
spaces are [^\\S\\n]) finds the same on the lines holding its word as on the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


def finditer(rx: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, for a pattern whose every match lies within one line and holds one of
    `words`: each such line is searched up to its line break, which the pattern reads as it reads
    the text's end (neither is a word character nor matched by anything in it)."""
    hits = sorted(i for word in words for i in _places(text, word))
    end = -1
    for i in hits:
        if i < end:
            continue  # on the line just searched
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        if end == -1:
            end = len(text)
        # the search from `start` still reads the text before it: "\b" and look-behinds see it
        yield from rx.finditer(text, start, end)


def _places(text: str, word: str) -> list[int]:
    found = []
    i = text.find(word)
    while i != -1:
        found.append(i)
        i = text.find(word, i + 1)
    return found
