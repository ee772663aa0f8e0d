"""Entries from the CAMEO/Phoenix dictionaries of PETRARCH 2 (TABARI format; see
``../shared/kb/cameo/SOURCE.md``): phrases with ``+synonym`` lines and ``[CODE date-range]`` codes.

An entry's *current* code is the one without an end date: Kazakhstan is filed ``[USRKAZ <911216]
[KAZUNR 911216-911221] [KAZ >911221]``, and only the last says it is a state today.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterator, Mapping
from difflib import SequenceMatcher
from pathlib import Path

from .countries import TERRITORIES
from .entries import Entry

# CAMEO role codes → our actor types (SOURCE.md); checked in this order on the code's suffixes.
ROLE_TYPES: tuple[tuple[str, str], ...] = (
    ("LEG", "legislature"),
    ("MIL", "armed_force"),
    ("COP", "government"),  # police: a state's civil organ, as the guidelines type "Thai police"
    ("SPY", "government"),  # intelligence services: agencies, not the military
    ("REB", "armed_group"),
    ("INS", "armed_group"),
    ("UAF", "armed_group"),
    ("SEP", "armed_group"),
    ("PTY", "party"),
    ("MED", "media"),
    ("REF", "population"),
    ("CVL", "population"),
    ("GOV", "government"),
    ("JUD", "government"),
)

# Words that make a phrase an organisation rather than a person's name.
ORG_WORDS = frozenset(
    """ministry ministries department council congress parliament senate assembly party army force
    forces committee commission court agency office bureau police guard navy corps union front
    movement organization organisation association institute bank house authority government
    cabinet administration league fund service services federation brigade brigades group
    company corporation university command chamber secretariat board tribunal military
    foundation centre center campaign coalition network society alliance mission project
    fellowship charities herald community""".split()
)
PERSON_STOP = frozenset({"general", "president", "prime", "minister", "mr", "the", "of"})
SMALL = frozenset({"of", "the", "for", "and", "on", "in", "to", "a", "al", "bin", "de", "la", "du", "von"})
CAMEO_TO_ISO = {"TMP": "TLS"}  # CAMEO's own code for Timor-Leste


def phrase(raw: str) -> str:
    """TABARI phrase → plain words: underscores are spaces; a trailing "_" only stops plurals."""
    raw = re.sub(r"\{[^}]*\}", "", raw)
    return " ".join(raw.replace("_", " ").split()).strip()


def display(words: str) -> str:
    """Upper-case dictionary phrase → display case ("UNITED_STATES_OF_AMERICA" → "United States of
    America"). A bracketed acronym keeps its capitals ("… TAMIL_EELAM_(LTTE)" → "… Tamil Eelam
    (LTTE)"), a bracketed qualifier is a name ("(SOUTH_AFRICA)" → "(South Africa)")."""
    out = []
    for i, w in enumerate(words.split()):
        opening, w = ("(", w[1:]) if w.startswith("(") else ("", w)
        lw = w.lower()
        if i and lw in SMALL and not opening:
            out.append(lw)
        elif (
            "." in w
            or (len(w) <= 4 and not re.search(r"[AEIOUY]", w))
            or BRACKETED_ACRONYM_RE.fullmatch(opening + w)
        ):
            out.append(opening + w)  # acronyms and initials keep their case: "U.S.", "NATO"
        else:
            out.append(opening + "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
    return " ".join(out)


# Two to five capitals ("(LTTE)", "(CPN-M)"); longer ones are names ("(BOLIVIA)", "(GREECE)"),
# as are the compass words ("Korea (SOUTH)").
BRACKETED_ACRONYM_RE = re.compile(r"\((?!NORTH|SOUTH)[A-Z][A-Z-]{1,4}\)")


def names(name: str, synonyms: list[str]) -> tuple[str, list[str]]:
    """An entry's display name and aliases. A name that ends in its bracketed acronym is shown
    without it ("Liberation Tigers of Tamil Eelam") and known with and without it (without it
    only where it is more than ordinary words: see `_named`); the acronym alone is left to the
    text that introduces it (acronyms.py): two or three capitals alone ("AN", "CA") would fire on
    ordinary words."""
    shown = display(name)
    bracket = BRACKETED_ACRONYM_RE.search(shown)
    short = shown[: bracket.start()].rstrip() if bracket and bracket.end() == len(shown) else shown
    return short, [*dict.fromkeys([short, shown, *(display(s) for s in synonyms)])]


def current_code(codes: list[tuple[str, str]]) -> str:
    """The code in force: one open towards today (">date"), else an undated one, else the first."""
    real = [(c, d) for c, d in codes if c and c != "---"]
    for pick in (lambda d: d.startswith(">"), lambda d: not d):
        for c, d in real:
            if pick(d):
                return c
    return real[0][0] if real else ""


def parse_tabari(path: Path) -> list[tuple[str, list[str], str]]:
    """(phrase, synonyms, current code) per entry; uncoded entries take the codes that follow."""
    entries: list[tuple[str, list[str], list[tuple[str, str]]]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip():
            continue
        codes = [(c.lstrip("~"), d.strip()) for c, d in re.findall(r"\[([^\]\s]*)([^\]]*)\]", body)]
        text = re.sub(r"\[[^\]]*\]", "", body).strip()
        if body[0] in " \t":
            if entries:
                entries[-1][2].extend(codes)
        elif body.startswith("+"):
            if entries and text[1:].strip():
                entries[-1][1].append(phrase(text[1:]))
        elif text:
            entries.append((phrase(text), [], codes))
        elif entries:
            entries[-1][2].extend(codes)
    out = []
    for name, syns, codes in entries:
        code = current_code(codes)
        out.append((name, syns, CAMEO_TO_ISO.get(code[:3], code[:3]) + code[3:]))
    return out


def type_of(code: str) -> str | None:
    if code.startswith("IGO"):
        return "igo"
    if code.startswith("NGO"):
        return "ngo"
    if code.startswith("MNC") or code in ("---", ""):
        return None
    if code.startswith("IMG"):
        return "armed_group"
    if code == "MED":
        return "media"
    if len(code) == 3:
        return "state"
    chunks = {code[i : i + 3] for i in range(3, len(code), 3)}
    if code[:3] == "MED" or "MED" == code[3:6]:
        return "media"
    if "HRI" in chunks:
        return "ngo"
    for role, typ in ROLE_TYPES:  # most specific role first: USAGOVLEG is a legislature
        if role in chunks:
            return typ
    return None


def is_demonym(alias: str, country: str) -> bool:
    a, c = alias.lower().replace(" ", ""), country.lower().replace(" ", "")
    return a[:3] == c[:3] and bool(re.search(r"(an|ans|ese|ish|i|is|ic|ch|ene|ot|ots)$", a)) and a != c


# How a nationality noun for one person ends: "Spaniard", "Briton", "Icelander"; and a nation's
# word before "-man" ("Dutchman", "Irishwoman", "Scotsman", "Englishman").
NATIONAL_ENDING_RE = re.compile(r"(?:ards?|ons?|ers?)$")
NATIONAL_MAN_RE = re.compile(r"(?:sh|ch|ts)(?:wo)?m[ae]n$")


def is_national(alias: str, names: Collection[str], known: Collection[str]) -> bool:
    """A one-word synonym of a state that names one of its people: "-man" after a nation's word, or
    a person's ending after a nationality adjective's beginning that the state's name shares
    ("Spaniard": "Spanish", Spain; "Briton": "British", Great Britain). Not a city that begins
    as another state's adjective does ("Moron" of Argentina)."""
    low = alias.lower()
    if " " in low:
        return False
    if NATIONAL_MAN_RE.search(low):
        return True
    own = {w[:3] for n in names for w in _folded_words(n)}
    return (
        NATIONAL_ENDING_RE.search(low) is not None
        and low[:3] in own
        and any(low[:4] == d[:4] for d in known if len(d) >= 4)
    )


def is_country_name(alias: str, country: str) -> bool:
    """A synonym that names the country itself, not a city filed under it ("D.C.", "ST. Louis")."""
    a = alias.replace(" ", "").replace(".", "")
    if "." in alias:
        return a.upper() in (cameo_initials := initials(country)) or a.upper() == cameo_initials[0][:2]
    return len(a) <= 3 or alias.lower()[:4] == country.lower()[:4]


# Words a state's formal name adds to its short one: "Czech Republik", "Seychelle Islands".
FORMAL = frozenset(
    "republic republik rep kingdom state states federation federal democratic people's union".split()
    + ["islands", "isles"]
)


def _folded_words(name: str) -> list[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if not unicodedata.combining(c))
    return re.findall(r"[a-z][a-z'’]*", plain)


def spelt_from(alias: str, names: Collection[str], code: str) -> bool:
    """Whether a synonym CAMEO files under a state is written with the state's own names, so names
    the state: "Viet Nam", "Bosnia-Hercegovina", "United Kingsom", "USA", "ROK". A word foreign to
    them makes it a place inside the state ("Mexico City", "Australian Alps", "Franche-Comte",
    "Leipzig"), and a three-letter word that is no acronym of them is a town ("Goa", "Qom", "Fez")."""
    letters = alias.replace(" ", "").replace(".", "")
    if len(letters) <= 3:
        acronyms = {code} | {i for n in names for i in initials(n)}
        return letters.upper() in acronyms or any(i.startswith(letters.upper()) for i in acronyms)
    own = [w for n in names for w in _folded_words(n)]
    stems = {w[:3] for w in own}
    squashed = "".join(_folded_words(alias))
    if any(SequenceMatcher(None, squashed, "".join(_folded_words(n))).ratio() >= 0.85 for n in names):
        return True  # "Bangla Desh", "Sing a Pore"
    return all(
        w in SMALL or w in FORMAL or w[:3] in stems or len(w) == 1 or _misspelt(w, own)
        for w in _folded_words(alias)
    )


def _misspelt(word: str, own: list[str]) -> bool:
    """ "Zeeland" for "Zealand", "Corea" for "Korea": CAMEO keeps the misspellings it met."""
    return any(SequenceMatcher(None, word, w).ratio() >= 0.75 for w in own)


def typed_entries(path: Path) -> Iterator[tuple[str, list[str], str, str]]:
    """Dictionary entries with their current code and the actor type it maps to; entries whose
    code maps to no actor type are passed over."""
    for name, syns, code in parse_tabari(path):
        typ = type_of(code)
        if typ is not None:
            yield name, syns, code, typ


def _looks_like_person(words: list[str], common: Collection[str]) -> bool:
    """Two to four capitalised words, most of them no ordinary English word: "United States
    Military" and "Child Welfare" are not people."""
    if not 2 <= len(words) <= 4 or words[0].lower() in PERSON_STOP:
        return False
    if not all(re.fullmatch(r"[^\W\d_a-z][^\W\d_a-z'.-]*", w) for w in words):
        return False
    return sum(w.lower() in common for w in words) * 2 < len(words)


def country_entries(
    path: Path, states: Mapping[str, Collection[str]], demonyms: Collection[str], common: Collection[str]
) -> list[Entry]:
    """Entries of Phoenix.Countries: a state's synonyms become its aliases or adjectives, or places
    (cities filed under it); `states` maps the codes that are states to the names the state goes by
    elsewhere (ISO 3166, the hand additions), `demonyms` are the adjectives already known (which are
    never places: "American", "Dutch")."""
    out: list[Entry] = []
    known = {d.lower() for d in demonyms}
    for name, syns, code in parse_tabari(path):
        words = name.split()
        typ = type_of(code)
        if typ is None and len(code) == 6 and code[3:] in TERRITORIES:
            # "BRITISH_VIRGIN_ISLANDS_ [GBRVGB]": a territory filed under its ruler, no role and
            # no person ('the British Virgin Islands' was one); ISO's entry names the place
            continue
        if typ is None:
            # "SELAHATTIN_DEMIRTAS [TURELI]": a role we do not type, but a person of a country
            if code[:3] not in states or not _looks_like_person(words, common):
                continue
            typ = "person"
        if typ == "state":
            if code in states:  # not CAMEO's fictional Kinakuta and the like
                out += _state_entries(display(name), syns, code, [*states[code]], known, common)
            continue
        org = any(w.lower() in ORG_WORDS for w in words)
        if not org and _looks_like_person(words, common):
            typ = "person"
        elif not org and len(words) < 2:
            continue
        elif not org and not all(w.lower() in common for w in words):
            continue  # neither an organisation nor a person's name
        out.append(Entry(*_named(name, syns, typ, code, common)))
    return out


def _state_entries(
    name: str, syns: list[str], code: str, names: list[str], known: Collection[str], common: Collection[str]
) -> list[Entry]:
    """A state's entry and the places filed under it. CAMEO files some cities as entries of their
    own under the state's code ("LEIPZIG_ [DEU]" with Dresden and Halle, "MAYOTTE_ [FRA]"): those
    are places, or the merge by code would make "Leipzig" a name of Germany."""
    is_state = spelt_from(name, names, code)
    state = Entry(name, "state", code, [name])
    out = []
    for s in syns:
        if s.lower() in known:
            continue
        if is_state and is_demonym(s, name):
            state.adjectives.append(display(s))
        elif is_state and is_country_name(s, name) and spelt_from(display(s), [*names, name], code):
            state.aliases.append(display(s))
        elif is_state and is_national(s, [*names, name], known):
            continue  # "SPANIARD", "DUTCHMAN": one of the people, neither the state nor a place
        elif len(s) > 2 and s.lower() not in common and not is_demonym(s, name):  # "WESTERN" is no place
            out.append(Entry(display(s), "place", code, [display(s)]))
    if is_state:
        return [*out, state]
    return [Entry(name, "place", code, [name]), *out]


def initials(name: str) -> list[str]:
    """Possible acronyms of a name: of every word, and of its capitalised words only."""
    words = re.findall(r"[A-Za-z][\w'’]*", name)
    return [
        "".join(w[0] for w in words).upper(),
        "".join(w[0] for w in words if w.lower() not in SMALL).upper(),
    ]


def plain_entries(path: Path, states: Collection[str], common: Collection[str]) -> list[Entry]:
    """Entries of the International and MilNonState files. An acronym filed as an entry of its own
    ("UNDP_", "IAEA_") joins the entry it abbreviates, which gives the actor its name."""
    out: list[Entry] = []
    rulers = ruler_names(path)
    for name, syns, code, typ in typed_entries(path):
        words = name.split()
        if typ == "state" and code not in states:  # "KOFI_ANNAN [ELI]": a role code, no country
            if not _looks_like_person(words, common):
                continue
            typ = "person"
        elif name in rulers and typ in ("igo", "ngo", "government"):
            typ = "person"  # "DICK_SPRING_ [IGOEUREEC]": the Council of the EU's president in 1996
        elif (
            typ in ("igo", "ngo", "government")
            and not any(w.lower() in ORG_WORDS for w in words)
            and len(_without_initials(words)) in (2, 3)
            and all(w.isalpha() for w in _without_initials(words))
            and not re.search(r"(?i)nations|international|watch", name)
            and _looks_like_person(_without_initials(words), common)
        ):
            typ = "person"  # "KOFI_ANNAN [IGOUNO]": a person working for the organisation
        elif typ == "armed_group" and _militant_leader(words):
            typ = "person"  # "OSAMA_BIN_LADEN [IMGMUSALQ]": the group's leader, a named person
        out.append(Entry(*_named(name, syns, typ, code, common)))
    return _join_acronyms(out)


# The comment CAMEO leaves on the entries it took from its list of organisations' office-holders
# ("DICK_SPRING_ [IGOEUREEC 960701-961231] # president of the CoEU from IRELAND# IGOrulers.txt").
RULERS_RE = re.compile(r"#[^\n]*rulers\.txt", re.I)


def ruler_names(path: Path) -> frozenset[str]:
    """The phrases of the entries CAMEO took from its list of office-holders: the Council of the EU's
    presidents, NATO's and the UN's secretaries-general. They are people whatever their names' words
    ("Dick Spring", "Max van der Stoel"), which the test for a person's name failed on ordinary words."""
    found: set[str] = set()
    last = ""
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if body.strip() and body[0] not in " \t+":
            last = phrase(re.sub(r"\[[^\]]*\]", "", body))
        if last and RULERS_RE.search(line) and not line.startswith("#"):
            found.add(last)
    return frozenset(found)


def _without_initials(words: list[str]) -> list[str]:
    """A name's words less its middle initials: "WESLEY K. CLARK [IGOWSTNAT]" is a person working
    for NATO as "KOFI ANNAN" is, not the organisation."""
    return [w for w in words if not re.fullmatch(r"[A-Za-z]\.", w)]


def _named(
    name: str, syns: list[str], typ: str, code: str, common: Collection[str]
) -> tuple[str, str, str, list[str]]:
    shown, aliases = names(name, syns)
    if shown != display(name) and all(w.lower() in common for w in shown.split()):
        aliases.remove(shown)  # "Direct Action (DA)": without its acronym, two ordinary words
    return shown, typ, code, aliases


# Arabic words that begin a group's name ("Jabhat al-Nusra": the Nusra Front), and particles of
# a person's name ("bin", "al" inside it: "Osama bin Laden", "Ayman al Zawahiri").
GROUP_FIRST = frozenset(
    "jabhat harakat jamaat jama'at jaish jaysh ansar hizb kataib kata'ib liwa saraya tanzim".split()
)
NAME_PARTICLES = frozenset("bin ibn al".split())


def _militant_leader(words: list[str]) -> bool:
    """Whether a MilNonState entry names a person: three or more words with "bin" or "al" after
    the first, none of them an organisation's word, not an Arabic group name."""
    low = [w.lower() for w in words]
    return (
        len(words) >= 3
        and any(w in NAME_PARTICLES or w.startswith("al-") for w in low[1:-1] + low[-1:])
        and low[0] not in GROUP_FIRST
        and not any(w in ORG_WORDS or w.rstrip("s") in MILITANT_WORDS for w in low)
    )


MILITANT_WORDS = frozenset(
    "brigade battalion front army movement group martyr force organization troop".split()
)


def _join_acronyms(entries: list[Entry]) -> list[Entry]:
    by_initials: dict[tuple[str, str], Entry] = {}
    for e in entries:
        if len(e.name.split()) >= 2:
            for ini in initials(e.name):
                by_initials.setdefault((ini, e.type), e)
    out = []
    for e in entries:
        word = e.name
        if " " in word or not word.isalpha() or e.type not in ("igo", "ngo"):
            out.append(e)
            continue
        long = by_initials.get((word.upper(), e.type))
        if long is not None:
            long.aliases += [word.upper(), *e.aliases[1:]]
            continue
        if len(word) <= 5:
            e.name = word.upper()  # "Undp" → "UNDP": an acronym with no expansion filed
            e.aliases = [word.upper(), *e.aliases[1:]]
        out.append(e)
    return out


# CAMEO files events as their agents' roles ("uprising", "insurgency"); "the Syrian uprising" is
# what happened, not who did it.
EVENT_RE = re.compile(r"\b(?:uprising|insurgency|rebellion|revolution|insurrection|mutiny)$")
# Phoenix files a prison with the police: "Syrian prisons", "Iraqi prisons" and "another Israeli
# prison" are places of detention, no organ that acts ("prisons department", "jail guard" are).
BUILDING_RE = re.compile(r"\b(?:prison|prison house|jail|building)$")


def role_rows(path: Path) -> list[tuple[str, str]]:
    """Agent nouns of the roles we compose ("Syrian government") with their actor type."""
    wanted = {
        "GOV": "government",
        "MIL": "armed_force",
        "COP": "government",
        "LEG": "legislature",
        "JUD": "government",
        "REB": "armed_group",
        "INS": "armed_group",
        "REF": "population",
    }
    rows: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = re.match(r"([A-Z][A-Z_'\-]*)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})\]", line)
        if m and m.group(2) in wanted:
            noun = phrase(m.group(1)).lower()
            # "ambassador to", "embassy in": the role is the noun; what follows is another actor
            noun = re.sub(r"\s+(?:to|in|at|for|of)$", "", noun)
            if "!" in noun or len(noun.split()) > 3 or EVENT_RE.search(noun) or BUILDING_RE.search(noun):
                continue
            rows.setdefault(noun, wanted[m.group(2)])
    return sorted(rows.items())


def demand_verbs(path: Path) -> list[tuple[str, str]]:
    """Verbs listed at the head of the APPEAL (02x) and DEMAND (10x) blocks of CAMEO.verbpatterns."""
    verbs: dict[str, str] = {}
    code: str | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        head = re.match(r"---\s*(\S+)\s*\[(\d+)", line)
        if head:
            code = head.group(2) if head.group(2)[:2] in ("02", "10") else None
            continue
        if code is None or not line.strip() or line.startswith(("-", "#", "+")):
            continue
        word = re.sub(r"\{.*|#.*|\[.*", "", line).strip()
        if re.fullmatch(r"[A-Z_]+", word):
            verbs.setdefault(word.replace("_", " ").lower(), code)
    return sorted(verbs.items())
