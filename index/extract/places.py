"""Places the country-level dictionaries do not list, named by a head word ("Melville and Bathurst
Islands", "Pattani province", "southern Thailand"), and the states of U.S. senators' party-state
labels ("Dick Durbin (D-IL)", "Sen  Benjamin L  Cardin  D MD" in scraped releases)."""

from __future__ import annotations

import bisect
import re

from . import place_phrases
from .authority import Authority, authority
from .keywords import has_any
from .mention import Mention
from .place_phrases import known_alias
from .tokens import Caps, cap_words, fold, match_at, occurrences, word_before
from .verbs import HEADLINE_VERBS

PLACE_HEADS = (
    r"Islands?|Strait|Bay|Reef|Province|District|Region|Valley|Peninsula|Coast|Camp|Governorate|"
    r"Ocean|Sea|River|Gulf|"
    r"Detention Centre|Detention Center|Detention Facility|"
    # offshore processing and transit sites, places as the detention centres are ("the former Manus
    # Regional Processing Centre (RPC)", "the East Lorengau Refugee Transit Centre"), not bodies
    r"Processing Centre|Processing Center|Transit Centre|Transit Center|"
    # buildings and sites the annotators mark as places ("Tahrir Square", "Al-Aqsa Mosque",
    # "Kitante Primary School", "Lombrum Naval Base", "the Eiffel Tower", "Evin Prison")
    r"Square|Tower|Mosque|Church|Cathedral|Temple|Synagogue|Airport|Prison|Jail|Hospital|School|"
    r"Stadium|Palace|Base|Museum|Mountains|Heights|Desert|Plateau|"
    # a province named with its kind, as Sudan's, Nigeria's, Myanmar's and Russia's are written
    # ("Khartoum State", "Kaduna State", "Kherson Oblast"): a place of its own, not the city or
    # the capital inside it ("Khartoum"); "State" only after a place's name (`_division`)
    r"State|Oblast|Prefecture"
)
# A building's name is a place only when a word of it is a name, not an ordinary word ("Kitante
# Primary School", not "the Regional School" of strategic thought nor "Many Face Prison" in a
# headline), and when it ends there ("the Private Prison Information Act" is a bill).
FACILITIES = frozenset(
    """Detention Facility Square Tower Mosque Church Cathedral Temple Synagogue Airport Prison Jail
    Hospital School Stadium Palace Base Museum""".split()
)
WATERS = frozenset({"Ocean", "Sea", "River", "Gulf"})
# "the Islamic State", "Member State", "the Palestinian State", "Georgia State": "State" names a
# state or a group after any name that is no place's; a place's name before it makes it the place's
# province, unless the name goes on ("Arizona State University", "Lagos State Government").
PROVINCE_STATE = "State"
# A preposition that begins a sentence or a list's line is no part of the name after it ("In
# Kashgar Prefecture, … village was renamed"): the capitalised run the pattern reads takes it.
# So is the last word of a web page's caption control ("Click to expand Image Erbil International
# Airport in Erbil, …", hrw.org): the photo's caption begins after it.
LEADING_PREPOSITIONS = ("In ", "At ", "On ", "From ", "Near ", "Image ")
DETERMINERS = frozenset("The This That Our Their Its His Her Your My Each Every Whole Entire Same".split())
NAME_GOES_ON_RE = re.compile(r"[^\S\n]+[A-Z][a-z]")
LOWER_HEADS = ("province", "district", "governorate", "camp", "region", "detention centre", "peninsula")
PLACE_RE = re.compile(
    rf"\b((?:[A-Z][a-z]+[^\S\n]+)*[A-Z][a-z]+)(?:[^\S\n]+and[^\S\n]+((?:[A-Z][a-z]+[^\S\n]+)*[A-Z][a-z]+))?[^\S\n]+({PLACE_HEADS})\b"
    # "the Asia-Pacific region", and across a line break: UN speeches are hard-wrapped
    rf"|\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)({'|'.join(LOWER_HEADS)})\b"
    r"|\b(northern|southern|eastern|western|(?:north|south)-?(?:east|west)(?:ern)?)[^\S\n]+([A-Z][a-z]+)\b"
)


# The head words of the first two kinds of place: a capitalised run is tried only when one
# follows it closely, most runs have none. Read from the document's one keyword pass
# (tokens.occurrences): the alternation run over the text cost 0.15 s a benchmark, this 0.03.
PLACE_HEAD_WORDS = (*(w for w in PLACE_HEADS.split("|") if w != "Islands?"), "Island", "Islands")
PLACE_REACH = 200  # characters from a run's start to its head word, far more than any place name


# Words that name a military operation or exercise, whose next words are no place's
# ("Operation Desert Shield" was a place "Operation Desert").
OPERATIONS = frozenset({"Operation", "Exercise"})


def _shared_head(first: str, auth: Authority) -> bool:
    """Whether the name before "and" shares the head after the next name ("Melville and Bathurst
    Islands", "Nauru and Manus Island"): not a longer name of its own the dictionary knows ("the
    United States"), not a people's adjective ("Aboriginal"), not one ending in a head word
    ("Long Island")."""
    first = first.removeprefix("The ")
    last = first.split()[-1]
    if last in PLACE_HEAD_WORDS or (fold(first) in auth.adjectives and not auth.names_a_place(first)):
        return False
    return " " not in first or not known_alias(auth, first)  # "Nauru and Manus Island": both islands


def _head_starts(text: str, lower: Caps) -> list[int]:
    """Where head words begin, as one pattern of all of them would find them (no match inside
    another): the earliest of overlapping words is kept, as finditer keeps it, and of two at one
    start the longer ("Islands", not "Island"), as the pattern's "Islands?" takes it.
    `lower` is where the lower-case ones occur (found with place_phrases' words: one search)."""
    found = [(i, i + len(word)) for i, word in occurrences(text, PLACE_HEAD_WORDS)]
    found += [(i, i + len(word)) for i, word in lower]
    found.sort(key=_longest_first)
    starts = []
    end = 0
    for start, stop in found:
        if start >= end:
            starts.append(start)
            end = stop
    return starts


def _longest_first(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], -span[1]


# "northern", "south-eastern": where a compass adjective begins. No two of these words can overlap,
# so finding each with str.find gives what (?:north|south|east|west)(?=ern|-) finds, in a third of
# the time: the pattern's first letters are among the commonest. Each point is sought once and its
# ending checked after it: half the passes over the text of a search for each whole word.
COMPASS_POINTS = ("north", "south", "east", "west")
# "northern", "north-eastern", and the diagonal points written as one word: "northeast Syria",
# "southeastern Ukraine" (HRW writes "northeast Syria" for the Kurdish-held north-east)
COMPASS_ENDINGS = ("ern", "-", "east", "west")


# A part of a continent ("North Africa", "Central Asia", "Eastern Europe"): a place of its own,
# not the continent its last word names, unless the authority knows the phrase ("South Africa").
COMPASS_BEFORE_RE = re.compile(
    r"(?<![\w-])(North|South|East|West|Central|Northern|Southern|Eastern|Western)[^\S\n]+$"
)
CONTINENTS = ("Africa", "Asia", "America", "Europe")


def continent_parts(text: str, auth: Authority) -> list[Mention]:
    """Each part of a continent named by a compass word, as the place it is."""
    if not has_any(text, CONTINENTS):
        return []  # most statements
    # Searched from the continent's name, which is rare, back to the compass word: the pattern
    # run over the whole text stopped at every character (0.13 s over a third of the benchmark).
    out = []
    for at, word in occurrences(text, CONTINENTS):
        m = COMPASS_BEFORE_RE.search(text, max(0, at - 12), at)
        if m is None or text[at + len(word) : at + len(word) + 1].isalnum():
            continue
        name = f"{m.group(1)} {word}"
        if name not in auth.by_name:
            out.append(Mention(m.start(), at + len(word), name, "place", 2))
    return out


def places(text: str, caps: Caps | None = None, kinds: Caps | None = None) -> list[Mention]:
    """Places named by a head word ("Melville and Bathurst Islands", "Pattani province",
    "southern Thailand"), which the country-level dictionaries do not list. `kinds`: the words
    `place_phrases.kind_words` found in the text, when the caller has them."""
    out: list[Mention] = []
    kinds = place_phrases.kind_words(text) if kinds is None else kinds
    auth = authority()
    heads = _head_starts(text, [(i, w) for i, w in kinds if w in LOWER_HEADS])
    points = occurrences(text, COMPASS_POINTS)
    compass = [(i, "") for i, word in points if text.startswith(COMPASS_ENDINGS, i + len(word))]
    if not heads and not compass:
        return out
    caps = cap_words(text) if caps is None else caps
    auth = authority()
    # Matches begin at a capitalised word before a head word, or at a compass adjective.
    near = [
        (p, w)
        for p, w in caps
        if (i := bisect.bisect_right(heads, p)) < len(heads) and heads[i] - p <= PLACE_REACH
    ]
    starts = sorted([*near, *compass])
    for m in match_at(PLACE_RE, text, starts):
        if m.group(3):
            head = m.group(3)
            if head == PROVINCE_STATE and not _division(text, m, auth):
                continue
            if place_phrases.lost_stop(m.group(0)) >= 0:
                continue  # "in Iraq  The Gulf states": two sentences, the second's "The Gulf" found apart
            if not HEADLINE_VERBS.isdisjoint(m.group(1).split()):
                continue  # "Democrats Condemn New Detention Centre Proposals": a headline
            if head == "Church" and _confession(text, m, auth):
                out.append(Mention(m.start(), m.end(), m.group(1).removeprefix("The ") + " Church", "ngo", 2))
                continue
            if head.split()[-1] in FACILITIES and not _building(text, m, auth):
                continue
            if m.group(1).split()[0] in OPERATIONS:
                continue  # "Operation Desert Shield": a military operation's name
            if m.group(2) and (not _shared_head(m.group(1), auth) or NAME_GOES_ON_RE.match(text, m.end())):
                # "the United States and Solomon Islands", "Aboriginal and Torres Strait Islander",
                # "Long Island and Roanoke Island": the head is the second name's alone, as where
                # the second name goes on after it ("Aboriginal and Torres Strait Islander Commission")
                second = f"{m.group(2)} {head}"
                if not known_alias(auth, second):
                    out.append(Mention(m.start(2), m.end(), second, "place", 2))
            elif m.group(2):  # coordinated: both places share the span
                single = head[:-1] if head.endswith("s") else head
                for part in (m.group(1), m.group(2)):
                    out.append(Mention(m.start(), m.end(), f"{part.split()[-1]} {single}", "place", 4))
            elif head in WATERS and NAME_GOES_ON_RE.match(text, m.end()):
                continue  # "Dalian Ocean Fishing Co.": a company's name, not the sea's
            elif NAME_GOES_ON_RE.match(text, m.end()) and _ordinary(m.group(1), auth):
                continue  # "your Chief District Officer": an office, no district is named

            else:
                cut, name = _without_preposition(m.group(1))
                name = name.removeprefix("The ")  # "The Jordan River" first in a sentence
                # an administrative area's kind in lower case, as the text's "Tigray region" has it:
                # "Tigray Region" in a heading is the same place
                kind = head.lower() if head.lower() in LOWER_HEADS else head
                name = head if name == "The" else f"{name} {kind}"
                out.append(Mention(m.start() + cut, m.end(), name, "place", 2))
        elif m.group(4) and m.group(4) not in DETERMINERS:  # not "This region is undergoing…"
            # "the Darfur region" is Darfur, a place the authority knows by that name; not "This
            # region", "the Arab region", "the ASEAN region", "the Chad region" (a state's name)
            start, word = _with_word_before(text, m.start(4), m.group(4), auth)
            known = auth.by_name.get(word, auth.by_name.get(word.split()[-1], -1) if " " in word else -1)
            named = m.group(5) == "region" and known >= 0 and auth.types[known] == "place"
            named = named and word not in WATERS  # "the Gulf region" is more than the Gulf
            name = word if named else f"{word} {m.group(5)}"
            out.append(Mention(start, m.end(), name, "place", 2))
        elif m.group(7) and fold(m.group(7)) in auth.adjectives and known_alias(auth, m.group(7)):
            # a country's name, not its adjective: "southern Lebanese town" is no place
            out.append(Mention(m.start(), m.end(), f"{_point(m.group(6))} {m.group(7)}", "place", 2))
    return out


def _point(word: str) -> str:
    """The compass word as a place's name begins with it; a diagonal point one way however written
    ("northeast", "northeastern", "north-eastern" Syria are one region: "Northeast Syria")."""
    diagonal = word.replace("-", "")
    if len(diagonal) > 8:  # "northeast(ern)", "southwest(ern)": not "northern", "southern"
        return diagonal.removesuffix("ern").title()
    return word.title()


COMPASS = frozenset("North South East West Central Northern Southern Eastern Western".split())
WORD_BEFORE_RE = re.compile(r"([A-Z][a-z]+)[^\S\n]+$")


def _with_word_before(text: str, start: int, word: str, auth: Authority) -> tuple[int, str]:
    """The place's name with the capitalised word before it where the two are a known place's
    name: "the Middle East and North Africa region" is North Africa's, not Africa's."""
    before = WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if before is None:
        return start, word
    whole = f"{before.group(1)} {word}"
    known = auth.by_name.get(whole, -1)
    if (known >= 0 and auth.types[known] == "place") or before.group(1) in COMPASS:
        return before.start(1), whole  # "Southeast Asia", "North Africa", "West Africa"
    return start, word


def _division(text: str, m: re.Match[str], auth: Authority) -> bool:
    """Whether "State" after a name makes one province of it: after one name the authority has
    as a place's ("Khartoum State", "Blue Nile State"), which ends there, and not the whole name
    of a place the dictionary finds ("Rakhine State")."""
    if m.group(2) or NAME_GOES_ON_RE.match(text, m.end()):
        return False
    name = _without_preposition(m.group(1))[1].removeprefix("The ")
    keys = tuple(fold(w) for w in name.split())
    aliases = auth.index.get(keys[0], ()) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), ())
    placed = any(a.keys == keys and auth.types[a.actor] == "place" for a in aliases)
    return placed and not known_alias(auth, f"{name} {PROVINCE_STATE}")


def _without_preposition(name: str) -> tuple[int, str]:
    """The name without a preposition before it, and how many characters that took."""
    if not name.startswith(LEADING_PREPOSITIONS):
        return 0, name
    rest = name.split(None, 1)[1]
    return len(name) - len(rest), rest


def _ordinary(name: str, auth: Authority) -> bool:
    """Whether every word before a head word is an ordinary word, no name's."""
    return all(fold(w) in auth.common for w in name.removeprefix("The ").split())


# The words of a church named by its confession ("the Catholic Church", "the Uniting Church", "the
# Eastern Orthodox Church"), with a people's adjective or not ("the Russian Orthodox Church"): a
# religious body, which the annotators type as an NGO (tune3's "Central Highlands Evangelical Church
# of Christ", tune9's Catholic Church), not a building; a town's church stays a place ("Guyra
# Catholic Church", "Glenelg Parish Uniting Church").
CONFESSIONS = frozenset(
    """Catholic Roman Anglican Orthodox Coptic Uniting Lutheran Methodist United Presbyterian Baptist
    Evangelical Pentecostal Episcopal Reformed Protestant Apostolic Maronite Eastern""".split()
)


# One church among others, a building: "walked down the hill to Saint Famille a simple red brick
# Catholic Church" (a Senate release).
INDEFINITE_BEFORE_RE = re.compile(r"\b[Aa]n?(?:[^\S\n]+[a-z-]+){0,3}[^\S\n]+$")


def _confession(text: str, m: re.Match[str], auth: Authority) -> bool:
    """Whether the words before "Church" name a confession, with a people's adjective or not, and
    the name ends there (not "the Uniting Church Centre, 130 Lt Collins St", a building)."""
    before = text[max(0, m.start() - 60) : m.start()]  # "a" and three words at most
    if m.group(2) or NAME_GOES_ON_RE.match(text, m.end()) or INDEFINITE_BEFORE_RE.search(before):
        return False
    parts = m.group(1).removeprefix("The ").split()
    return any(w in CONFESSIONS for w in parts) and all(
        w in CONFESSIONS or fold(w) in auth.adjectives for w in parts
    )


def _building(text: str, m: re.Match[str], auth: Authority) -> bool:
    """Whether a name before a building's head word names one building: not two ("Tackling and
    Preventing School"), not one of ordinary words or adjectives ("the All-Ukrainian School")."""
    if m.group(2) or NAME_GOES_ON_RE.match(text, m.end()):
        return False
    return not all(fold(w) in auth.common or fold(w) in auth.adjectives for w in m.group(1).split())


# "(D-IL)"; scraped releases lose the brackets and hyphen: "Durbin  D IL". Searched from the party
# letter (a pattern starting at the name before it would be tried at every letter of the text);
# the look-behind follows the letter so the engine keeps its fast first-character scan (5× faster).
PARTY_STATE_RE = re.compile(r"[DRI](?<![\w-].)[^\S\n]*[-–]?[^\S\n]*([A-Z]{2})\b(?![-–.]?\w)")


def party_states(text: str, auth: Authority) -> list[Mention]:
    """The state letters after a U.S. legislator's name, as the place they stand for."""
    out = []
    for m in PARTY_STATE_RE.finditer(text):
        aid = auth.subdivisions.get(f"USA-{m.group(1)}")
        if aid is None:
            continue
        i = m.start()
        while i > 0 and text[i - 1] in " \t(,":
            i -= 1
        if not word_before(text, i)[:1].isupper():
            continue  # after a name, not after a word ("and I OH")
        out.append(Mention(m.start(1), m.end(1), auth.names[aid], "place", 2))
    return out


# "in the counties of Appanoose, Audubon, Buena Vista, … and Wright": each name of the list is a
# place, whatever else the name may be (a surname, "Worth", "Mills"): the phrase says what it is.
LISTED_KINDS = frozenset("counties provinces districts regions governorates municipalities parishes".split())
KIND_BEFORE_RE = re.compile(r"[a-z]+$")
LIST_ITEM_RE = re.compile(r"(?:St\.|[A-Z][\w'’-]*)(?:[^\S\n]+[A-Z][\w'’-]*){0,2}")
LIST_SEP_RE = re.compile(r",[^\S\n]+(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+")
NAMED_KIND_RE = re.compile(r"[A-Z][\w'’-]*[^\S\n]+$")


def listed_places(text: str) -> list[Mention]:
    """Each place of a list after "the counties of", "the provinces of"…"""
    out: list[Mention] = []
    # One search for "s of " and a look at the word it ends: seven searches cost seven passes.
    for at, _ in occurrences(text, ("s of ",)):
        kind = KIND_BEFORE_RE.search(text, max(0, at - 14), at + 1)
        if kind is None or kind.group() not in LISTED_KINDS:
            continue
        if NAMED_KIND_RE.search(text, max(0, kind.start() - 40), kind.start()):
            continue  # "the Amhara and Afar regions of Ethiopia": the names came first, then their state
        pos = at + 5
        while (item := LIST_ITEM_RE.match(text, pos)) is not None:
            out.append(Mention(item.start(), item.end(), item.group(), "place", 4))
            sep = LIST_SEP_RE.match(text, item.end())
            if sep is None:
                break
            pos = sep.end()
    return out


def everywhere(text: str, chosen: list[Mention]) -> list[Mention]:
    """A place no dictionary lists, once a phrase made it one ("the villages of Attara, …; Dakka
    Sebbe and Nienanpela in Segou region", "in Khartoum, Bahri, and Omdurman"), at every other
    place the text writes its name ("In Dakka Sebbe, the operation …"): the annotators mark every
    mention. Names the dictionary matched are found everywhere already; one word shorter than
    four letters is left alone ("Ur")."""
    names = {
        text[m.start : m.end]
        for m in chosen
        if m.type == "place" and m.aid < 0 and text[m.start : m.start + 1].isupper()
    }
    out: list[Mention] = []
    for name in names:
        if len(name) < 4 or "\n" in name or not name.replace(" ", "").replace("-", "").isalpha():
            continue
        spans = place_phrases.elsewhere(text, name)
        out += [Mention(s, e, " ".join(name.split()), "place", 1) for s, e in spans]
    return out
