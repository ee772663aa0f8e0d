"""People named after a noun that says what they are or what befell them: "filmmaker Shin Daewe",
"the Dalit leader Bhimrao Ramji Ambedkar", "the advocate, Dinara Smailova,", "the murder of
Nirmala Kurmi".

Reports name the people they write about with no title and no "said": a victim, a defendant, an
activist. `appositions` reads the noun set off after the name ("Jackson Nyamonge, 28,"); this reads
it before. The given names our list knows are few and mostly those of officials, so the phrase,
not the name, must say that the words are a person's. Later mentions by one part of the name
("Smailova") are found as for any person (`people.name_parts`).
"""

from __future__ import annotations

import re

from .actors import _trie as prefix_tree
from .appositions import NOT_IN_NAMES, NOT_PERSON_NOUNS, ROLE_NOUNS, _body_word
from .authority import Authority
from .mention import Mention
from .people import NOT_NAMES, TITLE_FIRST, non_person_words
from .place_phrases import known_alias
from .tokens import fold

# Nouns for what one person is, beyond the authority's nouns for kinds of people and the
# apposition's offices and family ties: the trades and standings reports put before a name.
MORE_NOUNS = (
    "filmmaker advocate laureate poet rapper singer artist musician novelist author photographer "
    "lawmaker legislator politician candidate businessman businesswoman tycoon bishop archbishop "
    "pastor teenager colleague companion friend partner cousin nephew niece uncle aunt grandmother "
    "grandfather critic analyst expert envoy diplomat minister governor ambassador commander "
    "defender lawyer attorney prosecutor judge footballer boxer wrestler weightlifter sprinter "
    "runner olympian"
).split()
# What befell a person, before "of" and the name: "the killing of George Floyd".
EVENTS = (
    "murder killing killings death arrest detention release disappearance abduction kidnapping torture "
    "execution assassination imprisonment conviction sentencing funeral prosecution deportation extradition"
).split()
# A name's word: capitalised, a capital inside ("DeWine", "McCain"), a joined particle
# ("al-Sudani"), or initials ("F.A. Hayek"), never a possessive "'s".
PARTICLE = r"(?:al|el|bin|ibn|bint|abu|de|da|del|di|dos|du|van|von|der|den|le|la)"
# Irish ones are capitalised ("Fionnuala Ní Aoláin", "Máire Nic Giolla"): "Ní" is also a Spanish
# word of the list of ordinary words, and "Ó" one letter, so neither is a name's word alone.
GAELIC = r"(?:Ní|Ni|Nic|Ó|Uí|Mhic)"
UP = r"[A-ZÀ-ÖØ-Þ]"
LOW = r"[^\W\d_A-ZÀ-ÖØ-Þ]"
WORD = rf"(?:{PARTICLE}-)?{UP}(?:[a-z]{{1,2}}[A-Z])?{LOW}+(?:['’](?![sS]\b){LOW}+)?(?:-{UP}{LOW}+)*"
INITIALS = r"(?:[A-Z]\.){1,3}"
# Two to four words, a particle between them ("Nasser bin Ghaith", "Ursula von der Leyen"); the
# name ends where no capital follows: a longer capitalised run is a title or a body's name.
NAME = (
    rf"(?:{INITIALS}[^\S\n]?|{WORD}[^\S\n]+)(?:(?:{PARTICLE}[^\S\n]+){{0,2}}{WORD}[^\S\n]+){{0,2}}"
    rf"(?:{PARTICLE}[^\S\n]+|{GAELIC}[^\S\n]+(?=[A-Z])){{0,2}}{WORD}(?![^\S\n]*[A-Z\d]|[\w'’-])"
)
# Set off by a comma after the noun ("his lawyer, Ruslan Kasymov, said"), the name must close
# there too: "the activist, Human Rights…" opens a list, not an apposition.
APPOSED_END = r"(?=[,;.)]|[^\S\n]+(?:said|says|told|who)\b)"
WORD_RE = re.compile(r"[^\s]+")
PARTICLE_RE = re.compile(PARTICLE)
GAELIC_RE = re.compile(GAELIC)

NAME_RE = re.compile(NAME)
APPOSED_NAME_RE = re.compile(NAME + APPOSED_END)
_PATTERNS: dict[int, re.Pattern[str]] = {}


def _pattern(auth: Authority) -> re.Pattern[str]:
    """The nouns (and the event words with their "of") before a capital, sought in the reversed
    text: there the pattern begins with the name's capital and the white space after it, which the
    engine skips to in its tight loop. Sought forward,
    the nouns' prefix tree was tried at every word of the text (a tenth of all extraction alone,
    a twentieth in the one pass of the actor finder's word starts); reversed, a hundredth."""
    found = _PATTERNS.get(id(auth))
    if found is None:
        nouns = ({*auth.people.values(), *ROLE_NOUNS, *MORE_NOUNS} - NOT_PERSON_NOUNS) - {"man", "woman"}
        # a sentence's first word has its capital ("Journalist Sai Zaw Thaike was held"): checked
        # in `role_names`, as elsewhere the capital makes the noun a title's ("Director Smith")
        forms = [form for n in nouns for form in (n, n.capitalize())]
        tree = prefix_tree([(f[::-1], "") for f in forms])
        events = prefix_tree([(e[::-1], "") for e in EVENTS])
        found = _PATTERNS[id(auth)] = re.compile(
            # in a look-ahead: a capitalised noun that is a name's word ("Hunter Biden") must
            # not hide the noun before it ("the President’s son, Hunter Biden")
            rf"[A-ZÀ-ÖØ-Þ](?=([^\S\n]+(,?)(?:{tree}|fo[^\S\n]+{events}))(?!\w))"
        )
    return found


def prepare(auth: Authority) -> None:
    """Build the nouns' pattern now rather than in the first text."""
    _pattern(auth)


def _is_name(auth: Authority, words: list[str]) -> bool:
    """Whether every word can be a person's: no ordinary word ("Protection"), no body's or place's
    name ("Iran", "Human Rights Watch"), no title ("Senator"), no people's adjective ("Syrian")."""
    things = non_person_words()
    # "Ní Aoláin": an Irish particle before the surname is no word of its own
    words = [w for w in words[:-1] if not GAELIC_RE.fullmatch(w)] + words[-1:]
    for w in words:
        if w[:1].islower() or w.endswith(".") or PARTICLE_RE.fullmatch(w.lower()):
            continue  # a particle ("Nasser Bin Ghaith") or an initial
        bare = w.split("-")[-1]
        key = fold(bare)
        if (
            key in auth.common
            or key in things
            or key in auth.adjectives
            or key[:-1] in auth.adjectives  # "Americans Paul Whelan": a people, then the name
            or bare in NOT_NAMES
            or bare in NOT_IN_NAMES
            or bare in TITLE_FIRST
            or _body_word(auth, bare)
            or bare.isupper()
        ):
            return False
    return not known_alias(auth, " ".join(words))


def role_names(text: str, auth: Authority) -> list[Mention]:
    """A person for each name after a noun for a person or an event of a person's life."""
    out: list[Mention] = []
    n = len(text)
    for hit in _pattern(auth).finditer(text[::-1]):
        start, end = n - hit.end(1), n - hit.start() - 1  # the noun's first letter, the name's
        if text[start].isupper() and not _sentence_start(text, start):
            continue  # "Director Smith": a title's capital, which the titled finder reads
        rx = APPOSED_NAME_RE if hit.group(2) else NAME_RE
        m = rx.match(text, end)
        if m is None:
            continue
        words = WORD_RE.findall(m.group())
        if len(words) < 2 or words[-1].endswith(".") or not _is_name(auth, words):
            continue
        out.append(Mention(end, m.end(), " ".join(words), "person", 2))
    return out


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return not before or before[-1] in '.!?:\n"“”'
