"""People coordinated with a person: "Xu Zhiyong and Ding Jiaxi", "Jiang Yefei, Dong Guangping, and
Gui Minhai", "Pakhshan Azizi and Warisha Moradi".

A list joins things of one kind. Once one of its names is a person's (a title, a "said", a known
given name made it one), a name of the same shape beside it, joined by a comma or an "and", is a
person's too: reports list the detained, the disappeared and the killed this way, and most of
their given names are unknown to our list. The shape is strict (two to four capitalised words,
none an ordinary word, a body's or a place's) so a list of a person and a body ("Jane Doe and
Amnesty International") adds nothing.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .role_names import NAME, WORD_RE, _is_name

SEP = r"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
NEXT_RE = re.compile(rf"{SEP}({NAME})")
# The name before a person: its words, then the separator, up to the person's first letter.
PREV_RE = re.compile(rf"(?<![\w'’-])({NAME[: NAME.rindex('(?!')]}){SEP}$")
WINDOW = 60  # characters before a person searched for the name before it


def conjuncts(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """A person for each name joined to a person's in a list, along the list both ways."""
    out: list[Mention] = []
    taken = {(m.start, m.end) for m in chosen}
    todo = [m for m in chosen if m.type == "person" and " " in text[m.start : m.end].strip()]
    seen: set[tuple[int, int]] = set()
    while todo:
        m = todo.pop()
        for start, end in _beside(text, m):
            if (start, end) in seen or (start, end) in taken:
                continue
            seen.add((start, end))
            words = WORD_RE.findall(text[start:end])
            if len(words) >= 2 and not words[-1].endswith(".") and _is_name(auth, words):
                found = Mention(start, end, " ".join(words), "person", 1)
                out.append(found)
                todo.append(found)
    return out


def _beside(text: str, m: Mention) -> list[tuple[int, int]]:
    """The names joined to the mention, after it and before it. The patterns are tried only where
    a comma or an "and" stands beside the mention: most people stand in no list, and the search
    back over the window before each cost more than all the rest of this module."""
    spans = []
    follows = text[m.end : m.end + 5]
    if follows[:1] == "," or follows[1:4] == "and":
        after = NEXT_RE.match(text, m.end)
        if after is not None:
            spans.append(after.span(1))
    precedes = text[max(0, m.start - 5) : m.start].rstrip()
    if precedes.endswith((",", " and")):
        before = PREV_RE.search(text, max(0, m.start - WINDOW), m.start)
        if before is not None:
            spans.append(before.span(1))
    return spans
