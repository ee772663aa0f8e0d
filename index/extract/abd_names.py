"""A person named the Arabic way by an "Abd…" given name and a family name joined to its article:
"Abdulhadi Al-Khawaja", "Abduljalil al-Singace", "Abdel Fattah al-Sisi", "Abdul Malik al-Houthi".

"Abd" ("servant of") begins a whole family of given names, each written many ways (Abdulhadi,
Abdelhakim, Abdallah, Abdul Hamid …); no list of given names holds them all, so the pair finder
(people.given_name_pairs) did not read them and a human rights defender the text names twice was
lost. The name's shape says it is a person's: an "Abd…" word, maybe a second given word, then a
capitalised family name with "Al-"/"al-" (or "El-") joined by a hyphen. No place or body is named
so ("Al-Hol camp" and "Al-Wefaq" have no "Abd…" word before them).
"""

from __future__ import annotations

import re

from .mention import Mention

NAME_RE = re.compile(
    r"(?<![\w'’-])Abd[a-z]+(?:[^\S\n]+[A-Z][a-z]+)?[^\S\n]+(?:[Aa]l|[Ee]l)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])"
)
# A word before the "Abd…" word that makes it a later part of a longer name: a father's name after
# "bin" ("Salman bin Abdulaziz Al-Saud"), or a capitalised given name before it ("Adil Abd
# Al-Mahdi"), which the finders of names read from its start; or a title ("Dr. Abduljalil
# al-Singace"), whose finder takes the name with it.
BEFORE_RE = re.compile(
    r"(?:\b(?:bin|ibn|bint|Bin|Ibn|Bint|Abu|abu)|[A-Z][a-z]+|\b(?:Dr|Mr|Mrs|Ms|Prof)\.)[^\S\n]+$"
)
# Capitalised words that begin a sentence or a title before a name, not a part of it.
OPENERS = frozenset("The In On At For From By With And But As Of To When While After Before".split())


def abd_names(text: str) -> list[Mention]:
    """Each "Abd… [Given] Al-Family" name the text writes, as a person."""
    if "Abd" not in text:
        return []  # most statements
    out: list[Mention] = []
    for m in NAME_RE.finditer(text):
        before = BEFORE_RE.search(text, max(0, m.start() - 20), m.start())
        if before is not None and before.group().split()[0] not in OPENERS:
            continue
        out.append(Mention(m.start(), m.end(), " ".join(m.group().split()), "person", 1))
    return out
