"""Bodies named again by their head word alone: "the ANZUS Council … The Council expressed",
"the Senate Judiciary Committee … this Committee". After "the" or "this" and written with a
capital, the head word refers to the last body the text named with it; in lower case ("the
council", "a commission") it is an ordinary noun and names no one."""

from __future__ import annotations

import re

from .mention import Mention

HEADS = frozenset(
    """Council Committee Subcommittee Commission Coalition Tribunal Alliance Agency Fund Panel Board
    Bureau Foundation Institute Forum""".split()
)
BODY_TYPES = frozenset({"igo", "ngo", "government", "legislature", "party", "armed_group", "media"})
# "The Council of Europe", "the Commission for Refugees": a name of its own, not a reference back.
NAMED_ON_RE = re.compile(r"[^\S\n]+(?:[A-Z]|(?:of|for|on|to)[^\S\n]+[A-Z])")


def _head(text: str, m: Mention) -> str:
    words = text[m.start : m.end].split()
    return words[-1] if words and words[-1] in HEADS else ""


def references(text: str, chosen: list[Mention]) -> list[Mention]:
    """Mentions of "the/this <Head>" for each body named earlier with that head word."""
    named = sorted((m.start, head, m) for m in chosen if m.type in BODY_TYPES and (head := _head(text, m)))
    if not named:
        return []
    heads = sorted({h for _, h, _ in named})
    pattern = re.compile(r"\b(?:[Tt]he|[Tt]his)[^\S\n]+(" + "|".join(heads) + r")\b")
    out: list[Mention] = []
    for m in pattern.finditer(text):
        if NAMED_ON_RE.match(text, m.end()):
            continue
        last = None
        for start, head, body in named:
            if start >= m.start():
                break
            if head == m.group(1):
                last = body
        if last is not None:
            out.append(Mention(m.start(), m.end(), last.name, last.type, 2, aid=last.aid))
    return out
