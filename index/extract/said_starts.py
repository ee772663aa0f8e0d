"""Where a name that "said", "says" or "told" something, or is given an age, may begin: the only
places people.SAID_RE can match ("Jane Doe said", "Jane Doe, a lawyer, told", "Jane Doe, 42,").

Searched over the whole text, that pattern stops at every capital and tries a name there, and
nearly every capitalised pair is followed by neither cue: a third of the time of finding people
by "said". Read backwards from each cue instead, the two words before it (or before the aside
between commas that precedes it) are where a match can begin, and trying the pattern at those
few places only, in text order, finds exactly the matches its finditer finds. The reasoning,
from the pattern: the name is two runs of non-space characters joined by spaces or tabs (no line
break), then either an aside ",…," of 3 to 80 characters with no ",", "." or line break, and
white space, and the cue word; or ", 42," ("aged" optional) right after the name."""

from __future__ import annotations

import re

from .tokens import Caps, occurrences

CUE_WORDS = ("said", "says", "told")  # the pattern is case-sensitive: lower case only
AGE_COMMA_RE = re.compile(r",(?=\s+(?:aged\s+)?\d{1,2},)")  # every such comma, overlapping ones too
ASIDE_REACH = 82  # from the aside's closing comma back to its opening one: ",…," of 3 to 80


def name_starts(text: str) -> Caps:
    """(position, "") of every place a name before a cue may begin, in text order; for
    tokens.match_at, which tries the pattern there as its finditer would."""
    starts: set[int] = set()
    for end in _name_ends(text):
        found = _name_span(text, end)
        if found is not None:
            starts.update(range(*found))
    return [(p, "") for p in sorted(starts)]


def _name_ends(text: str) -> list[int]:
    """Where a name may end: before the white space before a cue word, before the opening comma
    of an aside that closes there, and at a comma that an age follows."""
    ends = []
    for q, _ in occurrences(text, CUE_WORDS):
        r = q
        while r > 0 and text[r - 1].isspace():
            r -= 1
        if r == q:
            continue  # no white space before the word: "retold", "unsaid"
        ends.append(r)
        if text[r - 1 : r] == ",":  # the aside's closing comma: its opening one is the nearest before
            for x in range(r - 2, max(-1, r - 2 - ASIDE_REACH), -1):
                if text[x] == ",":
                    ends.append(x)
                    break
                if text[x] in ".\n":
                    break
    ends += [m.start() for m in AGE_COMMA_RE.finditer(text)]
    return ends


def asides(text: str) -> list[tuple[int, int]]:
    """(start, end) of every aside between commas that closes right before a cue word: where a name
    set off after its role stands ("The founder of both projects, Raqib Hameed Naik, told…")."""
    out = []
    for q, _ in occurrences(text, CUE_WORDS):
        r = q
        while r > 0 and text[r - 1] in " \t":
            r -= 1
        if r < q and text[r - 1 : r] == ",":
            x = text.rfind(",", max(0, r - 2 - ASIDE_REACH), r - 1)
            if x >= 0 and not any(c in ".\n" for c in text[x + 1 : r - 1]):
                out.append((x + 1, r - 1))
    return out


def _run_start(text: str, end: int) -> int:
    """Where the run of non-space characters that ends at `end` begins."""
    i = end
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    return i


def _name_span(text: str, end: int) -> tuple[int, int] | None:
    """The positions where a two-word name ending at `end` may begin: within the first word's run
    of non-space characters, which spaces or tabs (no line break) part from the second's."""
    second = _run_start(text, end)
    if second == end:
        return None
    first_end = second
    while first_end > 0 and text[first_end - 1] != "\n" and text[first_end - 1].isspace():
        first_end -= 1
    if first_end == second:
        return None
    first = _run_start(text, first_end)
    return (first, first_end) if first < first_end else None
