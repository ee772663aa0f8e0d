"""A person whose surname is a place's name: "Angus Houston" once in full, then "the Houston
panel", "the Houston Report".

The dictionary knows "Houston" as a U.S. city, so each bare surname was the place and the person's
later mentions fell apart from the name: a user read a city among the places of an immigration
archive. Where the text names a person in full whose last word is a one-word place the dictionary
found alone, the bare word is the person's, unless the text itself ever writes it as a place: after
a preposition of place ("in Houston", "from Lincoln") or before a comma and another capitalised
name ("Lincoln, Nebraska").
"""

from __future__ import annotations

import re

from .mention import Mention
from .people import OFFICE_IN_NAME

# A preposition of place and one space or more right before the word: the text means the place.
PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|from|outside|inside|to|into|of|across|around)\s+$", re.I)
# A comma and a capitalised word right after: a place and its state or country ("Lincoln, Nebraska").
REGION_AFTER_RE = re.compile(r",\s*[A-Z]")
LOOK_BACK = 12  # characters before a word wide enough for its preposition


def place_surnames(text: str, chosen: list[Mention]) -> None:
    """Turn, in place, each one-word place mention that is the surname of a person the text names
    in full into that person's mention."""
    surnames = _surnames(chosen)
    if not surnames:
        return  # nearly every text: no person's surname is a place found alone
    bare = [m for m in chosen if m.type == "place" and text[m.start : m.end] in surnames]
    as_place = {text[m.start : m.end] for m in bare if _written_as_place(text, m)}
    for m in bare:
        word = text[m.start : m.end]
        if word not in as_place:
            m.name, m.type, m.aid, m.alts, m.rank = surnames[word], "person", -1, (), 0


def _surnames(chosen: list[Mention]) -> dict[str, str]:
    """The last word of each person's name of two words or more that some place mention is,
    mapped to the name: "Houston" to "Angus Houston"."""
    placed = {m.name for m in chosen if m.type == "place" and " " not in m.name}
    out: dict[str, str] = {}
    if not placed:
        return out  # most texts: no place found by one word
    for m in chosen:
        if m.type != "person":
            continue  # the name's words are read for people only: most mentions are none
        words = m.name.split()
        # a name's words, each capitalised and none an office's: not "Foreign Minister of New Zealand"
        named = not any(w[:1].islower() for w in words) and not OFFICE_IN_NAME.intersection(words)
        if len(words) >= 2 and words[-1] in placed and named:
            out.setdefault(words[-1], m.name)
    return out


def _written_as_place(text: str, m: Mention) -> bool:
    """Whether the word at `m` is written as a place's name there: after a preposition of place or
    before a comma and its region."""
    return (
        PLACE_BEFORE_RE.search(text[max(0, m.start - LOOK_BACK) : m.start]) is not None
        or REGION_AFTER_RE.match(text, m.end) is not None
    )
