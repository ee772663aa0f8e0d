"""Groups of people a statement is about, found from the structure of the phrase rather than a list
of groups: a plural noun for people (the authority's person nouns: "farmers", "patients",
"entrants", "recipients") that what goes with it makes a delimited group —
- a nationality or another capitalised word: "Palestinian detainees", "Dalit children", "LGBT people";
- a describing word after an article, a quantifier or a preposition (where no verb can stand):
  "the protesting farmers", "all unauthorised arrivals", "for humanitarian entrants";
- a number: "37 asylum seekers", "eleven Ugandan students";
- a place after it: "activists in Uganda", "refugees from Syria";
- or the statement being about them: the same noun three times or more ("farmers" in a release on
  their protest).
Nouns that are refugees' and civilians' own names (refugees, asylum seekers, detainees, civilians,
protesters…) are groups wherever they stand. Bare generic nouns ("children", "workers", "officials",
"victims") with only an article or a quantifier are not actors, as the annotation guidelines say.
"""

from __future__ import annotations

import re
from collections import Counter
from operator import attrgetter

from . import lost_stops, participles
from .authority import OWN_PLURALS, Authority
from .mention import Mention
from .own_plural_peoples import describes_a_noun, own_plural
from .tokens import Token, Window, fold, sentence_initial, tokens_before, word_before

# Groups by their own name, wherever they stand; multi-word ones named as the guidelines do.
CORE: dict[tuple[str, ...], str] = {
    ("civilians",): "Civilians",
    ("refugees",): "Refugees",
    ("asylum", "seekers"): "Asylum seekers",
    ("detainees",): "Detainees",
    ("migrants",): "Migrants",
    ("internally", "displaced", "persons"): "IDPs",
    ("internally", "displaced", "people"): "IDPs",
    ("idps",): "IDPs",
    ("displaced", "people"): "Displaced people",
    ("displaced", "persons"): "Displaced people",
    ("indigenous", "peoples"): "Indigenous peoples",
    ("political", "prisoners"): "Political prisoners",
    ("protesters",): "Protesters",
    ("protestors",): "Protesters",
    ("demonstrators",): "Demonstrators",
    ("human", "rights", "defenders"): "Human rights defenders",
}
CORE_HEADS = frozenset(k[-1] for k in CORE)
# Too general to be a group by repetition alone (the guidelines' "children", "officials").
GENERIC = frozenset(
    """children women men people peoples persons families parents victims officials teachers workers girls
    boys individuals citizens residents users members others customers consumers employees
    nationals youths communities community population minority""".split()
)
# Words before a describing word where no verb can stand: it describes the noun.
LICENSING = frozenset(
    """the a an these those all many some most several other such any each every few fewer
    more both no numerous various countless its their our his her your my whose of for with from in
    on at by among including against between without about like over under""".split()
)
# "this" and "that" agree with no plural noun: before one they are a conjunction or a pronoun
# ("history shows that strong men…"). "Own" and "same" refer back and set no group apart ("its own
# people", "the same people"), nor do ordinals ("among the earliest victims of terrorism").
# An acronym in brackets right before the head, spelt out before it: "… transgender (LGBT) people".
ACRONYM_BEFORE_RE = re.compile(r"\(([A-Z]{3,}\+?)\)[^\S\n]+$")
NOT_MODIFIERS = LICENSING | frozenset(
    """this that own same first last earliest latest next to is are was were be been being has have
    had will would should must can could may might do does did not than who which that also only
    even just still very so as if but because when while where there here it they we he she you i
    me us them him itself themselves said says told and or image photo particular
    why how what whether now then today again ago way ways extent reason reasons""".split()
)  # "image", "photo": HRW's captions, "Click to expand Image Children walk…"; "why people",
# "how residents", "Now people…", "two years ago people": a clause's first word, no describing one;
# "the way people are trained", "the extent applicants…": a noun a clause follows without "that"
# Words in "-s" that describe the noun after them: a compound's fixed plural ("human rights
# defenders", "customs officers") or an adjective ("trans people", "overseas citizens"). Any other
# lowercase plural before the noun heads its own phrase or is a verb ("the challenges Rohingya have
# faced", "on both sides men, women…", "Canada contributes men and resources").
DESCRIBING_S_WORDS = frozenset(
    "rights customs arms news sales affairs goods services sports trans overseas".split()
)
NUMBER_RE = re.compile(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|"
    r"hundreds|thousands|millions|tens|hundred|thousand|million|billion|dozen"
)
# The digits and separators before a number's last group of three ("6," of "6,000").
THOUSANDS_BEFORE_RE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})*,(?=\d{3}\b)")
REPEATED = 3
# Nouns for a group rather than for a kind of person: "religious minorities", "Jewish
# communities", "the Sikh community", "minority communities" (a community without a name or
# "minority" before it, "local communities", "the international community", is anyone's).
GROUP_NOUNS = ("minorities", "minority", "communities", "community", "population")
# A named minority is a people ("the persecuted Hazara minority", "the Muslim Uyghur minority");
# an unnamed one is a share of anything ("a minority of members"), and a capitalised one an
# office's word ("the Senate Minority Leader").
COMMUNITY = frozenset({"communities", "community", "minority"})
PLACE_NOUNS = COMMUNITY | {"population"}  # a place's: "North Carolina communities", "the Gaza population"
# A noun after "population" that it modifies: "population growth", "a major population centre".
COMPOUND_AFTER_RE = re.compile(
    r"\s+(?:growth|centres?|centers?|policy|policies|density|figures?|levels?|control|size|movements?|transfers?|displacements?|data|census|health|planning|pressures?|decline|increase|targets?|research)\b"
)
# Words that tell a population's size or extent, not who its people are.
SIZES = frozenset(
    """entire whole total vast large small growing general overall world global national majority
    remaining current existing ageing aging young old rural urban""".split()
)


def heads(auth: Authority) -> frozenset[str]:
    """Plural nouns a population can end in."""
    return frozenset([*auth.people, "people", "peoples", "persons", "idps", *GROUP_NOUNS])


def population_at(win: Window, text: str, low: str, auth: Authority) -> Mention | None:
    """A population whose head noun is the window's first token, or None."""
    found = _population_at(win, text, low, auth)
    condition = CONDITION_RE.match(text, win.toks[0].end) if low in CONDITION_HEADS else None
    owner = word_before(text, win.toks[0].start).lower()
    if condition is not None and condition.group(1) is None and owner in OWNERS:
        condition = None  # "my people aged 16 and older": the speaker's people (own_people.py)
    if condition is None and (found is None or found.weak):
        # "people being detained", "journalists reporting on the protests"
        doing = participles.participle_end(text, win.toks[0].end, low)
        if doing > 0:
            name = " ".join(text[win.toks[0].start : doing].split())
            return Mention(win.toks[0].start, doing, name[:1].upper() + name[1:], "population", 2)
    if condition is None:
        return _rights_owned(text, found, auth)
    # "seven people with psychosocial disabilities", "women and girls with disabilities": the
    # group found, with its condition
    start = found.start if found is not None else win.toks[0].start
    name = found.name if found is not None and found.name.lower() != low else low.capitalize()
    return Mention(start, condition.end(), " ".join(f"{name}{condition.group()}".split()), "population", 2)


# "because at heart people need…", "at times farmers…": the word before the noun ends an
# adverb's phrase ("at" and a bare noun), no word describing the people ("aimed at displaced people")
AT_PHRASE_RE = re.compile(
    r"(?<![\w-])at[^\S\n]+(?:heart|home|times|work|least|first|last|once|present|best|worst)[^\S\n]+\Z"
)


# A two-word name of CORE written with a hyphen, as Australian releases write "asylum-seekers": to
# tokens.word_before the word before a hyphen is no word of its own, so the name is read here whole
# (not "Seekers" alone, nor nothing).
HYPHEN_JOINED: dict[str, tuple[str, str]] = {k[1]: (k[0], v) for k, v in CORE.items() if len(k) == 2}


def _hyphen_joined(text: str, head: Token, low: str) -> Mention | None:
    first = HYPHEN_JOINED.get(low)
    if first is None or text[head.start - 1 : head.start] != "-":
        return None
    start = head.start - 1 - len(first[0])
    if start < 0 or fold(text[start : head.start - 1]) != first[0] or text[start - 1 : start].isalpha():
        return None
    return Mention(start, head.end, first[1], "population", 2)


def _population_at(win: Window, text: str, low: str, auth: Authority) -> Mention | None:
    head = win.toks[0]
    if COMPOUND_AFTER_HEAD_RE.match(text, head.end):
        return None  # a compound's first word: "people-to-people ties", "people smuggling"
    if head.text[:1].isupper() and POSSESSIVE_NAME_RE.match(text, head.end):
        return None  # "International Women’s Day", "the Children’s Fund": a name's word
    if head.text[:1].isupper() and low not in COMMUNITY_HEADS and _names_a_title(text, head, auth):
        return None  # "the International Women of Courage Award": an award's name
    named_for = head.text[:1].isupper() and low not in (
        "people",
        "peoples",
    )  # "of African Descent": found whole
    if named_for and NAMED_FOR_RE.search(text, max(0, head.start - NAMED_FOR_LOOK_BACK), head.start):
        return None  # "the Leaders’ Summit on Refugees", "the Status of Refugees": a name's last word
    if own_plural(low, auth) and describes_a_noun(text, head.text, head.end):
        return None  # "Hmong funeral rites", "the Rohingya crisis": the people's adjective
    acronym = ACRONYM_BEFORE_RE.search(text, max(0, head.start - 12), head.start)
    if acronym is not None:
        # "lesbian, gay, bisexual, and transgender (LGBT) people": the group its acronym names,
        # as "LGBT people" after it is
        return Mention(acronym.start(), head.end, f"{acronym.group(1)} {low}", "population", 2)
    joined = _hyphen_joined(text, head, low)
    if joined is not None:
        return joined
    prev = word_before(text, head.start)
    if prev == "and":
        pair = _coordinated(text, head, low, auth)
        if pair is not None:
            return pair
    adverb = AT_PHRASE_RE.search(text, max(0, head.start - 24), head.start)
    if not prev or prev.lower() in NOT_MODIFIERS or adverb:
        return _unmodified(text, head, low, auth)
    before = tokens_before(text, head.start, 5)
    mods = _modifiers(before, head, text, auth)
    start = mods[0].start if mods else head.start
    if mods and mods[0].text.isdigit():
        # "6,000 Afghan refugees": the number whole, not "000 Afghan refugees"
        grouped = THOUSANDS_BEFORE_RE.search(text, max(0, start - 16), start + 4)
        start = grouped.start() if grouped is not None and grouped.end() == start else start
    whole = COMPOUND_RE.search(text, max(0, start - 30), start) if mods else None
    if whole is not None:  # "long-term residents", "school-aged children": the whole compound
        start = whole.start()
    # "Pro-Palestinian protesters", "Indo-Chinese refugees", "non-Arab civilians": a prefix makes
    # the name another word, whose people are not the nationality's
    compound = _prefixed(text[start : mods[0].end]) if whole is not None else None
    naming = mods[1:] if compound else mods
    nationality = next((t for t in naming if t.text[:1].isupper() and fold(t.text) in auth.adjectives), None)
    capital = [
        t
        for i, t in enumerate(mods)
        if t in naming and _is_name(t, text, auth) and not _before_title_case(mods, i, auth)
    ]
    key = tuple(fold(t.text) for t in (*mods, head))
    for n in range(min(len(key), 3), 0, -1):
        if key[-n:] in CORE:
            name = CORE[key[-n:]]
            # "Palestinian detainees", "Hmong refugees"; not "Indigenous indigenous peoples"
            qualifier = nationality or (capital[-1] if capital else None)
            if compound:
                name = f"{compound} {name[0].lower()}{name[1:]}"
            elif qualifier is not None and fold(qualifier.text) != fold(name.split()[0]):
                name = f"{_nationality_text(mods, qualifier, text, auth)} {name[0].lower()}{name[1:]}"
            return Mention(start, head.end, name, "population", 2)
    number = any(NUMBER_RE.fullmatch(t.text.lower()) for t in mods)
    # In a title-case caption ("Image Protesting farmers") a capitalised first word describes nothing
    heading = _before_title_case(mods, 0, auth)
    describing = [
        t.text.lower()
        for t in mods
        if t.text.islower() or t is mods[0] and t.text[1:].islower() and not heading
    ]
    if low in ("people", "peoples") and not (nationality or capital or describing or number):
        return None  # "people of X" and "the Syrian people" are found elsewhere
    noun = head.text.lower()
    if "armed" in describing:
        return None  # "armed men": fighters, an armed group (armed_descriptions.py)
    if noun == "population" and not (nationality or capital or set(describing) - SIZES):
        return None  # "the entire population", "a growing population": how many, not who
    if noun == "population" and not (nationality or capital) and not _people_words(describing, auth):
        return None  # "the whale population", "the school population": no people named by what they are
    if noun == "population" and (head.text[:1].isupper() or COMPOUND_AFTER_RE.match(text, head.end)):
        return None  # "Population Research" in a bureau's name; "population growth", "… centre"
    if noun == "minority" and (head.text[:1].isupper() or not (nationality or capital)):
        return None
    if noun == "minority" and nationality is None and all(_party_word(t.text, auth) for t in capital):
        return None  # "the Republican minority" of a legislature: a party's members, no people
    if noun in COMMUNITY and not (nationality or capital or prev.lower() == "minority"):
        return None  # "local communities", "host communities": anyone's
    if noun in COMMUNITY and not mods and prev.lower() == "minority":
        # "against religious minority communities": the group, whatever describes it further
        return Mention(before[-1].start, head.end, "Minority communities", "population", 2)
    if noun in PLACE_NOUNS and (
        head.text.istitle() or (nationality is None and _placed_run(mods, capital, text, auth))
    ):
        return None  # "the European Community": a name; "North Carolina communities": a place's towns
    written = _as_written(head, auth)
    if compound:
        name = f"{compound} {written}"
    elif nationality is not None:
        name = f"{_nationality_text(mods, nationality, text, auth)} {written}"
    elif capital:
        name = f"{_capital_run(mods, capital[-1], text, auth)} {written}"
    else:
        # the describing words that are no participles: "migrant workers", "welfare recipients";
        # "protesting farmers" are the farmers
        kept = [w for w in describing if not w.endswith(("ing", "ed")) and not NUMBER_RE.fullmatch(w)]
        while kept and kept[0] in ("and", "or") or kept[-1:] in (["and"], ["or"]):
            kept = kept[1:] if kept[0] in ("and", "or") else kept[:-1]  # "disabled and handicapped"
        if whole is not None and kept[:1] == [mods[0].text.lower()]:
            kept[0] = text[start : mods[0].end].lower()
        name = " ".join([*kept, written])
        name = name[:1].upper() + name[1:]
        if not kept and not number and low in ("people", "peoples"):
            return None  # "the freedom-loving people of Burma": the people of Burma, found elsewhere
        if (
            not number
            and noun in ("people", "persons")
            and kept
            and all(w in UNDELIMITING for w in kept)
            and not COUNTED_BEFORE_RE.search(text, max(0, start - 30), start)
            and word_before(text, start).lower() not in ("these", "those")
            and not PLACED_AFTER_RE.match(text, head.end)
        ):
            return None  # "the killing of innocent persons", "ordinary people": anyone, no group
    named = head.text[:1].isupper() and not sentence_initial(text, head.start)  # "Alawites", "Sikhs"
    m = Mention(start, head.end, name, "population", 2)
    if not (mods or named or _placed(win)):
        if noun in GENERIC:
            return None
        m.weak = True  # kept only if the document keeps coming back to them (settle below)
    return m


def _as_written(head: Token, auth: Authority) -> str:
    """The head noun as the group's name writes it: a people's or a faith's own name keeps its
    capital ("ethnic Rohingya", "Turkic Muslims", "Crimean Tatars"), an ordinary word is lower case
    wherever a heading or a sentence's start capitalised it ("Tunisian Journalists", "Refugees")."""
    word = head.text
    if not word[:1].isupper() or fold(word) in auth.common:
        return word.lower()
    return word.capitalize() if word.isupper() else word  # "MUSLIMS" in a headline


# Words that say what kind of people anyone may be, not which: "innocent people", "ordinary people",
# "the common people" in a speech are everyone a policy touches, which the annotation leaves
# unmarked (as "people" alone); "innocent civilians" are still the civilians, a group.
UNDELIMITING = frozenset("innocent ordinary common simple everyday average normal".split())
# Not when counted: "the deaths of thousands of innocent people", "countless innocent people" in
# Darfur are the victims, a group the statement is about.
COUNTED_BEFORE_RE = re.compile(
    r"(?i:(?:\d[\d,.]*|dozens|hundreds|thousands|millions|tens)\s+of\s+|countless\s+)\Z"
)
# Nor when placed or pointed at: "innocent people in Darfur", "the innocent people there", "these
# innocent people" (the refugees just named).
PLACED_AFTER_RE = re.compile(r"\s+(?:in\s+[A-Z]|there\b)")


PEOPLE_ADJECTIVES = frozenset("indigenous rural urban civilian displaced ethnic minority native".split())


ADJECTIVE_RE = re.compile(r"[a-z]+(?:ed|ing|ous|ent|ant|ive|al|ian|ese|ish|ic|less|ful|able|ible)")


def _people_words(describing: list[str], auth: Authority) -> bool:
    """Whether the describing words say who the people are: a noun for people ("refugee"), or an
    adjective ("the affected population", "the innocent population"), not a thing's noun ("the
    whale population", "the school population", "the islands population")."""
    people = set(auth.people.values())
    return any(w in people or w in PEOPLE_ADJECTIVES or ADJECTIVE_RE.fullmatch(w) for w in describing)


DESCENT_RE = re.compile(r"[^\S\n]+(descent|origin|heritage|ancestry)\b")


def _unmodified(text: str, head: Token, low: str, auth: Authority) -> Mention | None:
    """The head with nothing before it that could set it apart (the common case, answered quickly)."""
    if (low,) in CORE:
        return Mention(head.start, head.end, CORE[(low,)], "population", 2)
    named = head.text[:1].isupper() and (
        not sentence_initial(text, head.start)
        or text[head.start - 1 : head.start] != "-"  # "non-Muslims": a compound, not a sentence
        and _named_inside(text, head.text, auth)
    )
    if low in ("population", "minority"):
        return None  # "Population Research" in a bureau's name, "population growth", and "15
        # percent of the population of El Fasher": a statistic of the place, which keeps its mention;
        # "a minority in Lyon": a child's legal age, no people
    placed = PLACE_AFTER_RE.match(text, head.end)
    place = _place_before_gap(placed.group(2), auth) if placed else ""
    owner = place.removesuffix("'s").removesuffix("’s")
    if placed and owner != place and placed.group(1) == "in":
        placed = None  # "people in Australia's jails": the place owns what they are in, not them
    if low in GENERIC and not (named or placed):
        return None
    if placed:  # "people in Hong Kong", "activists in Uganda": the place is part of the group's name
        # "the people of Hong Kong’s freedoms": the possessive is theirs, not the place's name
        name = f"{low.capitalize()} {placed.group(1)} {owner}"
        end = placed.start(2) + len(owner)
        descent = DESCENT_RE.match(text, end) if owner == place else None
        if descent is not None:  # "people of African descent": an origin, no "People of African"
            name, end = f"{name} {descent.group(1)}", descent.end()
        return Mention(head.start, end, name, "population", 2)
    own = low[:-1] if low[:-1] in OWN_PLURALS else low  # "the Rohingyas" are the Rohingya
    m = Mention(head.start, head.end, own.capitalize(), "population", 2)
    m.weak = not named
    return m


def _named_inside(text: str, word: str, auth: Authority) -> bool:
    """Whether a plural opening a sentence ("Kanaks protested") is a people's name: no ordinary
    word, and capitalised inside a sentence of the text too, where a heading's or a sentence's
    capital ("Widows", "Herders") says nothing."""
    if fold(word) in auth.common:
        return False
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        inside = at and not text[at - 1].isalnum() and not sentence_initial(text, at)
        if inside and not text[end : end + 1].isalnum():
            return True
        at = text.find(word, end)
    return False


def _modifiers(before: list[Token], head: Token, text: str, auth: Authority) -> list[Token]:
    """The words before the head that set the group apart: names and nationalities, numbers, and
    up to two describing words where no verb can stand before them (after an article, a quantifier,
    a preposition, a number or a name, or first in a sentence) — "the protesting farmers", "for
    humanitarian entrants", "Ugandan student activists", not "the law fails migrant workers"."""
    run: list[Token] = []
    for i in range(len(before) - 1, -1, -1):
        t = before[i]
        w = t.text
        if w in ("and", "or") and len(run) == 1 and _coordinates(before, i, run[0], auth):
            run.insert(0, t)  # "ethnic and religious minorities", "African and Caribbean immigrants"
            continue
        if not (w[:1].isalpha() or w[:1].isdigit()) or fold(w) in NOT_MODIFIERS or fold(w) in CORE_HEADS:
            break
        if w.islower() and _plural_heading_a_phrase(w):
            break  # a plural noun heads its own phrase: "the countries people leave"
        if w == "rights" and not run and head.text in ("people", "persons"):
            break  # "the same rights people have offline": "rights defenders" is one, "rights people" no
        gap = text[t.end : (run[0] if run else head).start]
        spread = not run and (fold(w), fold(head.text)) in CORE  # "asylum   seekers" in a layout
        if len(gap) > 2 and not spread or "\n\n" in gap:
            break  # a blank line, or a layout's run of spaces ("America       Young men"): a heading
        run.insert(0, t)
        if len(run) == 4:
            break
    # the words of a group's own name are kept ("asylum seekers", "internally displaced persons"),
    # then the longest stretch before them whose words are each licensed by the one before
    key = tuple(fold(t.text) for t in (*run, head))
    core = next((n - 1 for n in range(min(len(key), 3), 1, -1) if key[-n:] in CORE), 0)
    kept: list[Token] = run[len(run) - core :] if core else []
    lower = 0
    for k in range(len(run) - core - 1, -1, -1):
        t = run[k]
        strong = _is_name(t, text, auth) or NUMBER_RE.fullmatch(t.text.lower()) is not None
        strong = strong or _inner_name_word(run, k, kept, text, auth)
        if t.text in ("and", "or"):
            kept.insert(0, t)  # joins two describing words (_coordinates): the first decides
            continue
        if not strong and kept and NUMBER_RE.fullmatch(kept[0].text.lower()):
            break  # a number begins the phrase: "prosecuted in absentia five diaspora Karakalpaks"
        if not strong:
            lower += 1
            prev = (
                run[k - 1] if k else (before[len(before) - len(run) - 1] if len(before) > len(run) else None)
            )
            joined = k > 0 and run[k - 1].text in ("and", "or")  # the second of two (_coordinates)
            if lower > 2 or not (joined or _licenses(prev, t, text, auth)):
                break
        kept.insert(0, t)
    if kept and kept[0].text in ("and", "or"):
        kept = kept[2:]  # "inform users", "jail or beat people": the first word is no modifier
    return kept


def _plural_heading_a_phrase(word: str) -> bool:
    """Whether a lowercase word before the noun is a plural (or a verb's "-s") that cannot describe
    it: "countries", "challenges", "sides"; not "rights", nor "-ss", "-us", "-is" words ("across",
    "various", "this")."""
    if word in DESCRIBING_S_WORDS or NUMBER_RE.fullmatch(word):
        return False  # "hundreds", "thousands" count the people
    return word.endswith("ies") or word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _party_word(word: str, auth: Authority) -> bool:
    """Whether the word names a political party with "Party" after it ("Republican")."""
    aid = auth.by_name.get(f"{word} Party", -1)
    return aid >= 0 and auth.types[aid] == "party"


def _placed_run(mods: list[Token], capital: list[Token], text: str, auth: Authority) -> bool:
    """Whether the capitalised words before the noun name a place ("Asia Pacific", "North Carolina")."""
    if not capital:
        return False
    places = ("place", "state")
    named = (auth.by_name.get(t.text, -1) for t in capital)
    return (
        any(a >= 0 and auth.types[a] in places for a in named)
        or _capital_run(mods, capital[0], text, auth) in auth.by_name
    )


def _coordinates(before: list[Token], i: int, after: Token, auth: Authority) -> bool:
    """Whether "and" at i joins two describing words alike in case: "sexual and gender",
    "African and Caribbean" — not a list of nouns ("farmers and migrant workers")."""
    if i == 0:
        return False
    first = before[i - 1].text
    alike = first[:1].isupper() == after.text[:1].isupper()
    if first.endswith(("s", "ing")) or after.text.endswith("ing"):
        return False  # nouns, and verbs joined ("requiring or pressuring girls")
    if any(_place_name(w, auth) for w in (first, after.text)):
        return False  # "in Pakistan and Afghanistan women …": places listed, each a mention
    return first.isalpha() and alike and fold(first) not in NOT_MODIFIERS


def _place_name(word: str, auth: Authority) -> bool:
    aid = auth.by_name.get(word, -1)
    return aid >= 0 and auth.types[aid] in ("place", "state")


def _nationality_text(mods: list[Token], nationality: Token, text: str, auth: Authority) -> str:
    """A nationality of two words whole: "the 1650 East Timorese asylum seekers", "300 South
    Sudanese refugees" are not "Timorese" or "Sudanese" (South Sudan is a state of its own)."""
    k = mods.index(nationality)
    if k > 0 and nationality.start - mods[k - 1].end == 1:
        two = text[mods[k - 1].start : nationality.end]
        if fold(two) in auth.adjectives:
            return two
    return nationality.text


def _capital_run(mods: list[Token], last: Token, text: str, auth: Authority) -> str:
    """The capitalised words around the name's last one, as written: "United States citizens", not
    "United citizens" (only "United" is no ordinary word); a nationality of two words whole ("300
    Costa Rican citizens", not "Rican citizens"), not another group's word ("Muslim Uyghur")."""
    k = end = mods.index(last)
    while (
        k > 0
        and mods[k].start - mods[k - 1].end == 1
        and fold(text[mods[k - 1].start : last.end]) in auth.adjectives
    ):
        k -= 1
    k = _name_begins(mods, k, text, auth)
    while end + 1 < len(mods) and mods[end + 1].text[:1].isupper():
        if mods[end + 1].start - mods[end].end != 1:
            break  # a line break or a layout's run of spaces: a heading, not one name
        end += 1
    return text[mods[k].start : mods[end].end]


def _name_begins(mods: list[Token], k: int, text: str, auth: Authority) -> int:
    """Where a name ends at mods[k] begins when an ordinary word stands inside it ("Torres Strait
    Islander"): back over capitalised words written one space apart to a name word before that
    ordinary one; two names side by side ("Muslim Uyghur") stay apart."""
    j = k
    while j > 0 and mods[j - 1].text[:1].isupper() and mods[j].start - mods[j - 1].end == 1:
        j -= 1
        if j < k - 1 and _is_name(mods[j], text, auth) and not _is_name(mods[j + 1], text, auth):
            return j
    return k


def _inner_name_word(run: list[Token], k: int, kept: list[Token], text: str, auth: Authority) -> bool:
    """An ordinary word written with a capital between two words of a name ("Strait" of "Torres
    Strait Islander people"): the name's, as its first word is, so no "Islander people" alone."""
    t = run[k]
    return (
        k > 0
        and bool(kept)
        and t.text[:1].isupper()
        and kept[0].text[:1].isupper()
        and not sentence_initial(text, t.start)
        and _is_name(kept[0], text, auth)
        and _is_name(run[k - 1], text, auth)
    )


def _is_name(t: Token, text: str, auth: Authority) -> bool:
    """A capitalised word that names a group ("Dalit", "Hmong", "LGBT", "Palestinian"), not an ordinary
    word capitalised in a caption or heading ("Click to expand Image Activists")."""
    w = t.text
    if not w[:1].isupper():
        return False
    return fold(w) in auth.adjectives or (fold(w) not in auth.common and not sentence_initial(text, t.start))


# Quantifiers that also stand alone as a subject: a verb may follow them ("some consider people
# who take up arms…").
PRONOUNS = frozenset("i we you he she they it".split())
PRONOUN_QUANTIFIERS = frozenset("some many most all few several both others".split())


def _before_title_case(mods: list[Token], i: int, auth: Authority) -> bool:
    """Whether the modifier at i is followed by a participle written with a capital: a caption
    or heading in title case ("Click to expand Image Protesting farmers"), whose capitals name nothing."""
    if i + 1 >= len(mods):
        return False
    after = mods[i + 1].text  # a participle: "Protesting", "Displaced", not "Apple Daily"
    return after[:1].isupper() and after.endswith(("ing", "ed")) and fold(after) in auth.common


def _licenses(prev: Token | None, t: Token, text: str, auth: Authority) -> bool:
    if prev is None or sentence_initial(text, t.start):
        return True
    p = prev.text
    if fold(p) in PRONOUNS:
        return False  # "I urge people to…": after a subject pronoun stands its verb
    from .verbs import ACTION_VERBS  # here: verbs builds its pattern with the actor finder's trie

    if p.lower() in PRONOUN_QUANTIFIERS and t.text in ACTION_VERBS:
        return False
    if fold(p) in LICENSING or NUMBER_RE.fullmatch(p.lower()) is not None:
        return True
    if t.text == "rights" or RIGHTS_AFTER_RE.match(text, t.end):
        return True  # a compound: "human rights activists", "labour rights lawyers"
    # after a name its verb may stand: "Australia accepted Khmer refugees", "Mr Rudd hitting
    # aspirational people"; a nationality's "-ing" word describes ("Spanish speaking migrants")
    verbal = ("ed",) if fold(p) in auth.adjectives else ("ed", "ing")
    if _is_name(prev, text, auth) and not (t.text.islower() and t.text.endswith(verbal)):
        return True
    if ADJECTIVAL_RE.fullmatch(t.text):
        return True  # no verb has these endings: "tortured political activists"
    # and the word after one is the noun's: "humanitarian aid workers"; not a plural noun, which
    # heads its own phrase ("highlights the critical roles women play"), nor the first of two
    # joined words ("the humanitarian nightmare and left civilians")
    return (
        ADJECTIVAL_RE.fullmatch(p) is not None
        and not t.text.endswith("s")
        and JOINED_AFTER_RE.match(text, t.end) is None
    )


RIGHTS_AFTER_RE = re.compile(r"[^\S\n]rights\b")
# "women's rights activists", "Iranian women’s rights defenders": whose rights the compound is
# about, a people noun with its possessive and maybe a nationality before it.
RIGHTS_OWNER_RE = re.compile(r"(?<![\w’'-])(?:([A-Z][a-z]+)[^\S\n]+)?([a-z]+)['’]s?[^\S\n]+$")


def _rights_owned(text: str, found: Mention | None, auth: Authority) -> Mention | None:
    """The group with the people whose rights it defends: the tokens stop at the possessive, which
    left "rights activists" (and "Iranian women" a group apart)."""
    if found is None or not text.startswith("rights", found.start):
        return found
    owner = RIGHTS_OWNER_RE.search(text, max(0, found.start - 40), found.start)
    if owner is None or fold(owner.group(2)) not in auth.people:
        return found
    start = owner.start(2)
    nation = owner.group(1)
    if nation is not None and fold(nation) in auth.adjectives:
        start = owner.start(1)
    name = " ".join(text[start : found.end].split())
    return Mention(start, found.end, name[:1].upper() + name[1:], "population", 2)


JOINED_AFTER_RE = re.compile(r"\s+(?:and|or)\b")


# Endings of adjectives that no common verb shares (unlike "-al": "appeal", "-ish": "punish", "-ent":
# "prevent", "-ic": "traffic"): a word so shaped describes the noun after it wherever it stands.
ADJECTIVAL_RE = re.compile(
    r"[a-z]{3,}(?:ous|arian|ese|ful|less|able|ible|ical|ional|ntal|[cst]ial|ual|ative|itive|sive)"
)
# The head is a compound's first word: "people-to-people ties", and the crime of moving people
# ("people smuggling", "a new people  smuggler strategy", "child trafficking"): its trade, no group;
# so is the moving itself ("the Malaysian people swap", "international people movements").
PEOPLE_TRADE = r"[^\S\n]+(?:(?:smuggl|traffick)(?:ing|ers?)|swaps?|movements|flows)\b"
PEOPLE_TRADE_RE = re.compile(PEOPLE_TRADE)
COMPOUND_AFTER_HEAD_RE = re.compile(r"-\w|" + PEOPLE_TRADE)
POSSESSIVE_NAME_RE = re.compile(r"['’]s?[^\S\n]+[A-Z]")
COMPOUND_RE = re.compile(r"(?<![\w-])[^\W\d_]+-$")  # a word and hyphen the first modifier continues
# Prefixes that make a people's or a place's name another word: "pro-Ukraine", "anti-American",
# "non-Arab", "Indo-Chinese", "Pan-African" (not "Latin-American", "ethnic-Massalit": words of their own)
NAME_PREFIXES = frozenset("pro anti non indo pan ex sino afro euro post pre neo".split())


def _prefixed(compound: str) -> str | None:
    """The compound as the group's qualifier, "Pro-Palestinian", when it begins with a prefix and
    ends in a capitalised name; None otherwise."""
    prefix, _, rest = compound.partition("-")
    if prefix.lower() not in NAME_PREFIXES or not rest[:1].isupper():
        return None
    return compound[:1].upper() + compound[1:]


PAIR_RE = re.compile(r"([^\W\d_]+)\s+and\s+$")


def _coordinated(text: str, head: Token, low: str, auth: Authority) -> Mention | None:
    """Two nouns for people joined by "and": "women and girls", "Afghan men, women and children";
    not groups with names of their own ("civilians and refugees" are two)."""
    if low in CORE_HEADS:
        return None
    m = PAIR_RE.search(text, max(0, head.start - 30), head.start)
    if m is None or fold(m.group(1)) not in auth.people or fold(m.group(1)) in CORE_HEADS:
        return None
    # ordinary nouns in lower case whatever the text's case ("Women and Girls" in a heading is
    # "Women and girls"), names of groups as written ("Muslims and Christians")
    first, second = (w.lower() if fold(w) in auth.common else w for w in (m.group(1), head.text))
    if fold(first) == fold(second):
        return None  # "married children and children at risk of child marriage": two groups
    name = f"{first[0].upper()}{first[1:]} and {second}"
    start = m.start(1)
    people = NATIONALITY_BEFORE_RE.search(text, max(0, start - 40), start)
    if people is not None and fold(people.group(1)) in auth.adjectives and first == first.lower():
        # "Afghan women and girls": the nationality sets both apart
        name, start = f"{people.group(1)} {first} and {second}", people.start(1)
    return Mention(start, head.end, name, "population", 2)


NATIONALITY_BEFORE_RE = re.compile(r"(?<![\w-])([A-Z][a-z]+)[^\S\n]+$")


# The head words of names of events, documents and offices that end in the people they are for
# ("the Leaders’ Summit on Refugees", "the Berlin Round Table on Refugees and Migration", "the New
# York Declaration for Refugees and Migrants", "the Convention relating to the Status of Refugees"):
# the capitalised noun after them is the name's word, no group the text names (README conventions:
# names of events, treaties and programmes are no actors, nor what is inside them).
NAMED_FOR_RE = re.compile(
    r"\b(?:Summit|Conference|Convention|Declaration|Compact|Table|Forum|Status|Protocol|Day|Week|Year"
    r"|Decade|Charter|Framework|Plan|Strategy|Programme|Program)[^\S\n]+(?:on|for|of|relating[^\S\n]+to)"
    r"[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w’'-]*[^\S\n]+and[^\S\n]+)?\Z"
)
# A capitalised people noun inside a sentence, "of" and a capitalised word after it: the noun is a
# title's word ("the 16th annual International Women of Courage Award"), unless that word is a
# people, a state or a place, or a descent ("Children of Gaza", "Persons of African Descent").
# "Community of Democracies" is a body, "the Community of Leichhardt" its people: found as before.
COMMUNITY_HEADS = frozenset(("community", "communities"))
TITLE_OF_RE = re.compile(r"[^\S\n]+of[^\S\n]+([A-Z][a-z]+)\b(?![^\S\n]+(?i:descent|origin|heritage)\b)")


def _names_a_title(text: str, head: Token, auth: Authority) -> bool:
    after = TITLE_OF_RE.match(text, head.end)
    if after is None or sentence_initial(text, head.start):
        return False
    word = after.group(1)
    return word != "The" and fold(word) not in auth.adjectives and fold(word) not in auth.index


NAMED_FOR_LOOK_BACK = 60  # characters: "Table on Refugees and " with room for spacing
PLACED_RE = re.compile(r"\s+(?:in|from|of)\s+(?!the\b|a\b)[^\W\d_a-z]")
# "the people of the Philippines", "… of the United States": a state written with its article, which
# actors.py reads as the state's people; the article hides the name from PLACED_RE.
PEOPLE_OF_THE_RE = re.compile(r"\s+of\s+the\s+[^\W\d_a-z]")
PLACE_AFTER_RE = re.compile(
    r"\s+(in|of)\s+(?!The\b|A\b)((?:[^\W\d_a-z][\w’'-]*[^\S\n]+){0,2}[^\W\d_a-z][\w’'-]*)"
)
# A name read on over a lost full stop ends there: "the people of Burma    In the weeks…" (lost_stops)
WORD_AFTER_GAP_RE = re.compile(r"([^\S\n]+)(\S+)")


def _place_before_gap(place: str, auth: Authority) -> str:
    """The words of a place's name after "of"/"in" before a lost sentence boundary."""
    for m in WORD_AFTER_GAP_RE.finditer(place):
        if lost_stops.sentence_after(m.group(1), m.group(2), auth.common):
            return place[: m.start()]
    return place


# "people with psychosocial disabilities", "children with disabilities", "people born with intersex
# traits", "people living with HIV": a condition after "with" sets the group apart, as a word
# before the noun does ("disabled children").
CONDITION_RE = re.compile(
    r"[^\S\n]+(?:born[^\S\n]+|living[^\S\n]+)?with[^\S\n]+((?:[a-z-]+[^\S\n]+){0,2}?"
    r"(?:disabilities|a[^\S\n]+disability|HIV(?:/AIDS)?|AIDS|intersex[^\S\n]+traits|albinism|autism|dementia))\b"
    # "children under five", "children under the age of 18": an age sets them apart too
    r"|[^\S\n]+(?:under|below|aged)[^\S\n]+(?:the[^\S\n]+age[^\S\n]+of[^\S\n]+)?(?:\d{1,2}(?:[-–]\d{1,2})?|five)(?:[^\S\n]+years)?\b"
)
OWNERS = frozenset("my our your".split())
CONDITION_HEADS = frozenset("people persons children women men adults girls boys students".split())


def worth_a_look(text: str, start: int, end: int, low: str) -> bool:
    """False for most sightings of the commonest nouns, which name no group: "the children", "many
    workers" (a quick test before reading the words around them)."""
    if low not in GENERIC:
        return True
    if low in CONDITION_HEADS and CONDITION_RE.match(text, end):
        return True
    if participles.participle_end(text, end, low) > 0:
        return True
    if low == "people" and PEOPLE_OF_THE_RE.match(text, end) is not None:
        return True
    prev = word_before(text, start).lower()
    return (
        bool(prev)
        and (prev == "and" or prev not in NOT_MODIFIERS)
        or PLACED_RE.match(text, end) is not None
        # "… and transgender (LGBT) people.": the bracket hides the acronym from word_before
        or ACRONYM_BEFORE_RE.search(text, max(0, start - 12), start) is not None
    )


def _placed(win: Window) -> bool:
    """Followed by a place or state: "activists in Uganda", "refugees from Syria"."""
    toks = win.toks
    return (
        win.has(3)
        and toks[1].text in ("in", "from", "of")
        and toks[2].text[:1].isupper()
        and toks[2].text.lower() not in ("the", "a")
    )


def settle(mentions: list[Mention], text: str) -> list[Mention]:
    """Bare mentions of a group count where the statement names the group often: the same noun
    three times or more; or where a list joins them to a group ("targeted journalists, human rights
    defenders, student leaders, … and (LGBT) people": a list holds things of one kind)."""
    bare = [m for m in mentions if m.weak and m.type == "population"]
    if not bare:
        return mentions
    # by the noun: "potential returnees" and "200,000 returnees" are the returnees too
    counts = Counter(_noun(m) for m in mentions if m.type == "population")
    listed = _listed_with_groups(text, [m for m in mentions if m.type == "population"])
    return [
        m
        for m in mentions
        if not (m.weak and m.type == "population") or counts[_noun(m)] >= REPEATED or id(m) in listed
    ]


# What joins the items of a list: a comma, "and" or "or", with or without the comma.
LIST_JOIN_RE = re.compile(r"[^\S\n]*(?:,[^\S\n]*(?:(?:and|or)[^\S\n]+)?|[^\S\n]+(?:and|or)[^\S\n]+)")


def _listed_with_groups(text: str, groups: list[Mention]) -> set[int]:
    """The bare mentions (by id) in a run of groups one list joins, where some group of the run
    is no bare one."""
    out: set[int] = set()
    run: list[Mention] = []
    for m in sorted(groups, key=attrgetter("start")):
        if run and not LIST_JOIN_RE.fullmatch(text, run[-1].end, m.start):
            out |= _bare_of_delimited_run(run)
            run = []
        run.append(m)
    return out | _bare_of_delimited_run(run)


def _bare_of_delimited_run(run: list[Mention]) -> set[int]:
    """The bare mentions of the run where a group of it is named by a noun of its own ("human rights
    defenders", "political prisoners"): one of a generic noun set apart ("LGBT people and activists",
    "the veterans, survivors and people of Broome") tells less of the list's other nouns."""
    if len(run) < 2 or not any(not m.weak and _noun(m) not in GENERIC for m in run):
        return set()
    return {id(m) for m in run if m.weak}


def _noun(m: Mention) -> str:
    """The group's noun: "returnees" of "Potential returnees" and of "Returnees in Kabul"."""
    return PLACE_IN_NAME_RE.split(m.name, 1)[0].rsplit(None, 1)[-1].lower()


PLACE_IN_NAME_RE = re.compile(r" (?:in|of|from|with) ")
