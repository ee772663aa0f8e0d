"""Whether a dictionary match that could be something else is meant as the actor here.

Three kinds of match need the context's support:
- an alias that is also an ordinary word ("~Youth" in actors.tsv: the Basque group Gazteriak;
  "~Organization": Tanzim; "~IS": Islamic State). It counts only where it is written as a name —
  capitalised inside a sentence, not in an all-capitals or title-case heading ("SCHEDULE IS
  SUBJECT TO CHANGE") — and the document supports it: the same actor is named there by another
  alias, or the actor's state is one the document is about. An acronym such as "US" is written as
  a name by its case alone, outside all-capitals runs.
- a party's alias that does not name its country ("Democrats", "Labor"): it counts only where
  that country is named in the document, so a U.S. senator's "Democrats" is not the Australian
  Democrats.
- an alias several actors share ("Democrats": the Australian Democrats, the U.S. Democratic
  Party): the one of the document's own state wins, else the one whose country the document names
  most; one of no state ("AFP", the news agency) wins over the Australian Federal Police where
  Australia is neither the document's own state nor the one it names most.

A state is *named in the document* when a match no context is needed for belongs to it: the
state's name, a composed "Australian Government", a city filed under it, a politician of it.
"""

from __future__ import annotations

import re
from collections import Counter

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .people import COMPANY_WORDS, NOT_NAMES, TITLE_FIRST, TITLES_ONLY_RE, non_person_words
from .tokens import fold, sentence_initial, words

# Words for a member or an office after a party's or body's name: "Nationals Senator", "Labour MP".
ROLES = frozenset(
    """Senator Senators Member Members Leader Minister Ministers Candidate Candidates Councillor
    Spokesperson Spokesman Spokeswoman President Secretary Chairman Chair Party Government
    Deputy""".split()
)
DETERMINERS = frozenset("The A An This That These Those Its Their Our His Her".split())
SMALL = frozenset("a an and as at by for from in of on or the to with".split())
WORD_RE = re.compile(r"[^\W\d_][\w'’.-]*")
KIND_OF_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he[^\S\n]+modern)[^\S\n]+\Z")
BUILDING_AFTER_RE = re.compile(r"[^\S\n]+(?:mosque|church|temple|shrine|square|street|airport|hospital)\b")
LINE_MAX = 200  # a longer line is running text, not a heading
SHARE = 3  # a state named a third as often as the document's main one is one of its subjects


def _building(m: Mention, text: str) -> Mention:
    """The group's mention, or the place it names when a building's noun follows it."""
    after = BUILDING_AFTER_RE.match(text, m.end)
    if after is None:
        return m
    name = " ".join(text[m.start : after.end()].split())
    return Mention(m.start, after.end(), name[:1].upper() + name[1:], "place", 2)


# "the Hobart community", "the Liverpool community": the people of a town, as "the Somali community"
# composes a people from a country's adjective. Lower case only: "the Pacific Community" and "the
# Caribbean Community" are organisations; after "the" only: "an Asia Pacific community", "a sense of
# Pacific community" are an idea of a region's order.
COMMUNITY_AFTER_RE = re.compile(r"[^\S\n]+communit(?:y|ies)\b")
THE_BEFORE_PLACE_RE = re.compile(r"\b[Tt]he[^\S\n]+\Z")


def _community(m: Mention, text: str) -> Mention:
    """The place's mention, or its people ("the Hobart community") when "the" comes before the
    place's name and "community" after it."""
    after = COMMUNITY_AFTER_RE.match(text, m.end)
    the = None if after is None else THE_BEFORE_PLACE_RE.search(text, max(0, m.start - 5), m.start)
    if after is None or the is None:
        return m
    name = "the " + " ".join(text[m.start : after.end()].split())  # as the people's other descriptions
    return Mention(the.start(), after.end(), name, "population", 2)


# "at Nasser hospital", "inside Al-Shifa hospital", "in Tahrir square": a building or a square a
# preposition leads to, named for a person or a town; not "a quiet London street" (a street there)
AT_BUILDING_RE = re.compile(r"\b(?:at|in|inside|outside|near|into|from|to|on)[^\S\n]+\Z")


def _named_building(m: Mention, text: str) -> bool:
    return (
        m.type == "place"
        and " " not in text[m.start : m.end]
        and AT_BUILDING_RE.search(text, max(0, m.start - 8), m.start) is not None
        and BUILDING_AFTER_RE.match(text, m.end) is not None
        and not text.startswith("street", m.end + 1)
    )


def _kind_of_state(m: Mention, text: str) -> bool:
    """Whether "… State" names a kind of state: "an Islamic State", "the modern Islamic State"."""
    if not text.endswith("State", m.start, m.end):
        return False
    return KIND_OF_RE.search(text, max(0, m.start - 12), m.start) is not None


# "Let's take a final question from Charlotte", "Charlotte, your line is open", "I'll call on Lara":
# a journalist's given name, not the city it also names.
# A briefing's spokesman gives the floor by the name alone, the question following ("MR PRICE:
# Lara.\nQUESTION: Thanks."), or by a whole name ("a final question from Quill Lawrence").
FLOOR_BEFORE_RE = re.compile(
    r"\b(?:question\s+from|call\s+on|go\s+to|turn\s+to)[^\S\n]+(?:[A-Z][a-z]+[^\S\n]+)?\Z", re.I
)
FLOOR_AFTER_RE = re.compile(
    r"(?:,[^\S\n]*(?:your\s+line\s+is\s+open|(?:please\s+)?go\s+ahead)|[^\S\n]+\(inaudible\))", re.I
)
# The name is a sentence of its own ("MR PRICE: Lara.", "… as appropriate. Lara."), a question
# after it: not a place ending a sentence before one ("… talks in Vienna.\nQUESTION:").
ALONE_BEFORE_RE = re.compile(r"(?:^|\n|[.:?!][^\S\n]+)\Z")
QUESTION_AFTER_RE = re.compile(r"\.[^\S\n]*\n?[^\S\n]*QUESTION:")


def _given_the_floor(m: Mention, text: str, moderated: bool) -> bool:
    """`moderated`: a call's moderator or operator gives the floor ("go to", "question from")."""
    if " " in text[m.start : m.end]:
        return False
    if moderated and (
        FLOOR_BEFORE_RE.search(text, max(0, m.start - 40), m.start) or FLOOR_AFTER_RE.match(text, m.end)
    ):
        return True
    return bool(
        QUESTION_AFTER_RE.match(text, m.end) and ALONE_BEFORE_RE.search(text, max(0, m.start - 3), m.start)
    )


def _country(m: Mention, auth: Authority) -> int:
    return m.country if m.country >= 0 else (auth.country[m.aid] if m.aid >= 0 else -1)


def _bound(m: Mention, text: str, auth: Authority) -> bool:
    """A party alias that does not say whose party it is: "Democrats", not "Australian Democrats"."""
    if m.aid < 0 or auth.types[m.aid] != "party" or auth.country[m.aid] < 0:
        return False
    span = text[m.start : m.end]
    if span.isupper() and " " not in span and len(span) <= 5:
        return False  # an acronym ("ALP") names one party wherever it is written
    said = {fold(w) for w in words(span)}
    return not said & auth.state_words.get(auth.country[m.aid], frozenset())


def settle(cands: list[Mention], text: str, auth: Authority, own: int = -1) -> list[Mention]:
    """The candidates without the matches their context does not support, ambiguous ones resolved.
    `own`: the document's own state (an Australian release's Australia, a senator's United States)."""
    cands = [m for m in cands if not (m.type == "armed_group" and _given_name(m, text, auth))]
    # "We'll start with Lara Jakes, New York Times": Lara, a place in the file, is her given name
    cands = [_person_named(m, text, auth) if m.type == "place" else m for m in cands]
    cands = _given_names_alone(cands, text)  # "Where are you, Lara?" after "Lara Jakes"
    # "a model for an Islamic State", "the modern Islamic State should be a civic State": a kind
    # of state, not the group of that name, which no one writes with "an" or "modern"
    cands = [m for m in cands if not (m.type == "armed_group" and _kind_of_state(m, text))]
    # "attacks against Al-Aqsa mosque": a building named like a group (Al-Aqsa Martyrs Brigades)
    cands = [_building(m, text) if m.type == "armed_group" or _named_building(m, text) else m for m in cands]
    cands = [m for m in cands if not (m.type == "place" and (_not_the_west(m, text) or _company(m, text)))]
    cands = [_community(m, text) if m.type == "place" else m for m in cands]
    if has_any(text, ("MODERATOR", "OPERATOR", "QUESTION:")):  # a briefing gives the floor by name
        moderated = has_any(text, ("MODERATOR", "OPERATOR"))
        cands = [m for m in cands if not (m.type == "place" and _given_the_floor(m, text, moderated))]
    if "$" in text:  # "US$7,700", "A$50 million": a currency, not the state
        cands = [m for m in cands if not (m.type == "state" and text.startswith("$", m.end))]
    doubtful = [m for m in cands if m.aid >= 0 and (m.weak or m.alts or _bound(m, text, auth))]
    if not doubtful:
        return cands
    sure = [m for m in cands if not (m.aid >= 0 and (m.weak or m.alts or _bound(m, text, auth)))]
    named = Counter(c for m in sure if (c := _country(m, auth)) >= 0)
    seen = {m.aid for m in sure if m.aid >= 0}
    kept = []
    for m in doubtful:
        if m.alts:
            best = _pick(m.alts, named, auth, own)
            m.aid, m.name, m.type = best, auth.names[best], auth.types[best]
        if _bound(m, text, auth) and named[auth.country[m.aid]] == 0:
            continue
        if m.weak and not _weak_ok(m, text, auth, named, seen):
            continue
        kept.append(m)
    return sure + kept


def _pick(alts: tuple[int, ...], named: Counter[int], auth: Authority, own: int) -> int:
    """The actor an alias several share stands for here: the one of the document's own state
    (an Australian release's "AFP" is its Federal Police), else the one of the state it names
    most; one of no state before one of a state the document names less ("Sebastian Smith with
    AFP" in a White House call on a trip to Japan and Australia is the news agency's reporter);
    else the one of the state it names more ("Democrats" of the United States or of Australia)."""
    top = max(named.values(), default=0)

    def support(a: int) -> tuple[bool, bool, bool, int, int]:
        country = auth.country[a]
        count = named[country] if country >= 0 else 0
        return (country >= 0 and country == own, count == top > 0, country < 0, count, -alts.index(a))

    return max(alts, key=support)


THE_BEFORE_RE = re.compile(r"(?:^|[^\w-])[Tt]he[^\S\n]+$")


def _not_the_west(m: Mention, text: str) -> bool:
    """Whether "West" is no side of the world: that one is "the West" and no name goes on after it
    ("the West Papuans", "the West Australian election", "Tom West", "East-West relations")."""
    if text[m.start : m.end] != "West":
        return False
    if THE_BEFORE_RE.search(text, max(0, m.start - 5), m.start) is None:
        return True
    after = NEIGHBOUR_AFTER_RE.match(text, m.end)
    return text.startswith("-", m.end) or (after is not None and after.group(1)[:1].isupper())


def _company(m: Mention, text: str) -> bool:
    """Whether a place's name begins a company's: "Delta Airlines" (Delta, a state of Nigeria)."""
    after = NEIGHBOUR_AFTER_RE.match(text, m.end)
    return after is not None and after.group(1) in COMPANY_WORDS


def _weak_ok(m: Mention, text: str, auth: Authority, named: Counter[int], seen: set[int]) -> bool:
    country = auth.country[m.aid]
    supported = m.aid in seen or (country >= 0 and _documents_country(country, named))
    span = text[m.start : m.end]
    if span.isupper() and 1 < len(span) <= 4:  # an acronym: its case makes it a name outside headings
        return supported or not in_capitals_run(text, m.start, m.end)
    return (
        supported
        and written_as_name(text, m.start, m.end)
        and not inside_name(text, m.start, m.end, auth)
        and not in_portfolio_list(text, m.start, m.end, auth)
        and not _head_of_earlier_name(span, text, m.start)
    )


def _head_of_earlier_name(span: str, text: str, start: int) -> bool:
    """Whether the word ended a body's name written before it, which it now stands for: "the
    Wikimedia Foundation … Before joining the Foundation" is no group whose alias is "Foundation"."""
    return re.search(rf"[A-Z][\w'’.-]*[^\S\n]+{re.escape(span)}\b", text[:start]) is not None


NEIGHBOUR_BEFORE_RE = re.compile(r"([^\W\d_][\w'’.-]*)[^\S\n]+$")
NEIGHBOUR_AFTER_RE = re.compile(r"[^\S\n]+([^\W\d_][\w'’-]*)")


def _given_name(m: Mention, text: str, auth: Authority) -> bool:
    """Whether a one-word group's name begins a person's here: "Israeli National Security Advisor
    Eyal Hulata" (Eyal, an Israeli group in CAMEO), followed by a name no ordinary word."""
    span = text[m.start : m.end]
    if " " in span or span.isupper():
        return False
    after = NEIGHBOUR_AFTER_RE.match(text, m.end)
    return (
        after is not None
        and after.group(1)[:1].isupper()
        and after.group(1)[1:].islower()
        and fold(after.group(1)) not in auth.common
    )


POSSESSIVE_RE = re.compile(r"['’]s?$")
# A middle initial and a surname of two letters or more ("J. Nuland", "J. NULAND"); not the
# "D. C." of "Washington D. C.", whose second letter stands alone.
INITIAL_SURNAME_RE = re.compile(r"[^\S\n]+([A-Z]\.)[^\S\n]+([A-Z](?:[a-z]+|[A-Z]+)(?:-[A-Z][a-z]+)?)\b")
# "the Paris Olympics", "the 1924 Paris Olympics": an article or a year names a thing, no person
THING_BEFORE_RE = re.compile(r"(?:\b[Tt]he|\b[Aa]n?|\d)[^\S\n]+$")


def _person_named(m: Mention, text: str, auth: Authority) -> Mention:
    """The person a one-word place's name begins, when it is also a common given name ("Lara",
    "Tara", "Sana") and a surname follows it, a capitalised word that is no ordinary word, no
    place, no word of things' names and no other actor's name ("Lara Jakes"; not "Sofia
    Airport", "Florida State PBA", "Paris Agreement-aligned"); else the place."""
    span = text[m.start : m.end]
    initialled = INITIAL_SURNAME_RE.match(text, m.end) if " " not in span else None
    if initialled is not None:
        # "UNDER SECRETARY FOR POLITICAL AFFAIRS VICTORIA J. NULAND": a middle initial and a
        # surname after the word make it a given name, in capitals as in a schedule's headings
        whole = " ".join(w.title() if w.isupper() and len(w) > 2 else w for w in (span, *initialled.groups()))
        return Mention(m.start, initialled.end(), whole, "person", m.rank)
    if span not in auth.place_given or THING_BEFORE_RE.search(text, max(0, m.start - 6), m.start):
        return m
    after = NEIGHBOUR_AFTER_RE.match(text, m.end)
    if after is None:
        return m
    surname = POSSESSIVE_RE.sub("", after.group(1))
    if not (surname[:1].isupper() and surname[1:].islower()) or surname in ROLES or surname in NOT_NAMES:
        return m
    key = fold(surname)
    if key in auth.common or key in auth.index or key in non_person_words() or _place_word(surname, auth):
        return m
    if fold(surname.split("-")[0]) in auth.common:
        return m  # "Paris Agreement-aligned"
    end = after.start(1) + len(surname)
    if surname in TITLE_FIRST and _capitalised_after(text, end):
        return m  # "Organizations in Geneva Ambassador Sheba Crocker": a title before its holder
    return Mention(m.start, end, f"{span} {surname}", "person", m.rank)


def _capitalised_after(text: str, end: int) -> bool:
    after = NEIGHBOUR_AFTER_RE.match(text, end)
    return after is not None and after.group(1)[:1].isupper()


def _given_names_alone(cands: list[Mention], text: str) -> list[Mention]:
    """The one-word places that are the given name of a person _person_named found in the
    document, typed as that person: a journalist called on by her given name ("Where are you,
    Lara?") after her whole name ("We'll start with Lara Jakes")."""
    given = {m.name.split()[0]: m.name for m in cands if m.type == "person" and m.aid < 0 and m.rank >= 0}
    places = {text[c.start : c.end] for c in cands if c.type == "place"}
    given = {g: n for g, n in given.items() if g in places}
    if not given:
        return cands
    out = []
    for m in cands:
        name = given.get(text[m.start : m.end]) if m.type == "place" else None
        out.append(m if name is None else Mention(m.start, m.end, name, "person", m.rank))
    return out


def others_office(m: Mention, text: str, auth: Authority) -> bool:
    """Whether a person named by an office's words alone ("Secretary General", "Secretary") is
    the office of another body, whose acronym stands just before it ("OAS Secretary General",
    "EEAS Secretary General\nBrussels"): not a state's ("U.S. Secretary of State") nor the UN's."""
    if not TITLES_ONLY_RE.fullmatch(text, m.start, m.end):
        return False
    before = NEIGHBOUR_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    if before is None:
        return False
    word = before.group(1)
    if not word.isupper() or len(word) < 3 or "." in word or fold(word) in OWN_BODY:
        return False
    types = {auth.types[a.actor] for a in auth.index.get(fold(word), ())}
    if types:
        return not (types & STATE_TYPES or "person" in types)
    # an acronym unknown to the dictionary, not a speaker's surname in capitals ("SAMANTHA
    # ARMYTAGE Minister, later today…", a transcript's turn)
    name = NEIGHBOUR_BEFORE_RE.search(text, max(0, before.start() - 40), before.start())
    return name is None or not name.group(1).isupper()


# An acronym for the body the dictionary files an office under ("UN Secretary-General" is
# matched whole; "UN" may stand before a shorter alias) or for a state ("USA").
OWN_BODY = frozenset({"un"})
STATE_TYPES = frozenset({"state", "government", "legislature"})


def inside_name(text: str, start: int, end: int, auth: Authority) -> bool:
    """Whether the word is part of a longer name written around it: "the Bertelsmann Foundation",
    "the International Day of Zero Tolerance", "MS YOUTH: This is Marta Youth". A place before it
    and a role after it make no name of it: "Queensland Nationals Senator Matt Canavan"."""
    before = NEIGHBOUR_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is not None and before.group(1)[:1].isupper() and before.group(1) not in DETERMINERS:
        if not _place_word(before.group(1), auth):
            return True
    after = NEIGHBOUR_AFTER_RE.match(text, end)
    if after is None or not after.group(1)[:1].isupper() or not after.group(1)[1:].islower():
        return False
    return after.group(1) not in ROLES


LISTED_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*),[^\S\n]+$")
LISTED_AFTER_RE = re.compile(r"(?:,[^\S\n]*|[^\S\n]+and[^\S\n]+)([^\W\d_][\w'’-]*)")


def in_portfolio_list(text: str, start: int, end: int, auth: Authority) -> bool:
    """Whether the word stands in a list of capitalised ordinary words, a portfolio's or a
    programme's title: "Minister of … Youth Welfare, Houses of Justice, Youth, Sport and …"."""
    before = LISTED_BEFORE_RE.search(text, max(0, start - 40), start)
    after = LISTED_AFTER_RE.match(text, end)
    words = [n.group(1) for n in (before, after) if n is not None]
    return any(w[:1].isupper() and fold(w) in auth.common for w in words)


def _place_word(word: str, auth: Authority) -> bool:
    return fold(word) in auth.adjectives or auth.names_a_place(word)


def _documents_country(country: int, named: Counter[int]) -> bool:
    """Whether the document is about this state, not merely naming it in passing: it is named at
    least a third as often as the state named most (Russia's speech that lists France once does
    not make "the World Festival of Youth" the Basque group Gazteriak)."""
    return named[country] > 0 and named[country] * SHARE >= max(named.values())


def written_as_name(text: str, start: int, end: int) -> bool:
    """Capitalised where a plain word would not be: not first in its sentence, not in a heading."""
    return (
        text[start : start + 1].isupper()
        and not sentence_initial(text, start)
        and not in_capitals_run(text, start, end)
        and not in_title_line(text, start)
    )


def in_capitals_run(text: str, start: int, end: int) -> bool:
    """Inside three or more words in capitals ("SCHEDULE IS SUBJECT TO CHANGE")."""
    before: list[str] = WORD_RE.findall(text[max(0, start - 40) : start])[-2:]
    after = WORD_RE.findall(text[end : end + 40])[:2]
    run = 1
    for w in reversed(before):
        if not _caps(w):
            break
        run += 1
    for w in after:
        if not _caps(w):
            break
        run += 1
    return run >= 3


def _caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def in_title_line(text: str, pos: int) -> bool:
    """On a short line whose words are capitalised like a title ("China: End Forced Labor Now")."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    if hi - lo > LINE_MAX:
        return False
    line: list[str] = WORD_RE.findall(text[lo:hi])
    content = [w for w in line if w.lower() not in SMALL]
    if len(content) < 3:
        return False
    return sum(w[:1].isupper() for w in content) >= 0.8 * len(content)
