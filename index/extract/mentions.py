"""Where the found actors are mentioned: lookups by position that demand finding and speaker
attribution make many times per document (who is named inside a target phrase, who was named
last before a pronoun)."""

from __future__ import annotations

import bisect
import re

from ..models import Actor

Spans = list[tuple[tuple[int, int], str]]

_LAST: list[tuple[tuple[Actor, ...], list[int], Spans, dict[str, str]]] = []


def _sorted(actors: tuple[Actor, ...]) -> tuple[list[int], Spans, dict[str, str]]:
    """Every mention as ((start, end), name), sorted, with the starts for bisection and each
    name's type: sorting all mentions again for each demand cost more than finding the demands.
    Remembered for the last actors only, by identity (hashing the actors costs as much as
    sorting them)."""
    if _LAST and _LAST[0][0] is actors:
        return _LAST[0][1], _LAST[0][2], _LAST[0][3]
    items = sorted(((s, e), act.name) for act in actors for s, e in act.mentions)
    starts = [it[0][0] for it in items]
    types = {a.name: a.type for a in actors}
    _LAST[:] = [(actors, starts, items, types)]
    return starts, items, types


def within(actors: tuple[Actor, ...], a: int, b: int) -> Spans:
    """Mentions lying within [a, b), in text order."""
    starts, items, _ = _sorted(actors)
    out = []
    for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
        if items[i][0][1] <= b:
            out.append(items[i])
    return out


def type_of(actors: tuple[Actor, ...], name: str) -> str:
    return _sorted(actors)[2].get(name, "")


def last_before(actors: tuple[Actor, ...], pos: int, types: frozenset[str], lo: int = 0) -> str | None:
    """The actor of one of `types` mentioned last before `pos` (not before `lo`)."""
    starts, items, kinds = _sorted(actors)
    for i in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
        (s, e), name = items[i]
        if s < lo:
            break
        if e <= pos and kinds.get(name) in types:
            return name
    return None


ROLE_OF_RE = re.compile(r"(Government|Parliament|Senate|President|Armed forces|Prime Minister) of ")
_HEADS: list[tuple[tuple[Actor, ...], dict[str, tuple[list[int], list[str]]]]] = []


def last_headed(actors: tuple[Actor, ...], head: str, pos: int) -> tuple[int, str] | None:
    """(start, name) of the last mention before `pos` of an actor whose name ends in `head`
    (singular, lower case): "the Council" → the "ANZUS Council" named before."""
    if not (_HEADS and _HEADS[0][0] is actors):
        by_head: dict[str, list[tuple[int, str]]] = {}
        for a in actors:
            role = ROLE_OF_RE.match(a.name)  # "Government of India" is "the government"
            key = (role.group(1) if role else a.name.rsplit(" ", 1)[-1]).lower().rstrip("s")
            by_head.setdefault(key, []).extend((s, a.name) for s, _ in a.mentions)
        index = {k: ([s for s, _ in sorted(v)], [n for _, n in sorted(v)]) for k, v in by_head.items()}
        _HEADS[:] = [(actors, index)]
    starts, names = _HEADS[0][1].get(head, ([], []))
    i = bisect.bisect_left(starts, pos) - 1
    return (starts[i], names[i]) if i >= 0 else None
