"""Whom a readout's "They" stands for: both sides of the meeting it reports.

A readout names the meeting's sides once and goes on with "They" (or "Both sides", "The two
countries"): "The Secretary, the Cardinal, and
the Archbishop discussed global issues… They urged an immediate cessation of hostilities";
"…Special Presidential Envoy Kerry and President Putin underscored… They also called for…"
(the importance they stress is no call: importance.said_by_sides); "Deputy Secretary of State Wendy
Sherman met … Secretary General Stefano Sannino in Brussels… They welcomed…". Their calls are joint,
and a joint call a readout reports is the publishing department's (README, State conventions), not
that of whoever was named last before the pronoun (the Cardinal, President Putin).

The sentences before the pronoun's are read back, one by one, past those that go on with "They"
and those whose subject is no actor ("There can be no impunity…", "These horrific actions show…"),
to the first whose subject is an actor. That subject is the meeting's sides when it is the voice's
own official or state with others ("Secretary Blinken and PM Hamdok agreed…", "the U.S. and the EU
condemned…"), or the official alone meeting someone ("… Wendy Sherman met …", "… spoke today
with …"). Any other subject (one foreign minister, "Russia's forces") leaves the pronoun to the
caller's usual reading.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import Actor
from . import mentions

# A sentence opening with "They" or "Both sides", after a connective or a short setting closed by
# a comma ("In this context, they highlighted…", "Additionally, they agreed…", "Together, they…").
THEY_RE = re.compile(
    r"[\s“\"‘]*(?:(?:and|but|also|then)\s+|[A-Za-z]+(?:\s+[a-z]+){0,3},\s+)?"
    r"(?:they|(?:both|the\s+two)\s+(?:sides|countries|delegations))\b",
    re.I,
)
# A sentence's end: a full stop, "!" or "?", closing quotes, then a space and a capital; or a line
# break. Not an initial's full stop ("the U.S. and the EU", "Antony J. Blinken").
END_RE = re.compile(r"(?<!\.[A-Z])(?<!\b[A-Z])[.!?][”\"’']*\s+(?=[“\"‘]?[A-Z])|\n")
# What may stand before a sentence's subject: its article, a connective, or a setting closed by
# a comma ("Likewise, the U.S. and the EU condemned…", "Recognizing recent extreme weather
# events…, Special Presidential Envoy Kerry and President Putin underscored…").
# The words of a title the mention leaves out stand before it too ("Special Presidential Envoy Kerry").
LEAD_RE = re.compile(
    r"(?:[^.;:]{0,200},\s+)?(?:(?i:the|and|also|likewise|additionally)[\s,]+)*(?:[A-Z][\w.-]*\s+){0,4}"
)
# Others named with the subject: ", the Cardinal, and…", " and PM Hamdok", " and the EU"
WITH_OTHERS_RE = re.compile(r"\s*,\s+(?:and\s+)?(?:the\s+)?[A-Z]|\s+and\s+(?:the\s+)?[A-Z]")
# The subject meeting someone: "… met …", "spoke today with", "had a phone call with"
MEETS_RE = re.compile(
    r"(?:\s+(?:[a-z]+ly|today|also|yesterday|again))*\s+"
    r"(?:met|meets|spoke|speaks|talked|(?:held|had|hosted)\b[^.;]{0,40}?\bwith\b)",
)
POSSESSIVE_RE = re.compile(r"[’']s?\s")
# how far back the meeting's sides may be named: as far as the last call's subject carries a "they"
# (speakers: "It also calls…"), past a run of "They welcomed… They discussed… They stressed…"
REACH = 2000


def meeting_sides(
    text: str, actors: tuple[Actor, ...], s: int, end: int, is_voice: Callable[[str], bool]
) -> str | None:
    """The voice's own side named as one of a meeting's sides, when the "they" (or "Both sides")
    ending at `end` opens sentence `s` and the nearest subject before it is that meeting's sides;
    else None."""
    if not THEY_RE.fullmatch(text, s, end):
        return None  # "…said they must…": a pronoun inside its sentence may be anyone's
    end = s
    while end > max(0, s - REACH):
        start = _sentence_start(text, end)
        if start >= end:
            return None
        if THEY_RE.match(text, start):
            end = start  # "They also discussed…": the same sides, further back
            continue
        subject = _subject(text, actors, start, end)
        if subject is not None:
            (_, b), name = subject
            if POSSESSIVE_RE.match(text, b) or not is_voice(name):
                return None  # "Russia's forces…", "The Foreign Minister…": not the meeting's sides
            joint = WITH_OTHERS_RE.match(text, b) or MEETS_RE.match(text, b)
            return name if joint else None
        end = start  # "There can be no impunity…": no actor's sentence, further back
    return None


def _subject(
    text: str, actors: tuple[Actor, ...], start: int, end: int
) -> tuple[tuple[int, int], str] | None:
    """The actor that opens sentence [start, end) as its subject: the first one named, when only
    its article, a connective or a setting closed by a comma stands before it."""
    named = mentions.within(actors, start, end)
    if not named:
        return None
    (a, b), name = named[0]
    return ((a, b), name) if LEAD_RE.fullmatch(text, start, a) else None


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence ending before `end` begins."""
    lo = max(0, end - 600)
    start = lo
    stop = end
    while stop > lo and text[stop - 1] in " \t\n“\"‘'":
        stop -= 1
    for m in END_RE.finditer(text, lo, max(lo, stop - 1)):
        start = m.end()
    return start
