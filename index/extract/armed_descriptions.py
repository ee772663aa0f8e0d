"""Armed groups a statement names by what they are rather than by name: "jihadist groups",
"separatist factions", "militant groups in northeastern India", "Iranian-backed forces",
"government-backed militias", "foreign fighters", "Islamic extremists", "those terrorists".

The annotation marks such a description as an armed group (the guidelines' "jihadist groups").
The phrase's structure decides, not a list of phrases:
- a plural noun for bodies (groups, organizations, factions, networks) after a word that says
  they are the sides of a conflict ("jihadist", "separatist", "insurgent", …) — the plural, because
  the singular is a category ("membership of a terrorist organization") or a body named before
  (group_references.py);
- a plural noun for fighters or bodies after a compound that says whose proxies they are
  ("Iranian-backed forces", "Al-Qaeda backed foreign fighters");
- fighters named by their cause or origin ("Islamic extremists", "foreign fighters", "foreign
  terrorists", "those terrorists"): a describing word or a demonstrative, as "the terrorists"
  after "the" (anaphora.armed_groups) names the ones the text is about. A bare "terrorists" stays
  a category ("trying terrorists in court").
A name the dictionary does not know before "terrorist organization" ("the Fethullah terrorist
organization", "the Fethullahist terrorist organization") is that group: the state that calls it
so names it by what it is, where "a terrorist organization" alone is a category.
"Armed groups" and "rebel groups" are anaphora.armed_groups's; names come first ("Boko Haram
and other groups" is found as Boko Haram), and a phrase any other finder took is left alone.
"""

from __future__ import annotations

import re

from . import fighter_sides
from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import fold, occurrences, sentence_initial

# Words that say a body is armed; "armed" and "rebel" alone are anaphora.armed_groups's.
# "Terrorist groups", "extremist organizations" are left out: in a speech they are the category a
# policy is about ("to prevent terrorist groups from …"), which the annotation does not mark, where
# "jihadist groups", "separatist groups" are the sides of a conflict the text describes.
ARMED = (
    "jihadist",
    "jihadi",
    "islamist",
    "insurgent",
    "militant",
    "paramilitary",
    "separatist",
    "takfiri",
)
BODIES = ("groups", "organizations", "organisations", "factions", "networks", "cells")
# Fighters named by their cause or origin.
FIGHTERS = (
    *("terrorists", "extremists", "fighters", "jihadists", "fundamentalists", "mercenaries"),
    *("gunmen", "attackers", "rebels", "militants", "insurgents", "guerrillas", "militiamen"),
    "paramilitaries",
)
FIGHTER_MODS = frozenset(
    """foreign islamic islamist radical violent armed mercenary takfiri international jihadist
    extremist terrorist rebel separatist insurgent militant militia these
    those""".split()
)
# Fighters the text names bare after "the" as well ("the rebels", anaphora.armed_groups): described
# ("armed rebels", "radical militants") they are the same side, named alike.
SIDE_NOUNS = frozenset("gunmen attackers rebels militants insurgents guerrillas militiamen".split())
# Forces of a side that is no state's ("rebel forces", "separatist forces"); "armed forces" and
# "paramilitary forces" are as often a state's own. Men described as armed ("armed men stormed
# the church") are the attackers of a narrative, not a population.
REBEL_FORCES_RE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?(?P<side>[Rr]ebel|[Ss]eparatist|[Ii]nsurgent|[Ii]slamist|[Jj]ihadist)[^\S\n]+$"
)
SIDES = frozenset({"rebel", "separatist", "insurgent", "islamist", "jihadist", "militant"})
ARMED_MEN_RE = re.compile(r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?[Aa]rmed[^\S\n]+$")
PROXY_HEADS = ("forces", "militias", "fighters", "proxies", "separatists", "rebels", "groups")
# Bare fighters in a list with other fighters ("foreign forces, fighters, and mercenaries", "both
# rebels and paramilitaries"): the list says they are the armed sides of the conflict. Terrorists
# and extremists are left out: "a safe haven for terrorists and extremists" is a category.
LISTED = frozenset(
    "fighters mercenaries paramilitaries rebels militants insurgents guerrillas militiamen".split()
)
# The listed word before or after, with its "and"/"or"/comma.
LIST_BEFORE_RE = re.compile(r"(?<![\w-])(?P<other>[a-z]+)(?:,|,?[^\S\n]+and|[^\S\n]+or)[^\S\n]+$")
LIST_AFTER_RE = re.compile(
    r"(?:,|[^\S\n]+and|[^\S\n]+or)[^\S\n]+(?:(?:foreign|armed)[^\S\n]+)?(?P<other>[a-z]+)\b"
)

# The words before a plural body noun, read back from it: armed words, "armed" among them.
ARMED_ALT = "|".join(ARMED)
BODY_BEFORE_RE = re.compile(
    rf"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll|[Oo]ther|[Ss]uch)[^\S\n]+)?"
    rf"(?:(?:armed|rebel|violent|radical|foreign|terrorist|extremist|{ARMED_ALT})[^\S\n]+)*"
    rf"(?P<last>[Aa]rmed[^\S\n]+(?:{ARMED_ALT})|(?:{ARMED_ALT}))[^\S\n]+$",
    re.IGNORECASE,
)
# "Iranian-backed forces", "government-backed militias", "Al-Qaeda backed foreign fighters".
PROXY_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?(?P<by>[\w’'-]+)[-\s]"
    r"(?:backed|sponsored|affiliated|linked)(?:[^\S\n]+(?:foreign|armed|local))?[^\S\n]+$"
)
FIGHTER_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?(?P<mods>(?:(?:[A-Za-z]+|[A-Z][A-Z]*[0-9]+)[^\S\n]+){1,2})$"
)
# The words that begin the phrases for bodies, searched for first (without a first letter that
# may be a capital): the noun is read after them. Searching for the nouns ("groups", "forces")
# stopped at every body of every statement.
STARTS = (
    *("ihadi", "slamist", "nsurgent", "ilitant", "aramilitary", "eparatist", "akfiri", "ebel", "rmed men"),
    *("backed", "affiliated", "linked", "sponsored", "errorist", "xtremist", "iolent"),
)
# "These terrorist groups", "armed terrorist groups", "the violent groups": terrorists are a
# category ("to prevent terrorist groups from…", and "confront the terrorist groups" in a speech's
# list of policies, as the annotation reads it) until a demonstrative or "armed" says which — then
# they are the groups the text is about, one actor with "the terrorists" (anaphora.armed_groups).
# "Violent" alone names no cause: only a determiner makes "the violent groups" some.
DEFINITE_BODY_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]hese|[Tt]hose)[^\S\n]+(?:(?:armed|radical|foreign|takfiri)[^\S\n]+)?"
    r"(?:terrorist|extremist|violent)|[Aa]rmed[^\S\n]+(?:terrorist|extremist)|[Tt]he[^\S\n]+violent)[^\S\n]+$"
)
NOUN_AFTER_RE = re.compile(
    r"\w*[^\S\n]+(?:(?:foreign|armed|local|terrorist|extremist)[^\S\n]+)?"
    r"(groups|organizations|organisations|factions|networks|cells|forces|militias|fighters|proxies|"
    r"separatists|rebels|men)\b"
)
# Armed forces, not groups; and words that back nobody ("the RSF and affiliated militias").
NOT_PROXY = frozenset({"state", "government", "us", "u.s", "nato", "un"}) | frozenset(
    "and or with its their his her other of".split()
)
# "the Fethullah terrorist organization": one or two capitalised words, a name, before it. The
# lower-case "terrorist" keeps out titles ("a Foreign Terrorist Organization"); a word ending as a
# people's or a faith's adjective ("Kurdish", "Palestinian", "Islamic") names a class of groups.
TERRORIST_BODY = ("terrorist organization", "terrorist organisation", "terrorist group")
NAMED_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he)[^\S\n]+)?(?P<name>[A-Z][\w’'-]+(?:[^\S\n]+[A-Z][\w’'-]+)?)[^\S\n]+$"
)
# "the M23 armed group", "the JNIM rebel group": a group's acronym before what it is, a name the
# dictionary may not know. Only a code in capitals or with a digit: a word before "armed group" is
# as often what it is ("the Islamist armed group JNIM", "the largest armed group").
ARMED_BODY = ("armed group", "rebel group")
ACRONYM_BEFORE_RE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he[^\S\n]+)?(?P<name>[A-Z][A-Z0-9]*[0-9][A-Z0-9]*|[A-Z]{2,6})[^\S\n]+$"
)
# A description set after a group's name, maybe after its faction's ("the Sudan Liberation Army,
# Abdul Wahid forces, a Darfuri armed group"): what the text says the group is. "A"/"an" only: a
# list goes on with "the" ("Hamas, Israel, the Palestinian militants").
APPOSITION_RE = re.compile(
    r"(?:,[^\S\n]+(?!(?:and|or)\b)[^,.;:()\n]{1,40})?,[^\S\n]+an?[^\S\n]+([^,.;:()\n]{1,80})"
)
# Fighters someone has ("its Arab attackers", "Israel's Arab attackers") are named by what they
# did to it, not by a side they fight for.
OWNER_BEFORE_RE = re.compile(r"(?:\b(?:its|their|his|her|our)|['’]s)[^\S\n]+(?:\w+[^\S\n]+)?$")
NOT_NAMES = frozenset("The This That These Those A An Any Every Each No Another Such Its Their".split())
# A group's code with a digit ("M23"), as _acronym_groups reads one before "armed group".
CODE_RE = re.compile(r"[A-Z]+[0-9]+")
ADJECTIVE_ENDS = ("ish", "ian", "ic", "ese", "an", "i", "ed")  # "an Indonesia-based terrorist group"


def _named_terrorists(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    out = _acronym_groups(text, taken)
    if not has_any(text, ("terrorist ",)):
        return out  # most statements
    for at, noun in occurrences(text, TERRORIST_BODY):
        end = at + len(noun)
        if text[end : end + 1].isalnum():
            continue  # "terrorist groups", "terrorist organizations": a category
        m = NAMED_BEFORE_RE.search(text, max(0, at - 40), at)
        if m is None or any(s < end and e > m.start() for s, e in taken):
            continue  # "the PKK terrorist organization": PKK is found by its name
        name = m.group("name")
        first = name.split()[0]
        if first in NOT_NAMES or name.endswith(ADJECTIVE_ENDS) or sentence_initial(text, m.start("name")):
            continue
        taken.append((m.start(), end))
        out.append(Mention(m.start(), end, f"{' '.join(name.split())} {noun}", "armed_group", 1))
    return out


def armed_descriptions(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """Each plural description of armed groups the other finders left, and each group named before
    "terrorist organization"."""
    _widen_acronyms(text, chosen)
    taken = [(c.start, c.end) for c in chosen]
    out: list[Mention] = _named_terrorists(text, taken)
    nouns = {}
    for at, _ in occurrences(text, STARTS):
        after = NOUN_AFTER_RE.match(text, at)
        if after is not None:
            nouns[after.start(1)] = after.group(1)
    nouns.update((at, noun) for at, noun in occurrences(text, FIGHTERS))
    if not nouns:
        return out  # most statements name none of these words
    for at, noun in sorted(nouns.items()):
        end = at + len(noun)
        if (at and text[at - 1].isalnum()) or text[end : end + 1].isalnum():
            continue
        m = _described(text, at, end, noun, chosen, auth)
        if m is None or any(s < m.end and e > m.start for s, e in taken):
            continue
        taken.append((m.start, m.end))
        out.append(m)
    fighter_sides.named_again(text, out, chosen, SIDE_NOUNS)
    out += fighter_sides.by_name(text, out, taken)
    return out


def _described(
    text: str, at: int, end: int, noun: str, chosen: list[Mention], auth: Authority
) -> Mention | None:
    lo = max(0, at - 60)
    if noun in PROXY_HEADS:
        proxy = PROXY_BEFORE_RE.search(text, lo, at)
        if proxy is not None and proxy.group("by").lower().strip("’'") not in NOT_PROXY:
            written = " ".join(text[proxy.start() : end].split())
            return Mention(proxy.start(), end, _name(written), "armed_group", 1)
    if noun in BODIES and (definite := DEFINITE_BODY_BEFORE_RE.search(text, lo, at)) is not None:
        # "the violent groups" say nothing of their cause: not one actor with "the terrorists"
        violent = definite.group().rstrip().endswith("violent")
        return Mention(definite.start(), end, "Violent groups" if violent else "Terrorists", "armed_group", 1)
    if noun in BODIES:
        body = BODY_BEFORE_RE.search(text, lo, at)
        if body is not None:
            armed = body.group("last").split()[-1].lower()
            kind = "groups" if noun.startswith(("group", "organi", "faction")) else noun
            name = f"{armed.capitalize()} {kind}"
            return Mention(body.start(), end, name, "armed_group", 1)
    if noun == "forces":
        side = REBEL_FORCES_RE.search(text, lo, at)
        if side is not None:
            # one side, whatever its fighters are called: "rebel forces" are "the rebels"
            return Mention(side.start(), end, f"{side.group('side').capitalize()}s", "armed_group", 1)
    if noun == "men":
        armed = ARMED_MEN_RE.search(text, lo, at)
        return Mention(armed.start(), end, "Armed men", "armed_group", 1) if armed else None
    if noun in FIGHTERS:
        fighter = FIGHTER_BEFORE_RE.search(text, lo, at)
        if fighter is None:
            return _listed(text, at, end, noun, lo)
        mods = fighter.group("mods").split()
        named = _named_fighters(text, mods, noun, end, chosen, auth)
        if named is not None:
            return named
        kept = [w for w in mods if w.lower() in FIGHTER_MODS]
        if not kept or mods[-1].lower() not in FIGHTER_MODS:
            return _listed(text, at, end, noun, lo)  # "trying terrorists in court", "the rise of terrorists"
        start = fighter.start("mods") + fighter.group("mods").index(kept[0])
        if fighter.start() < fighter.start("mods"):
            start = fighter.start()
        what = [w for w in kept if w.lower() not in ("these", "those")]
        written = " ".join([*what, noun])
        if noun == "fighters" and len(what) == 1 and what[0].lower() in SIDES:
            written = f"{what[0].lower()}s"  # "separatist fighters" are "the separatists"
        if noun == "fighters" and not what:
            return None  # "these fighters": whose is told by the text around, not by the phrase
        if noun in SIDE_NOUNS:
            written = noun
        return Mention(start, end, _name(written), "armed_group", 1)
    return None


def _listed(text: str, at: int, end: int, noun: str, lo: int) -> Mention | None:
    """Bare fighters listed beside other fighters or forces: "foreign fighters and mercenaries",
    "both rebels and paramilitaries", "attributed to rebels, militias and paramilitaries"."""
    if noun not in LISTED:
        return None
    before = LIST_BEFORE_RE.search(text, lo, at)
    after = LIST_AFTER_RE.match(text, end)
    others = {m.group("other") for m in (before, after) if m is not None}
    if not others & (LISTED | {"forces", "militias", "troops", "soldiers", "terrorists"}):
        return None
    return Mention(at, end, noun.capitalize(), "armed_group", 1)


def _named_fighters(
    text: str, mods: list[str], noun: str, end: int, chosen: list[Mention], auth: Authority
) -> Mention | None:
    """Fighters named by the side they fight for, a name the dictionary does not know: "Seleka
    attackers", "Dozo militiamen", "Tuareg rebels", "Serb gunmen" (a name found, as in "JNIM
    fighters", took the span before). A capital at a sentence's start says nothing, nor does a
    state's adjective: "Ukrainian fighters" defend their state, "Japanese fighters" are its planes.
    An armed group the text names with that word ("the Dozo militia") is the side meant."""
    word = mods[-1]
    if not word[:1].isupper() or word in NOT_NAMES or word.lower() in FIGHTER_MODS:
        return None  # "Islamic extremists": a cause, read as such below
    state = auth.adjectives.get(fold(word), -1)
    stateless = False
    if state >= 0 and auth.types[state] == "state":
        stateless = _armyless(state, chosen, auth)
        if not stateless:
            return None
    at = end - len(noun) - 1
    while at > 0 and text[at - 1] != word[-1]:
        at -= 1  # the space(s) between the name and the noun
    start = at - len(word)
    if sentence_initial(text, start) or OWNER_BEFORE_RE.search(text, max(0, start - 20), start):
        return None  # "Israel's right of reply to its many Arab attackers": whoever attacked it
    if stateless:
        return Mention(start, end, f"{word} fighters", "armed_group", 1)
    for c in chosen:
        if c.type == "armed_group" and word in text[c.start : c.end].split():
            return Mention(start, end, c.name, c.type, 1, aid=c.aid)
    for c in chosen:
        # "the Sudan Liberation Army, a Darfuri armed group … Darfuri fighters"
        if c.type == "armed_group" and word in _apposition(text, c.end).split():
            return Mention(start, end, c.name, c.type, 1, aid=c.aid)
    first = mods[0] if len(mods) == 2 else ""
    if first[:1].isupper() and first not in NOT_NAMES and first.lower() not in FIGHTER_MODS:
        before = start - 1 - len(first)
        if text[before:start] == f"{first} " and not sentence_initial(text, before):
            start, word = before, f"{first} {word}"  # "Viet Cong terrorists", "South Moluccan rebels"
    if CODE_RE.fullmatch(word):
        return Mention(start, end, word, "armed_group", 1)  # "M23 rebels": the group "the M23 armed group" is
    # one side, whatever its fighters are called: "Seleka attackers" are the "Seleka fighters"
    return Mention(start, end, f"{word} fighters", "armed_group", 1)


def _armyless(state: int, chosen: list[Mention], auth: Authority) -> bool:
    """Whether fighters named by a state's adjective are armed groups: the text names armed
    groups, but no armed forces of that state ("Israeli forces … Hamas … Palestinian fighters"),
    where "Ukrainian fighters" beside "Ukraine's armed forces" are its soldiers."""
    if not any(c.type == "armed_group" for c in chosen):
        return False
    for c in chosen:
        if c.type == "armed_force" and state in (c.country, auth.country[c.aid] if c.aid >= 0 else -1):
            return False
    return True


def _acronym_groups(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Each group named by its acronym before "armed group" or "rebel group"."""
    if not has_any(text, ARMED_BODY):
        return []  # most statements
    out = []
    for at, noun in occurrences(text, ARMED_BODY):
        end = at + len(noun)
        m = ACRONYM_BEFORE_RE.search(text, max(0, at - 16), at)
        if m is None or text[end : end + 1].isalnum() or any(s < end and e > m.start() for s, e in taken):
            continue  # "armed groups"; "the JNIM armed group": JNIM is found by its name
        taken.append((m.start(), end))
        out.append(Mention(m.start(), end, m.group("name"), "armed_group", 1))
    return out


# What a group's acronym is followed by in "the M23 armed group", "M23 rebels": the longest span
# that names the group, as the annotation marks it.
ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9]*[0-9][A-Z0-9]*|[A-Z]{2,6}")
ACRONYM_BODY_RE = re.compile(r"[^\S\n]+(?P<body>armed[^\S\n]+group|rebel[^\S\n]+group|rebels)(?![\w-])")
THE_RE = re.compile(r"(?<![\w-])[Tt]he[^\S\n]+$")


def _widen_acronyms(text: str, chosen: list[Mention]) -> None:
    """A known group's acronym found alone ("M23") takes the words that say what it is after it
    ("the M23 armed group", "M23 rebels"), as the group the dictionary does not know does
    (_acronym_groups)."""
    for c in chosen:
        if c.type != "armed_group" or c.aid < 0 or not ACRONYM_RE.fullmatch(text, c.start, c.end):
            continue
        body = ACRONYM_BODY_RE.match(text, c.end)
        if body is None:
            continue
        the = THE_RE.search(text, max(0, c.start - 4), c.start)
        if the is not None and body.group("body") != "rebels":
            c.start = the.start()
        c.end = body.end()


def _apposition(text: str, end: int) -> str:
    """The description set after a name by a comma, up to the next comma or sentence end: "…, a
    Darfuri armed group", "…, a predominantly Muslim coalition of armed groups"."""
    m = APPOSITION_RE.match(text, end)
    return m.group(1) if m is not None else ""


def _name(written: str) -> str:
    words = written.split()
    if words[0].lower() in ("the", "these", "those"):
        words = words[1:]
    name = " ".join(words)
    return name[:1].upper() + name[1:]
