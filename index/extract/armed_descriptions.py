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
"Armed groups" and "rebel groups" are anaphora.armed_groups's; names come first ("Boko Haram
and other groups" is found as Boko Haram), and a phrase any other finder took is left alone.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences

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
FIGHTERS = ("terrorists", "extremists", "fighters", "jihadists", "fundamentalists", "mercenaries")
FIGHTER_MODS = frozenset(
    """foreign islamic islamist radical violent armed mercenary takfiri international jihadist
    extremist terrorist rebel separatist insurgent militant these those""".split()
)
# Forces of a side that is no state's ("rebel forces", "separatist forces"); "armed forces" and
# "paramilitary forces" are as often a state's own. Men described as armed ("armed men stormed
# the church") are the attackers of a narrative, not a population.
REBEL_FORCES_RE = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?(?P<side>[Rr]ebel|[Ss]eparatist|[Ii]nsurgent|[Ii]slamist|[Jj]ihadist)[^\S\n]+$"
)
SIDES = frozenset({"rebel", "separatist", "insurgent", "islamist", "jihadist", "militant"})
ARMED_MEN_RE = re.compile(r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?[Aa]rmed[^\S\n]+$")
PROXY_HEADS = ("forces", "militias", "fighters", "proxies", "separatists", "rebels", "groups")

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
    r"(?<![\w-])(?:(?:[Tt]he|[Tt]hese|[Tt]hose)[^\S\n]+)?(?P<mods>(?:[A-Za-z]+[^\S\n]+){1,2})$"
)
# The words that begin the phrases for bodies, searched for first (without a first letter that
# may be a capital): the noun is read after them. Searching for the nouns ("groups", "forces")
# stopped at every body of every statement.
STARTS = (
    *("ihadi", "slamist", "nsurgent", "ilitant", "aramilitary", "eparatist", "akfiri", "ebel", "rmed men"),
    *("backed", "affiliated", "linked", "sponsored"),
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


def armed_descriptions(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each plural description of armed groups the other finders left."""
    out: list[Mention] = []
    nouns = {}
    for at, _ in occurrences(text, STARTS):
        after = NOUN_AFTER_RE.match(text, at)
        if after is not None:
            nouns[after.start(1)] = after.group(1)
    nouns.update((at, noun) for at, noun in occurrences(text, FIGHTERS))
    if not nouns:
        return out  # most statements name none of these words
    taken = [(c.start, c.end) for c in chosen]
    for at, noun in sorted(nouns.items()):
        end = at + len(noun)
        if (at and text[at - 1].isalnum()) or text[end : end + 1].isalnum():
            continue
        m = _described(text, at, end, noun)
        if m is None or any(s < m.end and e > m.start for s, e in taken):
            continue
        taken.append((m.start, m.end))
        out.append(m)
    return out


def _described(text: str, at: int, end: int, noun: str) -> Mention | None:
    lo = max(0, at - 60)
    if noun in PROXY_HEADS:
        proxy = PROXY_BEFORE_RE.search(text, lo, at)
        if proxy is not None and proxy.group("by").lower().strip("’'") not in NOT_PROXY:
            written = " ".join(text[proxy.start() : end].split())
            return Mention(proxy.start(), end, _name(written), "armed_group", 1)
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
            return None
        mods = fighter.group("mods").split()
        kept = [w for w in mods if w.lower() in FIGHTER_MODS]
        if not kept or mods[-1].lower() not in FIGHTER_MODS:
            return None  # "trying terrorists in court", "the rise of terrorists"
        start = fighter.start("mods") + fighter.group("mods").index(kept[0])
        if fighter.start() < fighter.start("mods"):
            start = fighter.start()
        what = [w for w in kept if w.lower() not in ("these", "those")]
        written = " ".join([*what, noun])
        if noun == "fighters" and len(what) == 1 and what[0].lower() in SIDES:
            written = f"{what[0].lower()}s"  # "separatist fighters" are "the separatists"
        if noun == "fighters" and not what:
            return None  # "these fighters": whose is told by the text around, not by the phrase
        return Mention(start, end, _name(written), "armed_group", 1)
    return None


def _name(written: str) -> str:
    words = written.split()
    if words[0].lower() in ("the", "these", "those"):
        words = words[1:]
    name = " ".join(words)
    return name[:1].upper() + name[1:]
