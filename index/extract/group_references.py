"""Bodies named again by what they are: "the group", "these groups", "the paramilitary group",
"That terrorist organization", "the organization", "the movement".

A release names an armed group or an organisation once ("the Rapid Support Forces (RSF)",
"Anera") and then describes it ("The paramilitary group looted homes", "the organization told
Human Rights Watch"). The annotation marks such a description as the actor it stands for. The
description takes the body named last before it, within a few sentences, when that body is of
a kind the noun fits: an armed group for a description that says it is armed ("the armed group",
"the rebel group", "these terrorist organizations"), an armed group or an organisation for "the
group", "the organization" (a "movement" only one with Movement in its name).

What keeps these from naming the wrong body: the description must be definite ("the", "this",
"these"), its words between determiner and noun must say nothing else ("the working group", "the
age group", "the group of people" name no one named before), and the body named last must be of
the fitting kind, not merely the last of that kind: "Human Rights Watch found that the group was
visible to the cameras" names a group of people, and the organisation named last was no group.
The text's most named organisation and the publisher whose page it is are its issuer, which
speaks of itself as "we", never as "the organization". A plural description ("the groups said")
is a set of bodies, which the annotation does not mark, save for armed groups named in the
plural before ("the Houthis … these groups").
"""

from __future__ import annotations

import bisect
import re

from . import genres
from .keywords import has_any
from .mention import Mention
from .tokens import occurrences

# Words that say a group is armed; "same", "former", "banned" say nothing of its kind.
ARMED = frozenset(
    """armed paramilitary rebel militant terrorist extremist jihadist jihadi islamist islamic
    insurgent violent radical separatist non-state""".split()
)
NEUTRAL = frozenset({"same", "former", "banned", "outlawed"})
# What a news outlet is called again ("Apple Daily … the newspaper", "RTHK … the broadcaster").
MEDIA_NOUNS = frozenset({"newspaper", "outlet", "broadcaster", "channel"})
# An outlet is named again bare ("the newspaper"); "the public broadcaster" is a kind of outlet,
# often another than the one named last (state_media.py).
MEDIA_MODS: frozenset[str] = frozenset()
# The noun is found first by plain search (tokens.occurrences), its determiner and describing
# words read back from it: a pattern beginning with the determiner was tried at every "the" of
# every text, one beginning with the nouns at every g, o, m, n, b and c.
# "Forces" only right after a determiner: searched for alone it stopped at every "security forces",
# "armed forces" of every statement.
FORCES = ("he forces", "se forces")
NOUNS = (
    *("group", "organization", "organisation", "movement", "newspaper", "outlet", "broadcaster", "channel"),
    *("ministry", *FORCES),
)
# The last determiner before the noun: "ensure that the forces" is "the forces".
DETERMINED_RE = re.compile(
    r"\b(?P<det>[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Tt]hat)"
    r"(?P<mods>(?:[^\S\n]+(?!(?:the|this|these|those|that)\b)[A-Za-z][a-z-]*){0,2}?)[^\S\n]+$"
)
# "the group of people", "the group members", "the movement restrictions": other things; "the
# organization Palestine Legal", "the armed group Islamic State": the name that follows is the mention.
# "The group heading toward the village": a participle after it makes it one band in a narrative.
NOT_AFTER_RE = re.compile(
    r"[^\S\n]+(?:of|members?|leaders?|restrictions?|chair\w*|size|level|[A-Z]|[a-z]+ing\b)"
)
# "one of the organizations": one of several, not the one named before.
ONE_OF_RE = re.compile(
    r"\b(?:one|some|any|none|each|many|most|either|neither)[^\S\n]+(?:of|in)[^\S\n]+$", re.I
)
NOUN_TYPES = {
    "group": ("armed_group", "ngo"),
    "organization": ("armed_group", "ngo", "igo"),
    "movement": ("armed_group", "ngo", "party"),
    # "The forces have plundered…" after "the RSF", "the security forces": one body, though plural
    "forces": ("armed_group", "armed_force", "government"),
    "ministry": ("government",),
    **{noun: ("media",) for noun in MEDIA_NOUNS},
}
# Bodies a description could stand for: the last of these before it decides.
BODIES = frozenset(
    {"armed_group", "ngo", "igo", "party", "government", "legislature", "media", "armed_force"}
)
REACH = 600  # characters back to the body it names: a few sentences
WORDS = ("group", "organization", "organisation", "movement", "ministry", *FORCES, *MEDIA_NOUNS)


def _kind(noun: str) -> str:
    if noun in ("forces", "ministry"):
        return noun
    return "organization" if noun.startswith("organi") else noun.rstrip("s")


def references(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each definite description of a body as the body named last before it, if it fits."""
    if not has_any(text, WORDS):
        return []
    bodies = sorted((c for c in chosen if c.type in BODIES), key=lambda c: c.start)
    if not bodies:
        return []  # most statements with "group" in them name no body it could be
    issuer = {_most_named(bodies), genres.page_publisher(text)}
    ends = [b.end for b in bodies]
    taken = sorted((c.start, c.end) for c in chosen)
    out = []
    for at, word in occurrences(text, NOUNS):
        if word in FORCES:
            at, word = at + 3, "forces"
        end = at + len(word) + (text[at + len(word) : at + len(word) + 1] == "s")
        if (at and text[at - 1].isalnum()) or text[end : end + 1].isalnum():
            continue  # "subgroup", "groupings"
        m = DETERMINED_RE.search(text, max(0, at - 40), at)
        if m is None:
            continue
        noun = text[at:end]
        det, plural = m.group()[:5].lower(), noun.endswith("s") and noun != "forces"
        if plural != det.startswith(("these", "those", "the ", "the\n")) and not det.startswith("the"):
            continue  # "that groups such as …": a conjunction; "these group" no description
        mods = m.group("mods").lower().split()
        allowed = MEDIA_MODS if noun in MEDIA_NOUNS else ARMED | NEUTRAL
        if noun == "ministry":
            allowed = frozenset()  # "the health ministry": checked against the body's name below
        if any(w not in allowed for w in mods) and noun != "ministry" or NOT_AFTER_RE.match(text, end):
            continue
        if ONE_OF_RE.search(text, max(0, m.start() - 12), m.start()) or _overlaps(taken, m.start(), end):
            continue  # "the Islamist armed group JNIM": a name found already
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0 or m.start() - bodies[k].end > REACH:
            continue
        kind = _kind(noun)
        if kind == "forces" and text.startswith(",", end):
            continue  # "the forces, terrorists in particular, that aim to…": a kind of forces
        if kind == "forces":  # the forces named last, past the other bodies named since
            k = _last_forces(text, bodies, k, m.start())
            if k < 0:
                continue
        body = bodies[k]
        fits = ("armed_group",) if any(w in ARMED for w in mods) else NOUN_TYPES[kind]
        if body.type not in fits or body.name in issuer:
            continue
        written = text[body.start : body.end]
        if plural and not (body.type == "armed_group" and written.endswith("s") and not written.isupper()):
            continue  # "the groups said": the signatories of a joint statement, a set of bodies
        if kind in ("movement", "ministry") and not _named_by(body.name.lower(), kind, mods):
            continue  # a movement or a ministry only one so named ("the health ministry": of Health)
        if kind == "forces" and body.type == "government" and not written.lower().endswith("forces"):
            continue  # "the forces" after "the security forces", not after "the government"
        out.append(
            Mention(
                m.start(),
                end,
                body.name,
                body.type,
                1,
                body.home,
                body.organ,
                body.aid,
                country=body.country,
            )
        )
    return out


def _last_forces(text: str, bodies: list[Mention], k: int, at: int) -> int:
    """The last armed body, or body named as forces, within reach before `at`, or -1."""
    while k >= 0 and at - bodies[k].end <= REACH:
        b = bodies[k]
        if b.type in ("armed_group", "armed_force") or text[b.start : b.end].lower().endswith("forces"):
            return k
        k -= 1
    return -1


def _named_by(name: str, kind: str, mods: list[str]) -> bool:
    return kind in name and all(w in name for w in mods)


def _most_named(bodies: list[Mention]) -> str:
    counts: dict[str, int] = {}
    for b in bodies:
        if b.type == "ngo":
            counts[b.name] = counts.get(b.name, 0) + 1
    return max(counts, key=counts.__getitem__) if counts else ""


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(taken, (end,))
    return any(s < end and e > start for s, e in taken[max(0, i - 3) : i])
