"""What differs between two versions of a statement, word by word, for a reader to see.

The texts are compared as runs of words (difflib), so a line broken elsewhere or spacing changed
is no difference; what is shown is the words as the first or second text writes them, with long
stretches in common shortened to their ends.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .models import DiffPiece

_TOKEN = re.compile(r"\S+")
KEEP_AROUND = 12  # words of context kept at each end of a long run the texts share
MAX_WORDS = 30_000  # beyond this a text is compared from its first words (bounded time)


def word_diff(first: str, second: str, *, shorten: bool = True) -> tuple[DiffPiece, ...]:
    """The two texts as pieces "same", "removed" (only in `first`) and "added" (only in
    `second`); with `shorten`, a long shared run keeps KEEP_AROUND words at each end around " … "."""
    a, b = _TOKEN.findall(first)[:MAX_WORDS], _TOKEN.findall(second)[:MAX_WORDS]
    pieces: list[DiffPiece] = []
    matcher = SequenceMatcher(None, [w.lower() for w in a], [w.lower() for w in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(DiffPiece("same", _shortened(a[i1:i2], shorten)))
            continue
        if i2 > i1:
            pieces.append(DiffPiece("removed", " ".join(a[i1:i2])))
        if j2 > j1:
            pieces.append(DiffPiece("added", " ".join(b[j1:j2])))
    return tuple(pieces)


def _shortened(words: list[str], shorten: bool) -> str:
    if not shorten or len(words) <= 3 * KEEP_AROUND:
        return " ".join(words)
    return " ".join(words[:KEEP_AROUND]) + " … " + " ".join(words[-KEEP_AROUND:])
