"""A state's government as a party to talks: "the Austrian side", "the Russian side".

Readouts and joint statements of talks name each government by its side ("the Ukrainian side
proposed", "Secretary Blinken and the Indian side discussed"); the annotation marks such a side as
that state's government (tests/extraction_eval/README.md, the Austria statement). A nationality
adjective alone names no actor, so these were not found. Only a state's adjective counts: "the
European side" is the Union's, "the Asia side" no state's.
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .organs import ORGANS, of_state
from .tokens import fold

# "side" is found first (a literal the search skips to), the words before it read back ("the
# Austrian "): a pattern beginning with "the" was tried at every "the" of every text. "the
# Ukrainian side of the line" is a place.
SIDE_RE = re.compile(r"side\b(?![^\S\n]+of\b)")
BEFORE_RE = re.compile(r"\b[Tt]he[^\S\n]+(?P<adj>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)[^\S\n]+$")
GOVERNMENT = ORGANS[("government",)].pattern


def sides(text: str, auth: Authority) -> list[Mention]:
    """Each "the <nationality> side" as that state's government."""
    if not has_any(text, (" side",)):
        return []  # most statements
    out = []
    for side in SIDE_RE.finditer(text):
        if (
            text[side.start() - 2 : side.start() - 1].isalpha() is False
            or text[side.start() - 1 : side.start()] != " "
        ):
            continue  # "inside", "outside": no word of its own
        m = BEFORE_RE.search(text, max(0, side.start() - 40), side.start())
        state = auth.adjectives.get(fold(m.group("adj")), -1) if m else -1
        if m is not None and state >= 0 and auth.types[state] == "state":
            name = GOVERNMENT.format(of_state(auth.names[state]))
            out.append(Mention(m.start(), side.end(), name, "government", 4, country=state))
    return out
