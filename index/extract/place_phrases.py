"""Places no dictionary lists, known by the phrase around them: "the village of Kafr Kila",
"Buthidaung township", "Nyabigena, a village near the mine", "the Russian city of Belgorod".

Villages, towns and neighbourhoods are an open class: the authority file lists cities and
provinces, but a report on an attack names the hamlet it happened in, and a reader looking for
that hamlet must find it. The phrase says what the name is, whatever else the name could be (a
surname, a word): "the town of Eagle Pass". A name the phrase made a place is a place wherever
else the text writes it ("Residents of Nyabigena said…"), as the annotators mark every mention.

Names the authority knows are left to the dictionary, which gives them their canonical name.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .organisations import HEADS as ORG_HEADS
from .tokens import Caps, fold, occurrences, words

# Words for a settlement or an area, written in lower case after or before its name, as found by
# str.find: "town" finds "township" too, "neighbo" both spellings of "neighbourhood". The words
# `places.places` reads ("Pattani province", "Kakuma camp") are among them: one search serves both.
# Each word costs a pass over every text; "suburb", "municipality", "county", "oblast", "island"
# and "settlement" found a few places each in 3,500 statements (and "the Christian settlement").
KINDS = (
    *"village town city neighbo camp district province governorate region capital".split(),
    "peninsula",  # "the Korean peninsula": named in hundreds of UN speeches
    # only in a list before the plural ("Leer, Koch, and Mayendit counties", South Sudan's areas):
    # HRW names the counties of a conflict it reports on so; not "count", which finds "country"
    "counties",
    "detention centre",
    # "Insein prison", "Nasiriyah prison": the reports on detention name the prison it happened in
    *"prison jail".split(),
)
KIND_WORD_RE = re.compile(r"[a-z]+")
# The whole words those find that name an area, and which of them stand after the name.
KIND_WORDS = frozenset(
    "village town township city neighbourhood neighborhood camp district province governorate region "
    "capital prison jail peninsula".split()
)
# The plural kinds a list of names may stand before, each name one of them: "Leer, Koch, and
# Mayendit counties", "Nakapiripirit and Omoro districts", "Al-Hol and Roj camps". Areas a state
# draws, not villages, towns or cities, which a list of peoples qualifies as often ("Dinka and Nuer
# villages", "Arab and Jewish towns").
LIST_KINDS = frozenset("townships camps districts provinces governorates regions counties".split())
# A people's adjective in a list makes it a list of qualifiers: "Kurdish and Arab regions".
PEOPLE_ENDINGS = ("ish", "ese")
# "Pattani province", "Arctic region": `places.places` finds these as places of their own, and
# "the Arab region" names no place to look for elsewhere ("Arab world"). A camp is named here
# before "refugee camp" only.
NOT_AFTER_NAME = frozenset("district province governorate region camp capital peninsula".split())
LIST_SEP_RE = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+")

# One word of a place's name: capitalised, with an Arabic article joined ("Al-Sham", "al-Qasr")
# or a lower-case particle between words ("Deir ez-Zor", "Tel al-Hawa", "Bustan al-Qasr").
PARTICLE = r"(?:al|el|an|ad|ar|as|ash|at|az|ed|en|ez|es|de|del|da|di|do|du|la|le|bin|ibn)"
# A possessive is no part of it ("Tanzania’s Tarime district"), nor a lower-case word after a
# hyphen ("the Soviet-occupied city").
WORD = rf"(?<![\w'’-])(?:{PARTICLE}-)?[A-Z]\w*(?:['’](?![sS]\b)\w+)*(?:-(?:{PARTICLE}-)?[A-Z]\w*)*"
NAME = rf"{WORD}(?:[^\S\n]+(?:{PARTICLE}[^\S\n]+)?{WORD}){{0,3}}"
NAME_RE = re.compile(NAME)
# "A, B, and C" right before a plural kind: two names or more, the last after "and".
LIST_BEFORE_RE = re.compile(rf"((?:{NAME},[^\S\n]+)*{NAME},?[^\S\n]+and[^\S\n]+{NAME})[^\S\n]+$")
LIST_WINDOW = 160  # characters before a plural kind searched for its list: "Sittwe, …, and Kyauktaw"
# Compass words name no place of a list's kind by themselves: "the Northern and Eastern provinces".
COMPASS_WORDS = frozenset("North South East West Central Northern Southern Eastern Western".split())
# "the village of X", "the Russian city of X": the name follows.
AFTER_RE = re.compile(rf"[^\S\n]+of[^\S\n]+({NAME})")
# "X village", "X refugee camp" (the name ends where the kind begins) and "X, a small town":
# searched back from the kind word over a short window.
BEFORE_RE = re.compile(
    rf"(?:({NAME})[^\S\n]+(?:refugee[^\S\n]+)?|({NAME}),[^\S\n]+(?:a|an)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){{0,2}})$"
)
# "El Fashir, the capital of North Darfur": a capital is one of a kind, "the" capital. (What
# follows "the capital of" is a state or a region the dictionary knows.)
CAPITAL_BEFORE_RE = re.compile(rf"({NAME}),[^\S\n]+the[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?$")
WINDOW = 90  # characters before a kind word searched for its name: longer than any such phrase

# Capitalised words that begin a sentence or qualify the kind rather than name a place.
NOT_NAMES = frozenset(
    """The A An In On At Of For From To By With Near Outside Inside This That These Those Another
    If When Where While But And As Image Photo Photograph
    Each Every Any Some No One Our Their Its His Her My Your Which What Whose Capital Holy Old Inner
    Border Home Host Mr Ms Mrs Dr January February March April May June July August September
    October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)


def known_alias(auth: Authority, name: str) -> bool:
    """Whether the authority file has the name as any actor's alias (its dictionary finds it)."""
    keys = [fold(w) for w in words(name)]
    if len(keys) == 1:
        return any(len(a.keys) == 1 for a in auth.index.get(keys[0], ()))
    return any(a.keys == tuple(keys) for a in auth.index2.get((keys[0], keys[1]), ()))


def _name_ok(auth: Authority, name: str) -> bool:
    first = name.split()[0]
    if first in NOT_NAMES or fold(first) in auth.adjectives or fold(name) in auth.adjectives:
        return False  # "The city", "Russian town", "a Sri Lankan jail": a qualifier, no name
    if " " not in name and fold(name) in auth.common:
        return False  # "Recently, a village…": an ordinary word
    if " " not in name and fold(name) + "s" in auth.people:
        return False  # "the Muslim neighborhood": a people's name
    return not known_alias(auth, name)


def _trim(name: str) -> tuple[int, str]:
    """The name without leading words that begin the sentence ("In Horlivka" → "Horlivka"), and how
    many characters those took."""
    parts = name.split()
    cut = 0
    while len(parts) > 1 and parts[0] in NOT_NAMES:
        cut = name.index(parts[1], cut + len(parts[0]))
        parts.pop(0)
    return cut, name[cut:]


def _listed(text: str, first: re.Match[str]) -> list[tuple[int, int, str]]:
    """The names of a list after a plural kind: "the villages of Kafr Kila, Mays al-Jabal and
    Boustane"."""
    found = [(first.start(1), first.end(1), first.group(1))]
    while (sep := LIST_SEP_RE.match(text, found[-1][1])) is not None:
        item = NAME_RE.match(text, sep.end())
        if item is None:
            break
        found.append((item.start(), item.end(), item.group()))
    return found


# A scrape that lost its full stops leaves two spaces before the next sentence's first word
# ("in the city of Janakpur  These brutal acts…", "in Iraq  The Gulf states must…"): no name
# runs on across them.
LOST_STOP_RE = re.compile(
    r"[^\S\n]{2,}(?:The|These|This|Those|That|It|Its|We|They|He|She|I|A|An|In|But|And|Our|Their)\b"
)


def _listed_before(text: str, at: int, auth: Authority) -> list[tuple[int, int, str]]:
    """The names of a list right before a plural kind, each one of that kind: "Leer, Koch, and
    Mayendit counties" (a list of three counties, none in the dictionary). None where one of them
    is a people's word: the list qualifies the kind ("Sunni and Shia regions")."""
    before = LIST_BEFORE_RE.search(text, max(0, at - LIST_WINDOW), at)
    if before is None or lost_stop(before.group(1)) >= 0:
        return []
    found = []
    pos = before.start(1)
    while (item := NAME_RE.match(text, pos)) is not None:
        cut, name = _trim(item.group())
        if _peoples_word(auth, name):
            return []
        if name.split()[0] not in COMPASS_WORDS:
            found.append((item.start() + cut, item.end(), name))
        sep = LIST_SEP_RE.match(text, item.end())
        if sep is None or item.end() >= before.end(1):
            break
        pos = sep.end()
    return found


def _peoples_word(auth: Authority, name: str) -> bool:
    key = fold(name)
    return key in auth.adjectives or key + "s" in auth.people or name.endswith(PEOPLE_ENDINGS)


def lost_stop(name: str) -> int:
    """Where a name read across a lost full stop ends, or -1 where none is in it."""
    cut = LOST_STOP_RE.search(name)
    return -1 if cut is None else cut.start()


def _named(text: str, auth: Authority, kinds: Caps) -> list[tuple[int, int, str]]:
    """(start, end, name) of each place the phrase around it names."""
    found: list[tuple[int, int, str]] = []
    for at, _ in kinds:
        word = KIND_WORD_RE.match(text, at)
        kind = word.group() if word else ""
        plural = kind.endswith("s") and kind[:-1] in KIND_WORDS or kind in ("cities", "counties")
        if (at and text[at - 1].isalnum()) or not (kind in KIND_WORDS or plural):
            continue  # inside a word ("Chinatown", "electricity") or another word ("regional")
        if kind == "capital":
            before = CAPITAL_BEFORE_RE.search(text, max(0, at - WINDOW), at)
            if before is not None:
                cut, name = _trim(before.group(1))
                found.append((before.start(1) + cut, before.end(1), name))
            continue
        # "the escape from prison of José …": what follows a prison's "of" is its prisoner
        after = None if kind.startswith(("prison", "jail")) else AFTER_RE.match(text, at + len(kind))
        if after is not None and (cut := lost_stop(after.group(1))) >= 0:
            name = after.group(1)[:cut]
            found.append((after.start(1), after.start(1) + cut, name))
        elif after is not None:
            found += _listed(text, after) if plural else [(after.start(1), after.end(1), after.group(1))]
        if kind in LIST_KINDS:
            found += _listed_before(text, at, auth)
        if kind in NOT_AFTER_NAME and not (kind == "camp" and text.endswith("refugee ", 0, at)):
            continue
        before = None if plural else BEFORE_RE.search(text, max(0, at - WINDOW), at)
        if before is not None:
            group = 1 if before.group(1) else 2
            cut, name = _trim(before.group(group))
            found.append((before.start(group) + cut, before.end(group), name))
    return [(s, e, " ".join(n.split())) for s, e, n in found if _name_ok(auth, n)]


# "in Nacala, Mozambique,", "near Terre Haute, Indiana.": a name after a word for where, then a
# state or a place the dictionary found, and the sentence goes on as after a place. Looked for
# only before the dictionary's states and places: a search from every comma cost twice this module.
GOES_ON_RE = re.compile(r"[,.;:)\]’”]|[^\S\n]+(?:on|in|where|which|after|before|last|this|during|for)\b")
WHERE_BEFORE_RE = re.compile(
    rf"\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Ff]rom|[Aa]t|to|[Aa]round|into|toward|towards)[^\S\n]+({NAME}),[^\S\n]+$"
)
WHERE_TYPES = frozenset({"state", "place"})
# Words that end an organisation's name or a university's: "Flinders University, Adelaide".
NOT_LOCATED = frozenset("University College Institute School Hospital".split())


def _located(text: str, found: list[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each place named before the state or place it lies in, of those the
    dictionary `found`."""
    out: list[tuple[int, int, str]] = []
    wheres = [m for m in found if m.type in WHERE_TYPES and text.startswith(", ", m.start - 2)]
    if not wheres:
        return out
    named = {m.end for m in found}  # "Damascus, Syria": the dictionary has the name before
    for m in wheres:
        if m.weak or m.start - 2 in named or not text[m.start - 3 : m.start - 2].isalpha():
            continue
        if not GOES_ON_RE.match(text, m.end):
            continue
        where = WHERE_BEFORE_RE.search(text, max(0, m.start - WINDOW // 2), m.start)
        if where is None:
            continue
        name = where.group(1)
        last = name.split()[-1]
        if last in NOT_LOCATED or last in ORG_HEADS or name.isupper():
            continue  # "Macquarie University, Sydney", "EVTV, Miami"
        out.append((where.start(1), where.end(1), name))
    return out


# What follows a word that is part of a longer name or compound: "Kharkivska Regional Department",
# "Arab-Israeli".
LONGER_NAME_RE = re.compile(r"\w|-\w|[^\S\n]+[A-Z]")


def elsewhere(text: str, name: str) -> list[tuple[int, int]]:
    """Where else the text writes the name as a whole word."""
    out = []
    i = text.find(name)
    while i != -1:
        j = i + len(name)
        if not (i and text[i - 1].isalnum()) and not LONGER_NAME_RE.match(text, j):
            out.append((i, j))
        i = text.find(name, i + 1)
    return out


def kind_words(text: str) -> Caps:
    """(start, word) of each of the KINDS in the text, for `places` here and in `places.py`."""
    return occurrences(text, KINDS)


def places(
    text: str, auth: Authority, kinds: Caps | None = None, found: list[Mention] | None = None
) -> list[Mention]:
    """Each place a phrase names, at every place the text writes it. `found`: the dictionary's
    mentions, some of them states and places a name before may lie in."""
    named = _named(text, auth, kind_words(text) if kinds is None else kinds)
    named += [n for n in _located(text, found or []) if _name_ok(auth, n[2])]
    spans = {(s, e): name for s, e, name in named}
    for name in dict.fromkeys(spans.values()):  # in the text's order, not the hash seed's
        spans.update((span, name) for span in elsewhere(text, name))
    return [Mention(s, e, name, "place", 5) for (s, e), name in spans.items()]
