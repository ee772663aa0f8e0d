"""Fighters named by their side ("Tuareg rebels", "Seleka attackers", armed_descriptions.py) and the
other ways the text names that side: "the rebels" after them, "the Seleka" and "Seleka groups".
One actor, as the annotation groups them; a people's name ("the Tuareg") stays the people.
"""

from __future__ import annotations

import re

from .mention import Mention

# After a side's name: its bodies ("Seleka groups"), or the end of the phrase ("the Seleka, a
# coalition", "the Seleka and …").
SIDE_AFTER = (
    r"(?P<body>[^\S\n]+(?:groups|factions|forces|militias|coalition)\b)"
    r"|(?=[^\S\n]*[,.;:–—)]|[^\S\n]+(?:and|or)\b)"
)
PEOPLE_NOUNS = (
    "civilians|people|men|women|children|villagers|communities|community|herders|farmers|families|residents"
)


def named_again(text: str, found: list[Mention], chosen: list[Mention], side_nouns: frozenset[str]) -> None:
    """ "The rebels" after "Tuareg rebels" are those rebels, when the text named one side by that
    noun: they took the bare noun's name ("Rebels", anaphora.armed_groups) and stood apart from
    the side named just before. Two sides named alike ("Arab militiamen … Masalit militiamen")
    leave the bare noun to no one."""
    sides: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in found:
        noun = text[m.start : m.end].split()[-1].lower()
        if noun in side_nouns and noun not in m.name.lower().split():
            sides.setdefault(noun, set()).add(m.name)  # "Tuareg rebels" named "Tuareg fighters"
            first.setdefault(noun, m)
    for noun, names in sides.items():
        if len(names) != 1:
            continue
        side = first[noun]
        for c in chosen:
            if c.name == noun.capitalize() and c.start > side.start and c.aid < 0:
                c.name, c.aid = side.name, side.aid


def by_name(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """ "The Seleka" and "Seleka groups" in a text that named "Seleka attackers": the side's own
    name, standing alone ("aligned with the Seleka, a … coalition") or before a noun for bodies.
    A people's name is left alone: a text that writes "ethnic Tuareg" or "Fulani herders" names
    the people by the word, "the Tuareg" being them, not their fighters."""
    out: list[Mention] = []
    sides = {m.name.removesuffix(" fighters"): m for m in found if m.name.endswith(" fighters")}
    for word, side in sides.items():
        if len(word.split()) != 1 or not word[:1].isupper() or _names_a_people(text, word):
            continue
        for m in re.finditer(rf"(?:\b[Tt]he[^\S\n]+)?\b{re.escape(word)}\b(?:{SIDE_AFTER})", text):
            if m.group("body") is None and not m.group().lower().startswith("the"):
                continue  # "Seleka," alone is as often the people or the place
            if any(s < m.end() and e > m.start() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), side.name, side.type, 1, aid=side.aid))
    return out


def _names_a_people(text: str, word: str) -> bool:
    return re.search(rf"\b(?:[Ee]thnic[^\S\n]+{word}\b|{word}[^\S\n]+(?:{PEOPLE_NOUNS})\b)", text) is not None
