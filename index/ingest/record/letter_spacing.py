"""Letter-spaced words read as the words they spell: "N E W S  R E L E A S E" → "NEWS  RELEASE".

Old press releases set headings and letterheads in spaced capitals, and text taken from such a
PDF (or typed so) keeps a space between the letters: neither a search for "release" nor a reader
of the title list finds the word. Within such a line, letters stand one space apart and words
two or more, so joining each run of single letters gives the words back; the gaps between words
are left as they are.

Only lines holding a long run (five letters or more) are touched: elsewhere runs of single
letters are initials or stripped punctuation ("U S Senator", "Mr J R Smith"), not spacing.
"""

from __future__ import annotations

import re

# Single letters one space apart, not touching another letter: "N E W S", "t h e".
_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_](?: [^\W\d_])+(?![^\W\d_])")
_LONG_RUN = re.compile(r"(?<![^\W\d_])[^\W\d_](?: [^\W\d_]){4,}(?![^\W\d_])")


def _join(match: re.Match[str]) -> str:
    return match.group().replace(" ", "")


def _repair_line(line: str) -> str:
    if _LONG_RUN.search(line) is None:
        return line
    return _RUN.sub(_join, line)


def join_letter_spacing(text: str) -> str:
    """`text` with letter-spaced words joined; unchanged (the same object) when it has none."""
    if _LONG_RUN.search(text) is None:  # the common case: one scan, nothing to do
        return text
    return "\n".join(_repair_line(line) for line in text.split("\n"))
