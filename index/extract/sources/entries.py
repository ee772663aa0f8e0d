"""One actor of the authority file as the build assembles it, and the merge of the sources:
hand additions first, then the ISO country list, then the CAMEO/Phoenix dictionaries."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Entry:
    name: str
    type: str
    code: str
    aliases: list[str] = field(default_factory=list)
    adjectives: list[str] = field(default_factory=list)


def _bare(alias: str) -> str:
    """The alias as sources compare it: no article, no case, no "~" (an ordinary word's mark)."""
    return re.sub(r"^the ", "", alias.lower().removeprefix("~"))


def merge(first: list[Entry], rest: list[Entry]) -> list[Entry]:
    """`first` (the hand additions) win: a later entry whose name is an earlier entry's alias, or a
    state or place with an earlier state's or place's country code, merges into it; an alias
    claimed by an earlier entry is dropped from a later one."""
    claimed: dict[str, Entry] = {}
    by_code: dict[str, Entry] = {}
    result: list[Entry] = []
    for e in first:
        result.append(e)
        if e.type in ("state", "place") and len(e.code) == 3:
            by_code.setdefault(e.code, e)
        for al in e.aliases:
            claimed.setdefault(_bare(al), e)
    seen: dict[tuple[str, str], Entry] = {}
    for e in rest:
        target = claimed.get(_bare(e.name))
        if target is None and e.type == "state":
            target = by_code.get(e.code)
        if target is not None and (target.type == e.type or e.type in ("state", "igo", "ngo", "place")):
            _absorb(target, e, claimed)
            continue
        e.aliases = [a for a in e.aliases if _bare(a) not in claimed]
        key = (e.name.lower(), e.type)
        if key in seen:  # the same name filed twice (e.g. a city under two spellings): one actor
            seen[key].aliases += e.aliases
            continue
        seen[key] = e
        result.append(e)
        if e.type == "state":
            by_code.setdefault(e.code, e)
        for al in e.aliases:
            claimed.setdefault(_bare(al), e)
    return result


def _absorb(target: Entry, e: Entry, claimed: dict[str, Entry]) -> None:
    if target.type == "place" and e.code.startswith(target.code + "-"):
        target.code = e.code  # "USA" → "USA-NJ": the subdivision's own code is the more precise
    for a in e.aliases:
        owner = claimed.get(_bare(a))
        if owner is None or owner is target:
            target.aliases.append(a)
            claimed[_bare(a)] = target
    target.adjectives += e.adjectives


def tidy(entries: list[Entry], keep_alias: Callable[[str], bool]) -> list[Entry]:
    """Aliases and adjectives once each, in order; entries left without an alias dropped."""
    for e in entries:
        e.aliases = list(dict.fromkeys(a for a in e.aliases if keep_alias(a)))
        e.adjectives = list(dict.fromkeys(e.adjectives))
    return [e for e in entries if e.aliases]
