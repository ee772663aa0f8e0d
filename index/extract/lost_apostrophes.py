"""Possessives whose apostrophe a scrape turned into a space: "Burma s military government".

Some Senate releases reach us with every punctuation mark replaced by a space, so "Burma’s
military government" reads "Burma s military government". Every finder that reads a possessive
("Mali’s transitional military authorities", "Sudan’s military", "the world’s largest democracy")
then sees a state named alone and a bare "military government" after it, which it resolves to
whatever state the text names most: in a letter to India's prime minister about Burma, Burma's
junta became India's government, and "its own citizens" India's people.

A text with no apostrophe anywhere and a lone lower-case "s" after a word is such a text; its
actors are read from a copy with the apostrophe put back. The copy has the same length, so every
offset found in it is an offset into the text as stored.
"""

from __future__ import annotations

import re

# A lone "s" between a word and the next one on the line: "Burma s government", "Women s Caucus".
LOST_RE = re.compile(r"(?<=[A-Za-z]) (?=s[^\S\n]+[A-Za-z])")


def restored(text: str) -> str:
    """`text` with "X s " read as "X's " where the text has lost all its apostrophes; else `text`."""
    if "'" in text or "’" in text or " s " not in text:
        return text
    return LOST_RE.sub("'", text)


def names_alone(text: str, name: str) -> bool:
    """Whether `text` names `name` on its own somewhere: then a scraped "Sudans" before a capitalised
    word is still the state's possessive ("Sudans President Omar Hassan al Bashir", "Ethiopias
    Ambassador Kassahun Ayele"), where a given name with a state's name in it ("Frances Douch")
    comes with no such mention of the state."""
    return re.search(rf"\b{re.escape(name)}\b", text) is not None


def scraped(text: str) -> bool:
    """Whether `text` writes no possessive with an apostrophe ("Sudans oil", "Burma s junta")."""
    return "’s" not in text and "'s" not in text
