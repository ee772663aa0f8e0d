"""People coordinated with a person: "Xu Zhiyong and Ding Jiaxi", "Jiang Yefei, Dong Guangping, and
Gui Minhai", "Pakhshan Azizi and Warisha Moradi"; and places with a place: "in Khartoum, Bahri, and
Omdurman", "in Jarabulus and Al-Rai" (towns the dictionary does not list, beside one it does).

A list joins things of one kind. Once one of its names is a person's (a title, a "said", a known
given name made it one), a name of the same shape beside it, joined by a comma or an "and", is a
person's too: reports list the detained, the disappeared and the killed this way, and most of
their given names are unknown to our list. The shape is strict (two to four capitalised words,
none an ordinary word, a body's or a place's) so a list of a person and a body ("Jane Doe and
Amnesty International") adds nothing.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .people import NOT_NAMES, TITLE_FIRST, non_person_words
from .role_names import NAME, WORD, WORD_RE, _is_name
from .tokens import fold

SEP = r"(?:,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
NEXT_RE = re.compile(rf"{SEP}({NAME})")
# The name before a person: its words, then the separator, up to the person's first letter.
PREV_RE = re.compile(rf"(?<![\w'’-])({NAME[: NAME.rindex('(?!')]}){SEP}$")
WINDOW = 60  # characters before a person searched for the name before it
# The same of one word or more ("Bahri", "Al-Rai"): a town's name is often one word.
ONE_OR_MORE = rf"(?:{WORD}[^\S\n]+)?{WORD}(?![^\S\n]*[A-Z\d]|[\w'’-])"
NEXT_ONE_RE = re.compile(rf"{SEP}({ONE_OR_MORE})")
PREV_ONE_RE = re.compile(rf"(?<![\w'’-])({ONE_OR_MORE[: ONE_OR_MORE.rindex('(?!')]}){SEP}$")


def conjuncts(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """A person for each name joined to a person's in a list, along the list both ways."""
    out: list[Mention] = []
    taken = {(m.start, m.end) for m in chosen}
    todo = [m for m in chosen if m.type == "person" and " " in text[m.start : m.end].strip()]
    # a name is judged once from each side: after a person more of its words may be ordinary ones
    # (_inside_list), so one read first from the person after it is read again from the one before
    seen: set[tuple[int, int, bool]] = set()
    while todo:
        m = todo.pop()
        for start, end in _beside(text, m):
            if (start, end, start > m.end) in seen or (start, end) in taken:
                continue
            seen.add((start, end, start > m.end))
            words = WORD_RE.findall(text[start:end])
            if len(words) < 2 or words[-1].endswith("."):
                continue
            if _is_name(auth, words) or start > m.end and _inside_list(text, end, words, auth):
                found = Mention(start, end, " ".join(words), "person", 1)
                out.append(found)
                todo.append(found)
    return out


def _inside_list(text: str, end: int, words: list[str], auth: Authority) -> bool:
    """Whether a name after a person's, with another name after it, is a person's though some of
    its words are ordinary ones ("Pham Doan Trang, Can Thi Theu, Nguyen Tuong Thuy"; "Aliaksandr
    Danilevich, Vital Brahinets, Anastasiya Lazarenka"): within a list of people, a name's word
    that is also an ordinary word ("Can", "Vital", "Hung") breaks no list. One word at least must
    be a name's only, and none a body's, a place's, a title or a people's adjective."""
    ordinary = [w for w in words if fold(w) in auth.common]
    return (
        0 < len(ordinary) < len(words)
        and all(_plain_word(w, auth) for w in ordinary)
        and _is_name(auth, [w for w in words if w not in ordinary])
        and NEXT_RE.match(text, end) is not None
    )


def _plain_word(word: str, auth: Authority) -> bool:
    """An ordinary word that may be a given name or a surname: no body's word, title nor place."""
    key = fold(word)
    return (
        key not in non_person_words()
        and key not in auth.adjectives
        and word not in NOT_NAMES
        and word not in TITLE_FIRST
        and not auth.names_a_place(word)
    )


# After a place, a comma alone may end the place's phrase ("In Kabul, Zabihullah Mujahid said"): a
# name after it is the list's only where the list goes on after it.
LIST_GOES_ON_RE = re.compile(r",|[^\S\n]+and\b")


def places(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """A place for each one-word or two-word name joined to a place's in a list, along the list
    both ways: no word of it an ordinary word, a people's, a body's or a title, none a name the
    dictionary knows (it types those). A list holding a given name of our list is one of people
    ("killed Wafa’, Wala’, Sama, Farah, Yousef": "Farah" is also a province), and a place followed
    by a capitalised word is part of another name ("Chucheep Chivasut, Siam Theerawut")."""
    out: list[Mention] = []
    taken = {(m.start, m.end) for m in chosen}
    persons = {(m.start, m.end): m for m in chosen if m.type == "person"}
    seen: set[tuple[int, int]] = set()
    for seed in chosen:
        if seed.type != "place" or NAME_GOES_ON_RE.match(text, seed.end):
            continue
        found, people = _listed_places(text, seed, auth, taken, seen, persons)
        if not people and not SELF_LISTED_RE.search(text, max(0, seed.start - 60), seed.end + 60):
            # "It's new for Abdullatif and Nasser and myself": a speaker lists people with himself
            out += [m for m in found if (m.start, m.end) not in persons]
            _retype_as_places([persons[m.start, m.end] for m in found if (m.start, m.end) in persons])
    return out


LISTED_BEFORE_RE = re.compile(r"(?:,|[^\S\n]and)[^\S\n]+\Z")


def _amid_list(text: str, start: int, end: int, words: list[str], auth: Authority) -> bool:
    """Whether two words a person finder took stand inside the list, a comma or an "and" on both
    sides, and begin with no given name of the file's own ("Granville South, Chester Hill and
    Holroyd"; not "said Elaine Pearson, Asia director")."""
    return (
        len(words) == 2
        and words[0] not in auth.own_given
        and words[0] not in TITLE_FIRST  # "in Jerusalem, and President Abbas and …": a titled person
        and LISTED_BEFORE_RE.search(text, max(0, start - 6), start) is not None
        and LIST_GOES_ON_RE.match(text, end) is not None
        # "our Assistant Secretary of State for Africa, Molly Phee, for her leadership": a given
        # name set off by commas before a lower-case word is a person in apposition, no list
        and not (words[0] in auth.given_names and APPOSITION_END_RE.match(text, end) is not None)
    )


APPOSITION_END_RE = re.compile(r",[^\S\n]+(?!and\b)[a-z]")


def _retype_as_places(named: list[Mention]) -> None:
    """Turn into places, in place, the two-word names a person finder took that a list of places
    holds: "Liverpool, Granville South, Chester Hill and Holroyd" (Chester, a census given name)."""
    for m in named:
        m.type, m.rank = "place", 1


NAME_GOES_ON_RE = re.compile(r"[^\S\n]+[A-Z]")
# A suburb named for its side of a town is a place of two words: "Granville South", "North Ryde".
COMPASS = frozenset({"North", "South", "East", "West"})
SELF_LISTED_RE = re.compile(r"\band[^\S\n]+(?:myself|me|himself|herself)\b")


def _listed_places(
    text: str,
    seed: Mention,
    auth: Authority,
    taken: set[tuple[int, int]],
    seen: set[tuple[int, int]],
    persons: dict[tuple[int, int], Mention],
) -> tuple[list[Mention], bool]:
    """The names listed with a place, and whether one of them is a person's given name."""
    found: list[Mention] = []
    todo = [seed]
    while todo:
        m = todo.pop()
        for start, end in _beside(text, m, min_words=1):
            if (start, end) in seen:
                continue
            seen.add((start, end))
            words = WORD_RE.findall(text[start:end])
            if (start, end) in taken:
                # a person finder's two words ("Chester Hill") are the list's next place, when no
                # given name of the file's own begins them: the list goes on after them
                if (start, end) in persons and _amid_list(text, start, end, words, auth):
                    place = Mention(start, end, " ".join(words), "place", 1)
                    found.append(place)
                    todo.append(place)
                continue
            if end > m.end and text[m.end : m.end + 1] == "," and not LIST_GOES_ON_RE.match(text, end):
                continue
            # the file's own given names only: the census's hold towns too ("Blacktown, Fairfield,
            # Liverpool, Granville South, Chester Hill"; "Darwin", "Carlton")
            if words[0] in auth.own_given:
                return found, True
            named = [w for w in words if w not in COMPASS] if len(words) == 2 else words
            if len(words) <= 2 and named and _is_name(auth, named):
                place = Mention(start, end, " ".join(words), "place", 1)
                found.append(place)
                todo.append(place)
    return found, False


def _beside(text: str, m: Mention, min_words: int = 2) -> list[tuple[int, int]]:
    """The names joined to the mention, after it and before it. The patterns are tried only where
    a comma or an "and" stands beside the mention: most people stand in no list, and the search
    back over the window before each cost more than all the rest of this module."""
    spans = []
    follows = text[m.end : m.end + 5]
    if follows[:1] == "," or follows[1:4] == "and":
        after = (NEXT_RE if min_words == 2 else NEXT_ONE_RE).match(text, m.end)
        if after is not None:
            spans.append(after.span(1))
    precedes = text[max(0, m.start - 5) : m.start].rstrip()
    if precedes.endswith((",", " and")):
        before = (PREV_RE if min_words == 2 else PREV_ONE_RE).search(text, max(0, m.start - WINDOW), m.start)
        if before is not None:
            spans.append(before.span(1))
    return spans
