"""Imperatives the speaker addresses to someone named before a colon: "I say to President
Ahmadinejad and the Iranian leadership: do not build a bomb" (a General Debate speech), "I say to
Mr Rudd: stop making excuses" (a press release), "We therefore say to the military leaders: restore
power …". The one addressed is asked; the imperative begins after the colon, where the imperative
finder, which reads a sentence's first word, does not look.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import Found, clause_start
from .verbs import ACTION_VERBS

_VERBS = "|".join(sorted(ACTION_VERBS, key=len, reverse=True))
# "I say to X:", "We therefore say to X:", "I would like to say once again to X:"; X runs to the
# colon over titles' full stops ("Mr. Netanyahu") but no other stop; after the colon (and an opening
# quotation mark) a verb of action ("stop making excuses", not "let me…") or a negative imperative
# ("do not", "don't", "never")
ADDRESSED_RE = re.compile(
    r"\b(?:I|[Ww]e)\s+(?:(?:also|again|therefore|now|today|would\s+(?:also\s+)?like\s+to|want\s+to|wish\s+to)\s+)*"
    r"(?P<say>say)\s+(?:(?:again|today|also|once\s+again|once\s+more)\s+)?to\s+"
    r"(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.|[^:;.!?\n]|\n(?!\n)){2,90}?)\s*:\s*[“\"‘']?\s*"
    r"(?P<v>(?:[Dd]o\s+not|[Dd]on['’]t|[Nn]ever)(?![\w'’-])|(?i:" + _VERBS + r")(?![\w'’-])(?!\s+me\b))"
)


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The imperatives addressed to someone before a colon in sentence [s, e)."""
    for m in ADDRESSED_RE.finditer(text, s, e):
        yield Found(
            clause_start(text, s, m.start()), m.start("say"), m.start("v"), "call_on", [m.span("who")]
        )
