"""A person titled as the President's staff: "Special Assistant to the President and National
Security Council Senior Director for Africa Dana Banks", "Senior Advisor to the President on
Migration Amy Pope".

State Department and White House pages name White House officials so. "the President" inside the
title is no mention of the President (the annotators mark the whole title with the name as one
person), yet it was read as one, and the title's other bodies ("at the National Security Council")
as actors of their own. Found from the holder's mention: it must begin on the same line, after
title words only, within a title's length of "the President".
"""

from __future__ import annotations

import re

from .mention import Mention

# The staff office that ends in "to the President": its ranks, then its head word.
STAFF_RE = re.compile(
    r"(?:(?:Special|Senior|Deputy|Principal|Chief)[^\S\n]+)*(?:Assistant|Advisor|Adviser|Counselor)"
    r"[^\S\n]+to[^\S\n]+\Z"
)
REACH = 40  # characters before "the President": "Principal Deputy Special Assistant to "
# Between "the President" and the holder's mention: the rest of the title, capitalised words and
# their small words only ("and National Security Council Senior Director for", "on Migration").
GAP_RE = re.compile(r"(?:[^\S\n]+(?:and|of|for|on|at|the|[A-Z][\w’'-]*))*[^\S\n]+")
GAP_REACH = 120


def titled_staff(text: str, chosen: list[Mention]) -> list[Mention]:
    """The selection with each staff title's "the President" and the bodies after it taken into
    the holder's person mention that follows."""
    absorbed: set[int] = set()
    for president in chosen:
        if president.type != "person" or text[president.start : president.end] != "the President":
            continue
        staff = STAFF_RE.search(text, max(0, president.start - REACH), president.start)
        if staff is None:
            continue
        holder = _holder_after(text, president, chosen)
        if holder is None:
            continue
        inside = [m for m in chosen if president.start <= m.start and m.end <= holder.start]
        absorbed.update(id(m) for m in inside)
        holder.start = staff.start()
    if not absorbed:
        return chosen
    return [m for m in chosen if id(m) not in absorbed]


def _holder_after(text: str, president: Mention, chosen: list[Mention]) -> Mention | None:
    """The first person mention after `president` that the title's own words lead to."""
    after = [
        m
        for m in chosen
        if m.type == "person" and president.end < m.start <= president.end + GAP_REACH and m is not president
    ]
    if not after:
        return None
    holder = min(after, key=lambda m: m.start)
    return holder if GAP_RE.fullmatch(text, president.end, holder.start) else None
