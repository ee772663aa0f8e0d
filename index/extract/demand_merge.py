"""One demand per sentence unless the sentence asks someone new.

The finders read each modal and each call verb on its own, so a sentence that presses one call
in two clauses ("Emerging countries must protect their development, but they must also
understand…", "…must be called to account before the Court, which must at last be able to…")
came out as two demands of the same sentence. Readers, and the annotations (a demand is "a
sentence or clause that asks someone to act"), count it once. A later clause that names an
addressee of its own ("calls on A to…, and urges B to…") stays a demand of its own, unless the
earlier clause asked no one: then the earlier one was only the frame of the call ("These figures
should be a reminder that … Australia has obligations to treat …", "X must end, and we call on Y
to …") and the sentence is one demand of the later clause's addressee.

A call the speaker makes of "we" beside one on a named party, in clauses joined by "and", is two
calls, not a frame and its call: "I firmly believe that we must take action to slow, stop, and
reverse our greenhouse gas emissions, and that the United States must stand up as a leader …", "The
U.S. should lead the international community in imposing …, and we should continue allowing North
Koreans to enter the United States" (Senate releases). The annotations split them (`clause`).

A call said once and made again of another party by "and for X to…" (second_calls) is no frame
either: "We reiterate our call for an immediate reduction in violence in Afghanistan, and for all
regional actors to encourage the parties…" (a White House statement) is the issuer's call for the
reduction and its call on the regional actors, two demands.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from ..models import Demand

# A "sentence" longer than this is a list or a legal provision run together without full stops
# ("(a) To provide additional authority to the Secretary… (b) …"): its clauses are kept apart.
LONGEST_SENTENCE = 600
# The later clause joined to the earlier by "and" / "but": at its own start ("…, and we should
# continue …") or just before it ("…, and that the United States must …")
JOINED_AFTER_RE = re.compile(r"(?:and|but)\s+(?:also\s+)?(?:that\s+)?$")
JOINED_AT_RE = re.compile(r"(?:and|but)\s")
# How far back from the later clause's start the joining word may stand
JOIN_REACH = 16
# The joined clause has a subject of its own: not a verb continuing the earlier one's series ("let us
# seize the momentum …, set a date …, and encourage the parties to participate", a UN speech)
SUBJECT_HEAD_RE = re.compile(r"(?:(?:and|but)\s+)?(?:[A-Z]|(?:we|you|they|the|this|these|those|our|their)\b)")
# A party asked as itself, not a thing of its: "Syria’s external borders must remain, and we should
# not allow new internal borders …" (a UN speech) asks no second party
# The second call's own start, after "and": "…, and for all regional actors to…"
JOINED_CALL_RE = re.compile(r"(?:for|on|upon)\s")
JOINED_BEFORE_RE = re.compile(r"\band\s+(?:also\s+)?$")
POSSESSIVE_RE = re.compile(r"(?:'|’)?s\b|\s+s\s")


def merge_within_sentences(text: str, demands: Iterable[Demand]) -> tuple[Demand, ...]:
    """Fold each demand into the one before it when both come from one sentence by one speaker
    and it asks no one the earlier one does not; the kept demand spans both clauses."""
    kept: list[Demand] = []
    for demand in demands:
        earlier = kept[-1] if kept else None
        if earlier is not None and _own_beside_addressed(text, earlier, demand):
            kept.append(demand)
        elif earlier is not None and _same_call(earlier, demand):
            kept[-1] = dataclasses.replace(
                earlier, start=min(earlier.start, demand.start), end=max(earlier.end, demand.end)
            )
        elif earlier is not None and _framed_call(earlier, demand) and not _joined_call(text, demand):
            kept[-1] = dataclasses.replace(
                demand, start=min(earlier.start, demand.start), end=max(earlier.end, demand.end)
            )
        else:
            kept.append(demand)
    return tuple(kept)


def _same_call(earlier: Demand, later: Demand) -> bool:
    return (
        earlier.sentence == later.sentence
        and len(later.sentence) <= LONGEST_SENTENCE
        and earlier.by == later.by
        and set(later.targets) <= set(earlier.targets)
    )


def _framed_call(earlier: Demand, later: Demand) -> bool:
    """Whether `later` names the addressee of a sentence whose earlier clause, by the same
    speaker, asked no one: the sentence is one call, the later clause's."""
    return (
        earlier.sentence == later.sentence
        and len(later.sentence) <= LONGEST_SENTENCE
        and earlier.by == later.by
        and not earlier.targets
        and bool(later.targets)
    )


def _joined_call(text: str, later: Demand) -> bool:
    """Whether `later` is a call made again of another party, "…, and for X to…" (second_calls)."""
    return (
        JOINED_CALL_RE.match(text, later.start) is not None
        and JOINED_BEFORE_RE.search(text[max(0, later.start - JOIN_REACH) : later.start]) is not None
    )


def _own_beside_addressed(text: str, earlier: Demand, later: Demand) -> bool:
    """Whether the two clauses, joined by "and", are a call of "we" and a call on a named party
    (in either order): two demands."""
    if earlier.sentence != later.sentence:
        return False
    if earlier.kind == "self_exhortation" and later.target_spans:
        party = later
    elif later.kind == "self_exhortation" and earlier.target_spans:
        party = earlier
    else:
        return False
    if any(POSSESSIVE_RE.match(text, end) for _, end in party.target_spans):
        return False
    joined = JOINED_AT_RE.match(text, later.start) or JOINED_AFTER_RE.search(
        text[max(earlier.start, later.start - JOIN_REACH) : later.start]
    )
    return bool(joined) and SUBJECT_HEAD_RE.match(text, later.start) is not None
