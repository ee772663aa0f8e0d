"""The "Government" of an office's title: "Heads of State and Government", "Head of Government".

UN speeches greet "Your Excellencies, Heads of State and Government", recall "the Summit of the
Heads of State and Government of the African Union" and speak "as Head of Government"; Australian
releases name "the Commonwealth Heads of Government Meeting". The word names the office its
holders share, not the executive of any state: read as an organ it became the government of the
speaker or of the state named last (one speech in eight of the General Debate archive says it,
each adding a stray mention to some government's group). In "the Head of Government of Benin"
the state is still named, as in "the Head of State of Greece".
"""

from __future__ import annotations

import re

# "Heads of State and Government", "Head of State or of Government", "Heads of Government",
# wrapped over lines as scanned speeches are
TITLE_RE = re.compile(r"\b[Hh]eads?\s+of\s+(?:[Ss]tate\s+(?:and|or|&)\s+(?:of\s+)?)?$")
REACH = 40  # characters before the word: the longest title form with its spaces fits


def in_title(text: str, start: int) -> bool:
    """Whether the word "Government" at `start` ends a head's title."""
    return TITLE_RE.search(text, max(0, start - REACH), start) is not None
