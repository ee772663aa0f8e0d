"""Given names from the 1990 U.S. Census first-name lists (the `names` package's data files).

The authority file knows a given name only where two of its people share it, so common names
("Craig", "Tara", "Matt") were missing and "Craig Emerson said" found no person. The census lists
give 5,000 names with their frequency; one that is also an ordinary word ("Grant", "Will",
"Hope"), a place or any other actor's one-word name ("Georgia", "Jordan", "Paris"), a month, a
weekday or a word people.NOT_NAMES keeps out of names is not taken: capitalised, those are
something else far more often than a person's first name. The commonest of the ordinary words
("Frank", "Mark", "Bill") are kept apart (word_given_names): a person's before a common surname.
"""

from __future__ import annotations

from collections import Counter
from importlib import resources

from .tokens import fold

LISTS = ("dist.male.first", "dist.female.first")
SURNAMES = "dist.all.last"
# Per cent of the census population bearing the name. The rarest names (0.001 %, a fifth of the
# lists) are mostly words of other languages that fire on capitalised words: "Sunni Islam" made a
# person of every "Islam" in a UN speech.
MIN_SHARE = 0.001
# A rarer given name that the authority's people bear as their surname at least as often
# ("Coleman", "Williams", "Jefferson", "Davis") is a surname in the text too: "SEN. COLEMAN
# SECURES" is Norm Coleman, "Washington  Jefferson  Hamilton" three surnames, and "Williams"
# in a file named "williams-daryl" no given name.
SURNAME_SHARE = 0.05

# Places a text names before a landmark's or a river's word no list of things holds ("Adelaide
# Oval", "the mighty Murray Darling"): they stay places before a capitalised word.
LANDMARKS = frozenset({"Adelaide", "Murray"})


def census_names() -> dict[str, float]:
    """Each census given name in title case ("Craig"), with its share of the population."""
    share: dict[str, float] = {}
    root = resources.files("names")
    for name in LISTS:
        for line in root.joinpath(name).read_text(encoding="ascii").splitlines():
            cols = line.split()
            if len(cols) >= 2:
                given = cols[0].title()
                share[given] = max(share.get(given, 0.0), float(cols[1]))
    return share


def data_bytes() -> bytes:
    """The lists as read, for the authority's cache key."""
    root = resources.files("names")
    return b"".join(root.joinpath(name).read_bytes() for name in (*LISTS, SURNAMES))


def surname_words(common: frozenset[str]) -> frozenset[str]:
    """The ordinary words that are also common census surnames ("price", "rice", "bishop",
    "hill"), lower case: "Ned Price" is a person, "Santa Clause" and "Sunshine Ethnic" are not."""
    text = resources.files("names").joinpath(SURNAMES).read_text(encoding="ascii")
    found = set()
    for line in text.splitlines():
        cols = line.split()
        if len(cols) >= 2 and float(cols[1]) >= MIN_SHARE and cols[0].lower() in common:
            found.add(cols[0].lower())
    return frozenset(found)


def person_given_names(
    common: frozenset[str],
    actor_words: set[str],
    not_names: frozenset[str],
    people: list[str],
    things: frozenset[str],
) -> frozenset[str]:
    """The census names that, capitalised, name a person rather than a word or an actor:
    `common` ordinary words and `actor_words` one-word actor names and adjectives, folded;
    `people` the authority's and the Senate's people, whose surnames tell a surname; `things`
    words of the names of organisations and places ("Royal", "Santa", "Monte")."""
    surnamed = surnamed_people(people)
    return frozenset(
        name
        for name, pct in census_names().items()
        if pct > MIN_SHARE
        and len(name) > 2
        and plain_name(name, common, actor_words, not_names)
        and not (pct < SURNAME_SHARE and (name in surnamed or name.lower() in things))
    )


def plain_name(name: str, common: frozenset[str], actor_words: set[str], not_names: frozenset[str]) -> bool:
    """Whether a capitalised name is no ordinary word, no actor's one-word name and not kept out of
    names: the tests every list of given names passes (this one, world_given_names)."""
    return name.lower() not in common and fold(name) not in actor_words and name not in not_names


def surnamed_people(people: list[str]) -> frozenset[str]:
    """The names the authority's people bear as a surname at least as often as a given name."""
    first = Counter(name.split()[0] for name in people)
    last = Counter(name.split()[-1] for name in people)
    return frozenset(name for name, n in last.items() if n >= max(1, first[name]))


# A given name that is also an ordinary word ("Frank", "Mark", "Bill", "Ray") names a person
# before a common surname that is no ordinary word ("Frank Brennan", "Mark Latham", "Bill Hayden"):
# only names this common (per cent of the census population) are read so, as rarer ones begin a
# question or a heading far more often ("Will Howard resign?", "Charity Navigator", "Young Labor").
WORD_GIVEN_SHARE = 0.02
# Surnames that common: "Brennan" (0.016), "Latham" (0.010); the rarer ones are words of other
# languages as often ("Les Transformateurs", "Bill No").
WORD_SURNAME_SHARE = 0.005
# Months and seasons are census given names ("April", "June", "Autumn") but date a sentence far
# more often ("In June Hayden announced …").
DATE_WORDS = frozenset({"April", "May", "June", "August", "Summer", "Autumn"})


def word_given_names(
    common: frozenset[str], actor_words: set[str], not_names: frozenset[str]
) -> frozenset[str]:
    """The common census given names that are ordinary words ("Frank", "Mark"), which
    person_given_names leaves out (no actor's one-word name): a person's only before a surname of
    common_surnames."""
    return frozenset(
        name
        for name, pct in census_names().items()
        if pct >= WORD_GIVEN_SHARE
        and len(name) > 2
        and name.lower() in common
        and fold(name) not in actor_words
        and name not in not_names
        and name not in DATE_WORDS
    )


def common_surnames(common: frozenset[str]) -> frozenset[str]:
    """The common census surnames that are no ordinary word ("Brennan", "Latham"), title case."""
    text = resources.files("names").joinpath(SURNAMES).read_text(encoding="ascii")
    found = set()
    for line in text.splitlines():
        cols = line.split()
        if len(cols) >= 2 and float(cols[1]) >= WORD_SURNAME_SHARE and cols[0].lower() not in common:
            found.add(cols[0].title())
    return frozenset(found)


def place_given_names(place_words: set[str]) -> frozenset[str]:
    """The census names that are also one-word places of the authority file ("Lara", "Tara",
    "Sofia"): a person's only where a surname follows (context.py)."""
    return frozenset(name for name in census_names() if len(name) > 2 and fold(name) in place_words)
