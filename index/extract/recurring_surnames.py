"""People a report names in full once and by the surname after: "Alexei Navalny’s death in prison
… they persecuted Navalny viciously … Navalny’s fate".

The other finders of people need a title, a cue ("said"), an apposition or a given name the
authority knows; a victim or a dissident whose given name it does not know ("Alexei", "Raqib")
and whom no cue follows was not named at all. The text itself says the two words are a name: the
second stands alone, capitalised, inside sentences again and again, and neither is an ordinary
word or a name the dictionary gives to anything else.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from .authority import Authority, authority
from .mention import Mention
from .people import NOT_NAMES, TITLE_FIRST, _as_word, _clean, non_person_words
from .tokens import Caps, fold

ALONE = 2  # times the surname stands alone, besides the full name: a reader's "again and again"


def recurring_surnames(text: str, auth: Authority, caps: Caps, found: list[Mention]) -> list[Mention]:
    """The names of people the text names so, none where another finder found anything."""
    # Words written three times or more first, counted in C: most texts have few that are no
    # ordinary word, and only their places are read (a pass over every capital in Python cost
    # 2% of the extraction)
    counts = Counter(map(_second, caps))
    # filtered in C too: a set comprehension over every capitalised word cost as much as the count
    surnames = set(filter(_word, compress(counts, map(ALONE.__lt__, counts.values()))))
    if not surnames:
        return []
    where: dict[str, list[int]] = {}
    for i in compress(range(len(caps)), map(surnames.__contains__, map(_second, caps))):
        where.setdefault(caps[i][1], []).append(i)
    out: list[Mention] = []
    taken: set[int] | None = None  # built for the first surname standing alone: few texts have one
    for last, places in where.items():
        if not _alone(text, caps, places):
            continue
        if taken is None:
            taken = {m.start for m in found} | {m.end for m in found}
        for i in places:
            run = _run(text, caps, i)
            if run is None:
                continue
            words = [w for _, w in run]
            if not all(_word(w) for w in words[:-1]) or run[0][0] in taken or run[-1][0] + len(last) in taken:
                continue
            if any(counts[w] >= ALONE and _alone(text, caps, _places(caps, w)) for w in words[:-1]):
                continue  # a scraped list "Schumer Collins": each word a surname standing alone
            if _placed(text, caps, places) or any(_placed(text, caps, _places(caps, w)) for w in words[:-1]):
                continue  # "in Karakalpakstan", "at Koro Toro": a place's name
            if any(_as_word(text, w.lower()) for w in words):
                continue  # "Merry Christmas … merry Christmas": the text's ordinary words
            name = _clean(" ".join(words))
            if name:
                out.append(Mention(run[0][0], run[-1][0] + len(last), name, "person", 1))
    return out


_second = itemgetter(1)


def _places(caps: Caps, word: str) -> list[int]:
    return [i for i, (_, w) in enumerate(caps) if w == word]


def _run(text: str, caps: Caps, i: int) -> Caps | None:
    """The run of two or three capitalised words one space apart that ends with caps[i], not
    after a letter or a hyphen ("Jai Shri Ram" is three, "Aung San Suu Kyi" four: no run of two
    inside a longer one); None when caps[i] ends none."""
    if i + 1 < len(caps) and _joined(text, caps[i], caps[i + 1]):
        return None
    k = i
    while k > 0 and _joined(text, caps[k - 1], caps[k]):
        k -= 1
    at = caps[k][0]
    if not 1 <= i - k <= 2 or at and (text[at - 1].isalnum() or text[at - 1] in "-’'"):
        return None
    return caps[k : i + 1]


def _joined(text: str, a: tuple[int, str], b: tuple[int, str]) -> bool:
    return b[0] == a[0] + len(a[1]) + 1 and text[b[0] - 1] == " "


@lru_cache(maxsize=32768)  # the same words recur in every document
def _word(word: str) -> bool:
    """Whether the word can be a part of a person's name: capitalised as a name is, no ordinary
    word, nobody's or nothing's name in the dictionary, no title."""
    if len(word) < 3 or not word[1:].islower():
        return False
    low, auth = fold(word), authority()
    return (
        word not in NOT_NAMES
        and word not in NOT_FIRST
        and word not in TITLE_FIRST  # "Vice Admiral Shackleton": the titled finder's
        and low not in auth.common
        and low not in auth.index
        and low not in auth.adjectives
        and low not in non_person_words()
    )


# Words before a place's or a thing's name, never before a person's surname: "in Zanuta", "the
# Prefecture", "through Kerem Shalom".
NOT_BEFORE = frozenset(
    "the a an in at from near to into outside inside across around of through towards toward".split()
)
# Caption and page words, storms and honorifics before a name, no given name: "Click to expand
# Image Abdulrahman", "Hurricane Katrina", the chant "Jai Shri Ram".
NOT_FIRST = frozenset("Image Photo Video Hurricane Cyclone Typhoon Shri Sri Lord".split())


PLACE_BEFORE = frozenset("in at near from outside inside".split())


def _placed(text: str, caps: Caps, places: list[int]) -> bool:
    """Whether the word at `places` in `caps` stands anywhere after a preposition of place: a
    place's name."""
    for i in places:
        at = caps[i][0]
        if text[max(0, at - 12) : at].rsplit(None, 1)[-1:] in ([p] for p in PLACE_BEFORE):
            return True
    return False


def _alone(text: str, caps: Caps, places: list[int]) -> bool:
    """Whether the word at `places` in `caps` stands alone ALONE times after a word in lower case,
    inside a sentence (not a heading's nor a sentence's first word, nor part of a longer name)."""
    n = 0
    for i in places:
        at, w = caps[i]
        if not at or text[at - 1] != " ":
            continue
        before = text[max(0, at - 12) : at - 1].rsplit(None, 1)[-1:]
        if not before or not before[0].isalpha() or not before[0].islower() or before[0] in NOT_BEFORE:
            continue  # after a full stop, a comma, a capitalised word: no sign of a surname
        after = caps[i + 1][0] if i + 1 < len(caps) else -1
        if after == at + len(w) + 1:
            continue  # "Navalny Foundation": part of a longer name
        n += 1
        if n >= ALONE:
            return True
    return False
