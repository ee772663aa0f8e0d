"""People named by what the text says they are, set off after the name: "Shubhkaran Singh, a
24-year old farmer, died", "Olha, a teacher in Shevchenkove, recalled", "Jackson Nyamonge, 28,".

Reports name the victims, witnesses and activists they interviewed once, with no title and no
"said" beside the name; the apposition is what says the name is a person's. Later mentions by
one part of the name ("Nyamonge") are found as for any person (`people.name_parts`).
"""

from __future__ import annotations

import re

from .actors import _trie as prefix_tree  # one prefix-tree pattern builder
from .authority import Authority
from .mention import Mention
from .organisations import HEADS
from .people import TITLE_FIRST
from .place_phrases import WORD, known_alias
from .tokens import fold

# Nouns for what one person is or does, beyond the authority's nouns for kinds of people
# ("farmer", "activist", "journalist"): offices and family ties an apposition gives.
ROLE_NOUNS = (
    "director official leader founder co-founder head spokesperson spokesman spokeswoman mother "
    "father son daughter wife husband brother sister officer chief coordinator researcher principal "
    "mayor chairman chairwoman chairperson president secretary member player captain coach "
    "commander-in-chief owner advisor adviser manager presenter candidate"
).split()  # one word each: "member of parliament" split had made "of" a noun (", the capital of")
# ", a 24-year-old farmer", ", the school's director", ", 28," (", 57 –" before a dash): up to three
# words before the noun ("a former human rights lawyer"). Searched from the comma: the engine
# skips to each comma.
DETERMINER = r"(?:a|an|another|the|his|her|their)[^\S\n]+"
# Without an article, the office a report gives its speaker before the body it serves: "Tara
# Sepehri Far, senior Iran researcher at Human Rights Watch", "Janti Soeripto, president and CEO of
# Save the Children", "Aisling Reidy, senior legal advisor, provided…"; the words before the noun
# begin in lower case (", President Biden" is a list).
BARE = r"(?=[a-z])(?:[\w'’-]+[^\S\n]+){{0,3}}?(?:{0})(?=[^\S\n]+(?:of|at|for|and|with|in)\b|,)"
APPOSITION = (
    r",[^\S\n]+(?:\d{{1,2}}(?:,|[^\S\n]+[–—])|"
    + DETERMINER
    + r"(?:[a-z\d][\w'’-]*[^\S\n]+){{0,3}}?(?:{0})\b|"
    + BARE
    + ")"
)
WORD_RE = re.compile(r"\S+")
NAME_BEFORE_RE = re.compile(rf"{WORD}(?:[^\S\n]+{WORD}){{0,3}}$")
WINDOW = 80  # characters before the comma searched for the name: longer than any person's name
# Words that begin a sentence or a caption before a name ("In December, a…", "Image Mariam, a…").
NOT_NAME_WORDS = frozenset(
    """I I’m I'm The A An In On At Of For From To By With And But Or So Also Even Image Photo Then
    Now Today Yesterday Instead However Meanwhile Mr Ms Mrs Dr January February March April May June
    July August September October November December Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday""".split()
)

# Nouns of the authority's list that name a faith or a people ("Seleka, a predominantly Muslim
# coalition") or fit a company as well as a person ("Glencore, a global commodities trader").
NOT_PERSON_NOUNS = frozenset(
    """ahmadi alawite baha'i bedouin buddhist catholic christian copt dalit druze hazara hindu jew
    kurd muslim protestant rohingya shia shiite sikh sunni tamil uighur uyghur yazidi unitarian
    islamist national native trader investor publisher customer consumer user recipient
    beneficiary applicant claimant merchandiser merchant""".split()
)
# Words that make a capitalised run an organisation's or a thing's name, not a person's.
NOT_IN_NAMES = frozenset(
    "Radio Television TV City Sea Island Scheme Station War North South East West Central".split()
)
PREPOSITIONS = frozenset("In On At From To Near Outside Inside".split())
NOT_PERSON_TYPES = frozenset({"state", "igo", "ngo", "government", "legislature", "party", "media"})

# ", Administrator, Federal Emergency…", ", Department Spokesperson", ", Executive Director of…":
# an office with a capital, in the letterheads and signatures of the State Department and of
# Human Rights Watch, with no article. Not when a name follows the office ("Biden, Secretary
# Blinken"): the text then lists titled people, and the word before may be anything.
OFFICES = (
    "Administrator Spokesperson Spokesman Spokeswoman Director Secretary Ambassador Minister Chairman "
    "Chairwoman Chair President Commissioner Coordinator Advisor Adviser Counselor Envoy Representative"
).split()
OFFICE_APPOSITION_RE = re.compile(
    r",[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*[^\S\n]+){0,3}?"
    rf"(?:{'|'.join(OFFICES)})"
    r"(?=[^\S\n]*(?:[,.;:<\"”)]|\n|$)|[^\S\n]+(?:of|for|at|to|in|on|and)\b|[^\S\n]+\([A-Z]+\))"
)

_PATTERNS: dict[int, re.Pattern[str]] = {}


def _pattern(auth: Authority) -> re.Pattern[str]:
    found = _PATTERNS.get(id(auth))
    if found is None:
        nouns = {*auth.people.values(), *ROLE_NOUNS} - NOT_PERSON_NOUNS
        # a prefix tree: a flat alternation of 230 nouns tried at each word cost twice as much
        found = _PATTERNS[id(auth)] = re.compile(APPOSITION.format(prefix_tree([(n, "") for n in nouns])))
    return found


def _body_word(auth: Authority, word: str) -> bool:
    """Whether the word alone names a state or a body ("Canada", "NATO"): a name holding it is the
    body's ("Mines Action Canada", "NATO Ally"). A place's name may be a person's ("Jackson")."""
    found = auth.index.get(fold(word), ())
    return any(len(a.keys) == 1 and auth.types[a.actor] in NOT_PERSON_TYPES for a in found)


def _name(auth: Authority, words: list[str]) -> list[str]:
    """The words that name the person: without sentence openers ("Following", "Image"), and none
    if they name a place ("In Melitopol, a teacher said"), a body or a thing."""
    while words and (words[0] in NOT_NAME_WORDS or fold(words[0]) in auth.adjectives):
        if words[0] in PREPOSITIONS:
            return []
        words = words[1:]
    while len(words) > 1 and fold(words[0]) in auth.common:
        words = words[1:]  # "Following East Timor", "Even Mark Latham": a sentence's first word
    if not words or len(words) > 3 or words[-1][:1].islower():
        return []
    one = words[0]
    if len(words) == 1 and (fold(one) in auth.common or one.isupper() or one.endswith("ly")):
        return []  # "Also, a…", "COVAX, the…", "Controversially, the…"
    if (
        any(fold(w) in auth.common or w in NOT_IN_NAMES or w in HEADS for w in words[1:])
        or one in NOT_IN_NAMES
    ):
        return []  # "Cold War", "Employer Nomination Scheme", "Radio Azattyk", "North Africa"
    if known_alias(auth, " ".join(words)) or any(_body_word(auth, w) for w in words):
        return []  # "Minsk", "Mines Action Canada", "NATO Ally"
    if any(w.isupper() and len(w) > 1 for w in words):
        return []  # "MR CAPEHART" in a transcript is found as the speaker
    return words


def appositions(text: str, auth: Authority) -> list[Mention]:
    """A person for each name set off by an apposition that says what one person is."""
    out: list[Mention] = []
    for m in _pattern(auth).finditer(text):
        run = NAME_BEFORE_RE.search(text, max(0, m.start() - WINDOW), m.start())
        if run is None:
            continue
        spans = [w.span() for w in WORD_RE.finditer(text, run.start(), run.end())]
        words = _name(auth, [text[s:e] for s, e in spans])
        if words and _counted(text, spans[-len(words)][0]):
            continue  # "2,000 Javelin, 1,000 light anti-armor weapons": things counted, no person
        if words:
            out.append(Mention(spans[-len(words)][0], run.end(), " ".join(words), "person", 2))
    if "," in text:
        out += _office_appositions(text, auth)
    return out


def _counted(text: str, start: int) -> bool:
    """Whether a number stands right before the name."""
    before = text[max(0, start - 12) : start].rstrip()
    return before[-1:].isdigit()


def _office_appositions(text: str, auth: Authority) -> list[Mention]:
    """A person for each full name followed by its capitalised office. Stricter than after a
    role noun: two or three words, none an ordinary word ("Human Rights, Minister Syamsuddin",
    "Strategic Dialogue, Assistant Secretary…" are no names)."""
    out: list[Mention] = []
    for m in OFFICE_APPOSITION_RE.finditer(text):
        run = NAME_BEFORE_RE.search(text, max(0, m.start() - WINDOW), m.start())
        if run is None:
            continue
        spans = [w.span() for w in WORD_RE.finditer(text, run.start(), run.end())]
        words = _name(auth, [text[s:e] for s, e in spans])
        while words and any(part in TITLE_FIRST for part in words[0].split("-")):
            words = words[1:]  # "Vice-Chancellor Werner Kogler, Minister of…": the title is no name
        if len(words) < 2 or any(fold(w) in auth.common for w in words):
            continue
        out.append(Mention(spans[-len(words)][0], run.end(), " ".join(words), "person", 2))
    return out
