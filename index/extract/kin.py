"""People named as another's relative: "Malanga’s son Marcel", "Mejid’s wife", "Saleh’s brother
Sami".

A name's possessive before a word of kinship names the relative, not the name's bearer: read
word by word, "Malanga" in "Malanga’s son" was a mention of Christian Malanga, and the son's
mentions were grouped under his father. The whole phrase is the relative's mention. A given name
right after it ("… son Marcel") is part of the relative's name, and the bare phrase elsewhere in
the text ("Malanga's son") and the given name alone after it ("Sami said") are the same person.
The name keeps its kinship word: as "Marcel Malanga" its surname would draw the father's later
"Malanga" to the son (people.name_parts).

A relative named by a pronoun's kinship and a given name alone ("with her husband, Salim", "his
wife Iqbal", "his sister, Abier") was no one: one capitalised word, with no title or "said" beside it.
The kinship says it is a person's name.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import occurrences

# Words of one relative; plurals ("Russia's sons and daughters") name no one person.
KIN_WORDS = (
    "son daughter wife husband brother sister father mother nephew niece cousin widow widower "
    "grandson granddaughter grandfather grandmother uncle aunt stepson stepdaughter fiancé fiancée"
).split()
# The quick test: a possessive and a kinship word, found with every finder's words in one pass.
TRIGGERS = tuple(f"{mark}s {kin}" for mark in ("’", "'") for kin in KIN_WORDS)
# The owner's one to three capitalised words before the possessive.
OWNER_RE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w-]*[^\S\n]+){0,2}[A-Z][a-z][\w-]*)$")
KIN_RE = re.compile(
    r"[’'](?:s)[^\S\n]+(" + "|".join(KIN_WORDS) + r")\b"
    # one given name after it, not the first of a full name or of the next sentence's words
    r"(?:[^\S\n]+([A-Z][a-z][\w-]*)\b(?![^\S\n]+[A-Z]|[’']s\b))?"
)
# "his wife, Lana": the relatives of someone the text named before, by their given names.
PRONOUN_TRIGGERS = tuple(f"{pronoun} {kin}" for pronoun in ("his", "her") for kin in KIN_WORDS)
GIVEN_AFTER_RE = re.compile(
    r"[a-z]+[^\S\n]+[a-zé]+,?[^\S\n]+([A-Z][a-z][\w-]*)\b(?![^\S\n]+[A-Z]|[’'.-]\w|[^\S\n]*\()"
)
# A caption's place and state after the word: "the landmine that killed her father, Al-Shaqb, Yemen".
PLACE_AFTER_RE = re.compile(r",[^\S\n]*[A-Z][\w-]*,")
REACH = 40  # characters before the possessive searched for the owner's name
# A capitalised word before a given name makes it part of another name or title ("Crown Prince
# Mohammed"), as one after it does ("Mohammed bin Salman" aside, "Sami Saleh").
TITLED_RE = re.compile(r"[A-Z][\w.’'-]*[^\S\n]+$")


def kin(text: str, auth: Authority) -> list[Mention]:
    """A person's mention for each "<Name>’s <kin> [<Given>]" of the text."""
    found: list[tuple[int, int, str, str, str]] = []  # start, end, family name, kin phrase, given
    for at, _ in occurrences(text, TRIGGERS):
        owner = OWNER_RE.search(text, max(0, at - REACH), at)
        m = KIN_RE.match(text, at)
        if owner is None or m is None or _not_a_person(owner.group(1), auth):
            continue
        family = owner.group(1).split()[-1]
        found.append((owner.start(1), m.end(), family, f"{family}'s {m.group(1)}", m.group(2) or ""))
    # "Malanga’s son Marcel" … "Malanga's son": one person, named by the given name the text gives
    # ("Saleh’s brother Sami" and "Saleh’s brother Mahmoud" leave "Saleh’s brother" as it is)
    given: dict[str, set[str]] = {}
    for _, _, _, phrase, name in found:
        if name:
            given.setdefault(phrase, set()).add(f"{phrase} {name}")
    out = [
        Mention(start, end, f"{phrase} {name}" if name else _only(given.get(phrase), phrase), "person", 1)
        for start, end, _, phrase, name in found
    ]
    for _, end, _, phrase, name in found:
        if name:
            out += _given_alone(text, name, end, f"{phrase} {name}")
    return out + _pronouns_kin(text, auth)


def _pronouns_kin(text: str, auth: Authority) -> list[Mention]:
    """The given name after "his wife", "her husband,": the relative's, and its later mentions."""
    out: list[Mention] = []
    for at, _ in occurrences(text, PRONOUN_TRIGGERS):
        m = GIVEN_AFTER_RE.match(text, at)
        if m is None:
            continue  # "his son Miguel Perez Jr.": a full name, which the name finders read
        given = m.group(1)
        if auth.names_a_place(given) or PLACE_AFTER_RE.match(text, m.end(1)) or _named_in_full(text, given):
            continue
        out.append(Mention(m.start(1), m.end(1), given, "person", 1))
        out += _given_alone(text, given, m.end(1), given)
    return out


def _named_in_full(text: str, given: str) -> bool:
    """Whether the text writes the given name with a surname ("his wife Margie" of "Margie
    Abbott"): the full name is found, and its parts join it (people.name_parts)."""
    return re.search(rf"(?<![\w'’-]){re.escape(given)}[^\S\n]+[A-Z]", text) is not None


def _only(names: set[str] | None, default: str) -> str:
    """The one name of a set, or `default` when there is none or more than one."""
    return next(iter(names)) if names and len(names) == 1 else default


def _given_alone(text: str, given: str, after: int, name: str) -> list[Mention]:
    """The relative's later mentions by the given name alone: "Sami said", "told Sami"."""
    out: list[Mention] = []
    alone = re.compile(rf"(?<![\w'’-]){re.escape(given)}\b(?![^\S\n]+[A-Z]|-)")
    for m in alone.finditer(text, after):
        if TITLED_RE.search(text, max(0, m.start() - 30), m.start()) is None:
            out.append(Mention(m.start(), m.end(), name, "person", 1))
    return out


def _not_a_person(owner: str, auth: Authority) -> bool:
    """Whether the owner is a state, a body or a place the authority knows ("Russia’s sons")."""
    aid = auth.by_name.get(owner, -1)
    if aid >= 0 and auth.types[aid] != "person":
        return True
    return owner.lower() in auth.adjectives or auth.names_a_place(owner)
