"""A part of a state named by a capitalised compass word: "Central Uganda", "Western Sudan",
"WESTERN SUDAN", "Eastern Ukraine".

The place finders read a compass adjective in lower case ("northern Uganda", "western Sudan"), so
the capitalised one, in a headline, a title-cased name or at a sentence's start, left the state's
own mention, and the region's pairs joined the state's. The annotators mark the region as a
place of its own, as the lower-case one is; it is named alike ("Western Sudan") so both writings
are one actor.
"""

from __future__ import annotations

import re

from .mention import Mention

# The compass word right before the state's name, on its line, in title or upper case.
COMPASS_BEFORE_RE = re.compile(
    r"(?<![\w-])(Northern|Southern|Eastern|Western|Central|NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL)"
    r"[^\S\n]+$"
)
# A capitalised word after the name carries on a longer name ("Western Azerbaijan Community").
NAME_GOES_ON_RE = re.compile(r"[^\S\n]+[A-Z][a-z]")


def extend(text: str, chosen: list[Mention]) -> None:
    """Turn, in place, each state's mention after a capitalised compass word into the region's."""
    if not any(w in text for w in ("ern ", "ERN ", "entral ", "ENTRAL ")):
        return  # most statements
    for m in chosen:
        if m.type != "state" or m.aid < 0:
            continue
        found = COMPASS_BEFORE_RE.search(text, max(0, m.start - 10), m.start)
        if found is None or NAME_GOES_ON_RE.match(text, m.end) or _covered(chosen, found.start()):
            continue
        words = text[m.start : m.end]
        m.name = f"{found.group(1).capitalize()} {words.title() if words.isupper() else words}"
        m.start, m.type, m.country, m.aid = found.start(), "place", m.aid, -1


def _covered(chosen: list[Mention], at: int) -> bool:
    """Whether another mention covers the compass word at `at`."""
    return any(o.start <= at < o.end for o in chosen)
