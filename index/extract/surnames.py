"""A person's name runs on over the surnames after its first two words: "Irina Vladimirovna
Kremleva", "Andrés Manuel López Obrador", "Juan Carlos Rodríguez García"; and a name joined by
"bin" ("son of"), whatever its given name, is a person's: "Saeed bin Nasser al-Ghamdi".

The finders of a given name read a pair of words ("Irina Vladimirovna", "Juan Carlos"), so a
patronymic, a Spanish double surname or a second given name left the surname out: the person was
named by the wrong words, and a later "Kremleva said" found a second person. A capitalised word
written right after the name, on its line with one space between, is the name's own unless it is
something else a reader knows: an ordinary word ("Senator Smith Introduces …" in a headline), a
place, a thing's word ("Foundation"), a nationality, or the start of another actor a finder found.
"""

from __future__ import annotations

import re

from . import vietnamese_names
from .authority import Authority
from .mention import Mention
from .people import BUILDING_WORDS, NOT_NAMES, OFFICE_IN_NAME, TITLE_FIRST, non_person_words
from .tokens import fold, occurrences

# One space and a title-case word (hyphenated parts allowed); a possessive "'s" ends the name.
NEXT_RE = re.compile(r" ([A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+)?)(?![\w-])")
MAX_WORDS = 4  # "Juan Carlos Rodríguez García"; longer runs are lists or headlines


def extend(text: str, cands: list[Mention], auth: Authority) -> None:
    """Lengthen, in place, each person a finder of names read (not the dictionary's whole names nor
    an office's title) over the surnames written after it."""
    # a name followed by a capitalised word is rare: the other mentions' starts are gathered for those
    persons = [m for m in cands if m.type == "person" and NEXT_RE.match(text, m.end) and _read(text, m)]
    if not persons:
        return
    starts = {m.start for m in cands}
    things = non_person_words()
    for m in persons:
        while len(m.name.split()) < MAX_WORDS and (after := NEXT_RE.match(text, m.end)) is not None:
            word = after.group(1)
            if fold(word) in BUILDING_WORDS and after.start(1) not in starts:
                # "Dean Acheson Auditorium": a room named for a person is where a speech was given
                m.name, m.end, m.type = f"{m.name} {word}", after.end(), "place"
                break
            if not _surname(word, after.start(1), starts, things, auth) and not (
                # "Nguyen Vu Binh", "Pham Doan Trang": a Vietnamese name's last syllable, though
                # a province's or a thing's word too (a place the dictionary read there gives way)
                vietnamese_names.own_syllable(m.name, word)
                and not any(c.start == after.start(1) and c.type != "place" for c in cands)
                and fold(word) not in auth.common
                and word not in NOT_NAMES
            ):
                pair = _place_surname(text, after, cands, starts, things, auth)
                if pair is None and _last_surname(text, after, cands, things, auth):
                    pair = after
                if pair is None or len(m.name.split()) + len(text[m.end : pair.end()].split()) > MAX_WORDS:
                    break
                after = pair
            m.name = f"{m.name} {text[m.end : after.end()].strip()}"
            m.end = after.end()


# "X bin Y": "bin", "ibn" and "bint" in lower case join only the parts of an Arabic name. The
# given name alone is unknown to our lists as often as not, and "Nasser" alone was a place.
SON_OF = (" bin ", " ibn ", " bint ")
SON_OF_RE = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) (?:bin|ibn|bint) [A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])"
)


def sons_of(text: str, cands: list[Mention], auth: Authority) -> list[Mention]:
    """A person for each name joined by "bin", "ibn" or "bint" that no finder of people read (the
    particles' finder then runs it on over "al-Ghamdi"). Tried only at the word before each
    particle, found with the other finders' literal words: the pattern run over the whole text
    stopped at every capital."""
    out: list[Mention] = []
    end = 0
    for pos, _ in occurrences(text, SON_OF):
        start = pos
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
            start -= 1  # back to the first letter of the name before the particle
        m = SON_OF_RE.match(text, start) if start >= end else None
        if m is None or m.group(1) in NOT_NAMES or fold(m.group(1)) in auth.common:
            continue  # "Although bin Salman": a sentence's word before the name
        if any(c.type == "person" and c.start < m.end() and m.start() < c.end for c in cands):
            continue  # "Emir Tamim bin Hamad", "King Hamad bin Isa": a title's finder has it
        out.append(Mention(m.start(), m.end(), m.group(), "person", 1))
        end = m.end()
    return out


def _read(text: str, m: Mention) -> bool:
    """Whether the mention is a name a finder read from its words (the dictionary's are whole, rank
    3), not an office ("Immigration Minister", whose holder "Ruddock" follows) nor a name in
    capitals ("SENATOR LEN HARRIS", after which a capitalised word begins the next line's name)."""
    if m.rank > 2 or m.home:
        return False
    words = m.name.split()
    if text[m.end - 1 : m.end].isspace():
        return False  # a name read on over a scraped line's wide gap ends there
    return not text[m.start : m.end].isupper() and not any(
        w in OFFICE_IN_NAME or w in TITLE_FIRST or w == "Minister" for w in words
    )


def _place_surname(
    text: str,
    after: re.Match[str],
    cands: list[Mention],
    starts: set[int],
    things: frozenset[str],
    auth: Authority,
) -> re.Match[str] | None:
    """The surname after a surname that is also a place's name: "Brenda Isabel Rocha Chacon" (a
    Spanish name's father's and mother's surnames; "Rocha" a department of Uruguay), where the word
    after the place is a surname too. A place the dictionary alone found there, no other actor."""
    word, start = after.group(1), after.start(1)
    if not auth.names_a_place(word) or any(c.start == start and c.type != "place" for c in cands):
        return None
    low = fold(word)
    if word in NOT_NAMES or low in auth.common or low in things or low in auth.adjectives:
        return None
    nxt = NEXT_RE.match(text, after.end())
    if nxt is None or not _surname(nxt.group(1), nxt.start(1), starts, things, auth):
        return None
    return nxt


# What closes a name in running text: a comma, a full stop, a bracket ("Edwin Ramon Castro Rivera,
# a National Assembly deputy", "Gustavo Manrique Miranda (Ecuador)").
NAME_CLOSED_RE = re.compile(r"[,;)]|\.(?:\s|$)|[^\S\n]\(")


def _last_surname(
    text: str, after: re.Match[str], cands: list[Mention], things: frozenset[str], auth: Authority
) -> bool:
    """Whether a town's or a province's name closing the name is its last surname ("Edwin Ramon
    Castro Rivera, a deputy": Rivera, a department of Uruguay), where a place after a name is
    introduced by a preposition or set off by a comma. Not a state's name, nor an ordinary word."""
    word, start = after.group(1), after.start(1)
    low = fold(word)
    if word in NOT_NAMES or low in auth.common or low in things or low in auth.adjectives:
        return False
    if not NAME_CLOSED_RE.match(text, after.end()):
        return False
    found = auth.index.get(low, ())
    return all(auth.types[a.actor] == "place" for a in found) and not any(
        c.start == start and c.type != "place" for c in cands
    )


def _surname(word: str, start: int, starts: set[int], things: frozenset[str], auth: Authority) -> bool:
    low = fold(word)
    return (
        start not in starts  # "Kenneth Roth Human Rights Watch": another actor begins
        and word not in NOT_NAMES
        and low not in auth.common
        and low not in things
        and low not in auth.adjectives
        and not auth.names_a_place(word)
    )
