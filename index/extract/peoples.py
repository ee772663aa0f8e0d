"""A state's people named both ways in one text: "the people of Burma … the Burmese people",
"citizens of Syria … Syrian citizens", "the people of Greenland … the Greenlandic people".

The population finders name a group after the words the text uses, so the two writings of one
group stood as two actors. A group named "<noun> of <state>" takes the name of the group named
"<adjective> <noun>" (or "<state> <noun>") when the text names one for the same state and noun.
"<noun> in <state>" ("the women in Iraq") takes that name too, as the annotators join it with
"Iraqi women"; nothing else: alone, "people in Syria" counts whoever is there, not the Syrians.
A state's plural demonym alone ("Syrians", "all Syrians", "the Iraqis") is that state's people
too: a speech says "the Syrian people" and "Syrians" of one people, and the annotators join them.
So are its citizens ("Syrian citizens", "citizens of Iraq") and its population ("the Iraqi
population") where the text names its people: a speech's "the Syrian people … all Syrian
citizens", a senator's "the Iraqi people … all Iraqi citizens" speak of one people, and the
annotators of every genre join them ("the Lebanese population", "its Kurdish population" with
the people too); counted or delimited as a demonym is ("four United States citizens", "Iraqi
citizens residing in Jordan"), some of them.
"""

from __future__ import annotations

import re

from .authority import Authority, authority
from .mention import Mention
from .populations import NUMBER_RE, SIZES
from .tokens import fold, word_before
from .verbs import ACTION_VERBS

OF_RE = re.compile(r"(\w+) of (?:the )?(.+)")
# "the women in Iraq": a group in a state, which is that state's group of the noun where the text
# also names one ("Iraqi women"); alone it may count whoever is there, so it joins nothing else.
IN_RE = re.compile(r"(\w+) in (?:the )?(.+)")


def _state(words: list[str], auth: Authority) -> int:
    """The state the words name or describe ("Burma", "Burmese", "East Timor"), or -1."""
    keys = [fold(w) for w in words]
    if len(keys) == 1 and keys[0] in auth.adjectives:
        return auth.adjectives[keys[0]]
    found = auth.index.get(keys[0], []) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), [])
    for alias in found:
        if alias.keys == tuple(keys) and auth.types[alias.actor] == "state":
            return alias.actor
    return -1


def _plural_demonym(word: str, auth: Authority) -> int:
    """The state whose people the one word names as a plural of its adjective ("Syrians",
    "Iraqis", "Americans"), or -1. Not a word that is its own plural ("Burmese", "Sudanese"),
    which names the state's things as often as its people."""
    low = fold(word)
    if not (word[:1].isupper() and low.endswith("s")) or low[:-1] not in auth.adjectives:
        return -1
    state = auth.adjectives[low[:-1]]
    if auth.types[state] != "state" or auth.names_a_place(low[:-1]):
        return -1  # "Ethiopias": the state's own name with a scrape's lost "'s", no people
    return state


# The words a plural demonym may follow and still name the whole people: an article, "all", a
# preposition, a conjunction or an action verb ("all Syrians", "the suffering of Syrians", "allows
# Syrians to"). Any other word may describe some of them: "ordinary Australians", "vulnerable
# Afghans", "Indigenous Australians", "Chinese Americans".
WHOLE_BEFORE = frozenset(
    """the all of for to against upon on with by between among from and or but that which where when
    as than like because if while""".split()
)
# A count before "of" makes the people after it some of them: "millions of Egyptians".
SOME_OF = SIZES | frozenset("many some few several most other these those group number cent percent".split())
# After it, what delimits some of them: "Americans who have volunteered", "Palestinians in Gaza",
# "the Australians studying in China".
SOME_AFTER_RE = re.compile(r"[^\S\n]+(?:who|whom|in|inside|currently|[a-z]+ing)\b")
# But an "in" that says how the whole people acts or where in their own country they are delimits
# none of them: "backing Ukrainians in their fight", "the Israelis in this case", "help Ukrainians
# in every way", "the situation of the Syrians in some areas", "Syrians in the southern part of the
# country" (the annotators join these with the people); a place, a need or a custody still does.
WHOLE_IN_RE = re.compile(
    r"[^\S\n]+in[^\S\n]+(?:their|this|that|every|any|particular|order|support|coordination"
    r"|(?:some|many|certain|several|most|all|other)[^\S\n]+(?:areas|parts|regions)"
    r"|(?:the[^\S\n]+)?\w+[^\S\n]+(?:parts?|regions?)[^\S\n]+of[^\S\n]+(?:the|their|our)[^\S\n]+country)\b"
)


def _whole(text: str, start: int, end: int) -> bool:
    """Whether a plural demonym names the whole people ("the Syrians", "all Syrians", "crimes
    against Syrians", a sentence's "Syrians deserve …"), not a part the words around it delimit
    ("young Palestinians", "millions of Egyptians", "Afghans who fought alongside us")."""
    if SOME_AFTER_RE.match(text, end) and not WHOLE_IN_RE.match(text, end):
        return False
    if text[start - 1 : start] == "-":
        return False  # "Arab-Australians", "Afro-Bolivians": a people of its own
    before = word_before(text, start)
    if not before:  # a sentence's start, or a figure ("180,000 Americans") word_before does not read
        return not text[max(0, start - 3) : start].rstrip()[-1:].isdigit()
    if before.lower() == "of":
        # the "of" as written: a letterhead's "OF" too ("THE PLIGHT OF BURMESE PEOPLE")
        of_at = max(text.rfind("of", 0, start), text.rfind("OF", 0, start), text.rfind("Of", 0, start))
        counted = word_before(text, of_at).lower()
        return counted not in SOME_OF and NUMBER_RE.fullmatch(counted) is None
    # or a verb whose object they are ("allows Syrians to determine", "protect Syrians")
    low = before.lower()
    return low in WHOLE_BEFORE or low in ACTION_VERBS or low[-1:] == "s" and low[:-1] in ACTION_VERBS


def _in_adjective(name: str, auth: Authority) -> bool:
    """Whether "<noun> in <word>" ends in a state's adjective, not its name ("people in Australian")."""
    last = fold(name.rsplit(None, 1)[-1])
    return last in auth.adjectives and not auth.names_a_place(last)


def _key(name: str, auth: Authority) -> tuple[int, str] | None:
    """(the state, the noun) a population's name says, or None."""
    m = OF_RE.fullmatch(name) or IN_RE.fullmatch(name)
    if m is not None:
        words, noun = m.group(2).split(), m.group(1)
    else:
        *words, noun = name.split()
    if not words:
        state = _plural_demonym(noun, auth)
        return (state, "people") if state >= 0 else None
    if len(words) > 2:
        return None
    state = _state(words, auth)
    return (state, noun.lower()) if state >= 0 else None


def link(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, "<noun> of <state>" after the one "<adjective> <noun>" of that state, and
    a plural demonym ("Syrians") and its citizens ("Syrian citizens") after the one name of that
    state's people."""
    named: dict[tuple[int, str], set[str]] = {}
    of: list[tuple[Mention, tuple[int, str]]] = []
    plural: list[tuple[Mention, tuple[int, str]]] = []  # "Syrians", which joins either form
    citizens: list[tuple[Mention, tuple[int, str]]] = []  # "Syrian citizens", "citizens of Syria"
    located: list[tuple[Mention, tuple[int, str]]] = []  # "women in Iraq": the named form only
    auth = authority()
    keys: dict[str, tuple[int, str] | None] = {}  # by name: a group is mentioned many times
    for m in mentions:
        if m.type != "population":
            continue
        if m.name not in keys:
            keys[m.name] = _key(m.name, auth)
        key = keys[m.name]
        if key is None:
            continue
        located_in = IN_RE.fullmatch(m.name) is not None
        # not "Iraqi citizens residing in Jordan", nor "citizens in Iraq"
        if key[1] == "citizens" and not located_in and _whole(text, m.start, m.end):
            citizens.append((m, (key[0], "people")))
        # "the Iraqi population", "the Palestinian population": the whole people by another noun
        # ("sharing oil revenue with the entire Iraqi population"), unless delimited after it
        if key[1] == "population" and not located_in and not SOME_AFTER_RE.match(text, m.end):
            citizens.append((m, (key[0], "people")))
        if located_in:
            # not "many people in Russia", "people in Australia who …", nor the state's adjective
            # read as its name: "the people in Australian care" are in its custody
            if _whole(text, m.start, m.end) and not _in_adjective(m.name, auth):
                located.append((m, key))
        elif OF_RE.fullmatch(m.name):
            of.append((m, key))
        elif " " not in m.name:
            if _whole(text, m.start, m.end):
                plural.append((m, key))
        else:
            named.setdefault(key, set()).add(m.name)
    for m, key in (*of, *located):
        if len(names := named.get(key, set())) == 1:
            m.name = next(iter(names))
    for m, key in plural:  # after the "of" forms took the named one's name
        names = named.get(key) or {o.name for o, k in of if k == key}
        if len(names) == 1:
            m.name = next(iter(names))
    for m, people in citizens:  # after the plural forms took the people's name
        names = named.get(people) or {o.name for o, k in (*plural, *of) if k == people}
        if len(names) == 1:
            m.name = next(iter(names))
