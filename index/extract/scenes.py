"""The state a sentence is set in: "In Myanmar, the junta has…", "In Egypt, the authorities…".

An organ word ("the junta", "the authorities", "the security services") otherwise takes the state
of the last organ of its kind the text named (organs.resolve). A report that moves from one
country to another opens its sentence with the new one as a scene ("In Myanmar, …") and then
names its organs bare: the sentence's own scene says whose they are, where the last organ of the
kind named was another state's. The scene holds to the sentence's end, and a later scene in the
same sentence ("…, while in Thailand, the government…") takes over from it.

A state named after "in" anywhere in the sentence ("Civil liberties in Kyrgyzstan continued to
decline, with the stifling of critical voices by the authorities", "only 3 percent of healthcare
costs in Afghanistan were paid by the government") sets a weaker scene: it holds only until the
next state the sentence names, and not for the state's rulers (the junta or regime of a report
on Myanmar is Myanmar's though "refugees in Bangladesh" fear it) nor for "the administration",
which a U.S. text names as its own wherever the sentence is set.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .authority import Authority
from .mention import Mention
from .tokens import sentence_initial

# "In Myanmar,", "In neighbouring Bangladesh,", "Elsewhere in Egypt,": the scene is set by the
# preposition just before the state's name, which a comma closes.
SCENE_BEFORE_RE = re.compile(
    r"(?:\b[Ii]n|\b[Ii]nside|\b[Aa]cross|\b[Tt]hroughout)[^\S\n]+(?:the[^\S\n]+)?"
    r"(?:(?:neighbou?ring|northern|southern|eastern|western|central)[^\S\n]+)?$"
)
# Opening a clause within a sentence: "…; in Egypt, the authorities", "…, while in Egypt,"
CLAUSE_OPENER_RE = re.compile(r"(?:[;]|,[^\S\n]+(?:while|whereas|and|but)|\b[Ee]lsewhere)[^\S\n]+$")
# Events a state's name after "in" places, the sentence being set elsewhere: "a petition against
# the war in Ukraine"
EVENT_RE = re.compile(
    r"\b(?:war|wars|conflict|invasion|aggression|crisis|fighting|hostilities|genocide|atrocities|"
    r"situation|events|developments|elections?|intervention|operations?)[^\S\n]+$"
)
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]?(?:[^\S\n]|\n|$)|\n[^\S\n]*\n")


class Scene(NamedTuple):
    start: int
    end: int
    state: int
    strong: bool  # set by "In X," opening its sentence or clause, not by "in X" inside it


def scenes(text: str, ordered: list[Mention], auth: Authority) -> list[Scene]:
    """Each sentence stretch a state's scene covers: from the state's name to the next scene or
    the sentence's end; a weak scene also to the next state the sentence names."""
    found: list[Scene] = []
    for i, m in enumerate(ordered):
        if m.type != "state" or m.aid < 0 or auth.types[m.aid] != "state":
            continue
        lead = SCENE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
        if lead is None:
            continue
        strong = text.startswith(",", m.end) and _opens(text, lead.start())
        if not strong and EVENT_RE.search(text, max(0, lead.start() - 16), lead.start()):
            continue  # "the war in Ukraine": where an event is, not where the sentence is set
        end = SENTENCE_END_RE.search(text, m.end)
        stop = end.start() if end is not None else len(text)
        if not strong:
            stop = min(stop, next((o.start for o in ordered[i + 1 :] if _names_a_state(o)), stop))
        if found and found[-1].end > m.end:  # a later scene in the same sentence ends the one before
            found[-1] = found[-1]._replace(end=m.start)
        found.append(Scene(m.end, stop, m.aid, strong))
    return found


def _names_a_state(m: Mention) -> bool:
    return m.type == "state" or m.country >= 0


def _opens(text: str, at: int) -> bool:
    """Whether a sentence or a clause begins at `at`."""
    return sentence_initial(text, at) or CLAUSE_OPENER_RE.search(text, max(0, at - 12), at) is not None


def scene_at(found: list[Scene], pos: int, strong_only: bool) -> int:
    """The state whose scene covers `pos`, or -1."""
    for scene in found:
        if scene.start <= pos < scene.end and (scene.strong or not strong_only):
            return scene.state
    return -1
