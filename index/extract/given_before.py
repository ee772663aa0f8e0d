"""The given names our lists lack, read from the words written before a surname: "on November 12,
2023, Farshid Hasan Zehi, a Baluch resident", where the text names him "Hasan Zehi" after.

The finders of a name read it from a given name they know, a title or a cue ("Mander heads"), so
a South Asian, Arabic or African given name unknown to the census left the person named by the
surname alone or by its last two words ("Hasan Zehi"). Where a found person's name is written in
full, the capitalised words right before it in the middle of a sentence (after a lower-case word or
a comma) are its given names: a capital there is a name's own. Not an ordinary word (there an
office's or a caption's far more often: "Coordinator Jamie McGoldrick"), unless the surname was
found alone and the text never writes the word small ("the activist Harsh Mander"), a title, a nationality,
a place, a thing's word, nor a word of another actor found there.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .authority import Authority
from .mention import Mention
from .people import NOT_NAMES, OFFICE_IN_NAME, PLURAL_TITLES, TITLE_FIRST, _as_word, non_person_words
from .tokens import fold

# One or two title-case words, one space apart, right before the name; before them a lower-case
# word's last letter or a comma and one space: the middle of a sentence.
BEFORE_RE = re.compile(r"(?<=[a-z,] )((?:[A-ZÀ-ÖØ-Þ][^\W\d_A-ZÀ-ÖØ-Þ]+ ){1,2})$")
# A web page's photo caption begins "Click to expand Image" before the name it shows.
CAPTION_WORDS = frozenset({"Image", "Photo"})
MAX_WORDS = 3  # a longer name read on is rarer than a list's or a body's words before it


class _Covered:
    """Whether a mention covers a position (`pos in covered`), read from the mentions sorted by
    start and the furthest end among each prefix of them: no set of every covered character,
    which cost more than the rest of this module together."""

    def __init__(self, chosen: list[Mention]) -> None:
        spans = sorted((m.start, m.end) for m in chosen)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos)
        return k > 0 and self.reach[k - 1] > pos


def given_before(text: str, persons: list[Mention], chosen: list[Mention], auth: Authority) -> None:
    """Rename, in place, each person found by its last words to the full name written once."""
    # where another actor's mention covers a character: "Lois Capps Melissa Wagoner" is a list
    starts = _Covered(chosen)
    things = non_person_words()
    full: dict[str, str] = {}
    # a name is sought once: most persons are mentioned several times, and each search reads the
    # whole text (two thirds of this module's time went on reading it again for the same name)
    tried: set[str] = set()
    for p in persons:
        words = p.name.split()
        if len(words) > 2 or p.name in tried or p.rank > 2 or p.home or fold(words[-1]) in auth.common:
            continue
        tried.add(p.name)
        found = _full_name(text, p.name, starts, things, auth)
        if found and len(found.split()) <= MAX_WORDS:
            full[p.name] = found
    for p in persons:
        if p.name in full:
            p.name = full[p.name]


def _full_name(text: str, name: str, starts: _Covered, things: frozenset[str], auth: Authority) -> str:
    """The first writing of `name` with given names before it, or ""."""
    sought = " " + name
    i = text.find(sought)
    while i >= 0:
        after = text[i + 1 + len(name) : i + 2 + len(name)]
        if not (after.isalnum() or after in "-'’"):  # the whole name, no longer word
            m = BEFORE_RE.search(text, max(0, i - 60), i + 1)
            if (
                m is not None
                and _mid_sentence(text, m.start(1))
                and _given_words(m.group(1).split(), m.start(1), text, starts, things, auth, " " in name)
            ):
                return f"{m.group(1)}{name}"
        i = text.find(sought, i + 1)
    return ""


def _mid_sentence(text: str, start: int) -> bool:
    """Whether a comma or a lower-case word stands before `start`: not a capitalised word ("Ranking
    Member Coburn": the office's first word)."""
    before = text[max(0, start - 30) : start].rstrip()
    last = before.split()[-1] if before.split() else ""
    return last.endswith(",") or last[:1].islower()


def _given_words(
    words: list[str],
    start: int,
    text: str,
    starts: _Covered,
    things: frozenset[str],
    auth: Authority,
    has_given: bool,
) -> bool:
    # before a surname found alone, one ordinary word the text never writes in lower case is a
    # given name ("the activist Harsh Mander"); before a name read with a given name it is an
    # office's ("Coordinator Jamie McGoldrick")
    lone = not has_given and len(words) == 1
    pos = start
    for w in words:
        low = fold(w)
        if (
            pos in starts  # "Human Rights Watch Kenneth …": another actor ends there
            or w in NOT_NAMES
            or w in TITLE_FIRST
            or w in OFFICE_IN_NAME
            or low in things
            or low in auth.adjectives
            or auth.names_a_place(w)
            or (low in auth.common and not (lone and _unwritten_word(text, w)))
            or w in CAPTION_WORDS
            or w in PLURAL_TITLES
        ):
            return False
        pos += len(w) + 1
    return True


def _unwritten_word(text: str, word: str) -> bool:
    """Whether an ordinary word is never written in lower case in the text, nor a plural."""
    return not word.endswith("s") and not _as_word(text, word.lower())
