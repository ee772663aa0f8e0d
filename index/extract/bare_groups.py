"""A group named by its noun alone after the text describes one group of that noun: "Irian Jayan
refugees … these refugees", "Guantanamo detainees … the detainees", "Ethiopian migrants … the
migrants".

The population finders name a group after the words the text uses, so "the detainees" of a
statement about Guantanamo detainees stood as an actor apart from them. Statements shorten the
group they are about to its noun, as they shorten a body's name, so the bare noun after it is
that group when the text described exactly one group of the noun before it and points back to
it with "the", "these" or "those"; with two ("Afghan refugees", "Khmer refugees") it may be
either, or all refugees, and is left alone, as is a noun only ever counted ("300 million
children" is not "needy children"). "People" and "persons" are no group's own noun ("1 million
people", "the Syrian people"), and a list ("women and girls") or a group with a complement
("persons with disabilities") has another head.
"""

from __future__ import annotations

import re

from .mention import Mention

GENERIC = frozenset({"people", "peoples", "persons", "population", "populations", "communities", "community"})
NOT_HEAD = (" and ", " of ", " with ", " in ", " from ", " for ", " who ", "-")
# A definite article or demonstrative points back to a group named before ("these refugees");
# a number or a quantity counts a wider set as often ("300 million children", "many migrants").
DEFINITE = frozenset({"the", "these", "those"})
BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|THE|THESE|THOSE)[^\S\n]+$")


def _kind(text: str, m: Mention) -> bool | None:
    """True for the noun alone after "the", "these" or "those" (in the mention or just before
    it); None if a capitalised word describes the group ("Khmer refugees": another group the
    finders named by its noun); False for anything else."""
    words = text[m.start : m.end].split()
    if any(w[:1].isupper() for w in words[:-1]) and words[0].lower() not in DEFINITE:
        return None
    if len(words) == 2 and words[0].lower() in DEFINITE:
        return True
    return len(words) == 1 and BEFORE_RE.search(text, max(0, m.start - 8), m.start) is not None


def _head_part(name: str) -> str:
    """The name without a first word that prefixes a name ("Pro-Palestinian protesters",
    "Indo-Chinese refugees": a group described like "Iraqi refugees"; "Non-dependent children"
    keeps its hyphen, a compound noun's)."""
    first, _, rest = name.partition(" ")
    return rest if PREFIXED_RE.fullmatch(first) else name


PREFIXED_RE = re.compile(r"[A-Z][a-z]+-[A-Z][\w’']*")


def link(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, the population named by its noun alone after the one population of the
    text whose name ends in that noun, when the text described that one first and points back
    to it ("the detainees") at least once."""
    bare: dict[str, list[Mention]] = {}
    described: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    pointed: set[str] = set()
    blocked: set[str] = set()
    for m in mentions:
        if m.type != "population":
            continue
        name = m.name
        if " " not in name:
            noun = name.lower()
            if noun in GENERIC or noun in blocked:
                continue
            kind = _kind(text, m)
            if kind is None:
                blocked.add(noun)  # the finders named a described group by its noun
                continue
            if kind:
                pointed.add(noun)
            bare.setdefault(noun, []).append(m)
        elif not any(w in _head_part(name) for w in NOT_HEAD):
            noun = name.rsplit(" ", 1)[-1].lower()
            described.setdefault(noun, set()).add(name)
            first[name] = min(first.get(name, m.start), m.start)
    for noun, ms in bare.items():
        names = described.get(noun)
        if noun in blocked or noun not in pointed or names is None or len(names) != 1:
            continue
        full = next(iter(names))
        if first[full] < min(m.start for m in ms):  # described before it is shortened
            for m in ms:
                m.name = full
