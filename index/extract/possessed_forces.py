"""Armed forces named by whose they are with a pronoun ("so long as its forces commit …", "the
Houthis … recruit children to their forces"): the forces of the state or armed group the pronoun
stands for, marked as the guidelines mark "his party".

The antecedent must be clear: the one state, armed group or army the sentence names before the
pronoun, or, if it names none, the one the sentence before names. Two of them ("Russia’s invasion
of Ukraine began as its forces attacked"), a government not yet resolved ("the government would
be compelled to employ its armed forces") or a relative clause of another noun between ("a foreign
Power which refuses to withdraw its troops") leave the forces unmarked, as does a pronoun that
agrees with none ("their" after one state). "His forces" are a leader's, whose group the
mentions do not say, and stay unmarked. A state's forces are its army ("Armed forces of Israel",
the name organs.py gives "the Israeli military"); an armed group's are the group itself.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .organs import SOLDIERS, organ_name
from .tokens import occurrences

FORCE_WORDS = ("forces", "troops", "fighters", "soldiers")
# The pronoun, then at most "own" or "armed" ("its own soldiers", "their armed forces"); not
# "security forces", which organs.py names as a state's executive, not its army.
POSSESSED_RE = re.compile(r"(?<![A-Za-z])([Ii]ts|[Tt]heir)[^\S\n]+(?:(?:own|armed)[^\S\n]+)?$")
# What each pronoun may stand for: "its" one state, group or army; "their" a group named in the
# plural ("the Houthis") or an army ("Israeli forces … their positions"), not a state.
AGREES = {"its": frozenset({"state", "armed_group", "armed_force"}), "their": frozenset({"armed_group"})}
RELATIVE_RE = re.compile(r"\b(?:which|who|whose)\b")
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?\s+(?=[\"“‘(]?[A-Z])|\n\s*\n")
LOOK_BACK = 600  # characters searched for the two sentence starts: longer sentences are rare


def possessed_forces(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """Each "its forces", "their troops" whose antecedent the text makes clear, as those forces."""
    out: list[Mention] = []
    for at, word in occurrences(text, FORCE_WORDS):
        end = at + len(word)
        if text[end : end + 1].isalnum() or (at and text[at - 1].isalnum()):
            continue
        owner = POSSESSED_RE.search(text, max(0, at - 20), at)
        if owner is None:
            continue
        agrees = AGREES[owner.group(1).lower()]
        antecedent = _antecedent(text, owner.start(), chosen, agrees)
        if antecedent is None or (word == "fighters" and antecedent.type != "armed_group"):
            continue  # a state has soldiers: "its fighters" after one is a group's the text left unnamed
        forces = _forces_of(antecedent, owner.start(), end, auth)
        if forces is not None:
            out.append(forces)
    return out


def _antecedent(text: str, pos: int, chosen: list[Mention], agrees: frozenset[str]) -> Mention | None:
    """The one actor of an agreeing type the sentence names before `pos`, else the one the
    sentence before names; None where there are none or two."""
    lo = max(0, pos - LOOK_BACK)
    starts = [lo] + [m.end() for m in SENTENCE_END_RE.finditer(text, lo, pos)]
    this_start, last_start = starts[-1], starts[-2] if len(starts) > 1 else starts[-1]
    for a, b in ((this_start, pos), (last_start, this_start)):
        found = [c for c in chosen if a <= c.start and c.end <= b and _may_own(c, agrees)]
        found.sort(key=lambda c: c.start)
        # "the army", "the government" not resolved yet ("Armed forces of {}"): whose, not told here
        # ("the government would be compelled to employ its armed forces")
        if found:
            last = found[-1]
            one = len({c.name for c in found}) == 1 and "{}" not in last.name and last.type in agrees
            return last if one and not _relative_between(text, last.end, pos) else None
    return None


def _may_own(c: Mention, agrees: frozenset[str]) -> bool:
    """An actor the pronoun may stand for, or a government not yet resolved ("the government"),
    which may be what it stands for, whose state is not told."""
    return c.type in agrees or (c.type == "government" and "{}" in c.name)


def _relative_between(text: str, end: int, pos: int) -> bool:
    """A relative clause of another noun between the antecedent and the pronoun: "Germany, part of
    whose territory has been governed by a foreign Power which refuses to withdraw its troops"."""
    rel = RELATIVE_RE.search(text, end, pos)
    return rel is not None and text[end : rel.start()].strip(" ,\n") != ""


def _forces_of(owner: Mention, start: int, end: int, auth: Authority) -> Mention | None:
    """The forces of `owner`: a state's army, an armed group or army itself."""
    if owner.type == "state":
        state = auth.by_name.get(owner.name, -1)
        if state < 0:
            return None
        forces = Mention(start, end, organ_name(SOLDIERS, state, auth), "armed_force", 2)
        forces.country = state
        return forces
    forces = Mention(start, end, owner.name, owner.type, 2, owner.home, owner.organ, owner.aid)
    forces.country = owner.country
    return forces
