"""Which organisation issued the statement, from the text itself: dateline, "X calls on…",
"we at X", "… Human Rights Watch said today", a sign-off. None rather than a guess."""

from __future__ import annotations

import bisect
import re

from ..models import Actor

ORG_TYPES = frozenset({"ngo", "party", "igo", "government", "legislature", "person", "media"})
AFTER_RE = re.compile(
    r"^(?:,[^,.\n]{0,80},)?\s*(?:today\s+)?(?:said|says|calls?|called|urged?|urges|demands?|welcomed?|"
    r"condemn(?:s|ed)?|warned|stated|announced|made\s+a\s+submission|submitted|published|released|"
    r"wrote\s+to|researchers?|research|documented|interviewed)\b"
)
# "X has …", "X is …" say little: anyone can be the subject of a sentence.
WEAK_AFTER_RE = re.compile(r"^(?:,[^,.\n]{0,80},)?\s*(?:has|have|is)\b")
# An actor asked to act ("the ASEAN working group should …") is the statement's target, not its issuer.
ASKED_RE = re.compile(r"^\)?\s*(?:[\w-]+\s+){0,2}(?:should|must|needs\s+to)\b")
BEFORE_RE = re.compile(
    r"(?:\bwe at|\bsaid|\bsays|©|\bcopyright|\bauthori[sz]ed by:?|\bon behalf of)[^.\n]{0,40}$"
    # a memo's sender ("From: David Cockroft") and a letter's signatory ("Yours faithfully, …")
    r"|(?:^|\n)from:\s*$|\byours\s+(?:faithfully|sincerely|truly),?[\s\W]*$",
    re.I,
)


# Every BEFORE_RE match begins with one of these: a mention with none in the 60 characters
# before it skips the costly search (most mentions).
CUES = ("we at", "said", "says", "©", "copyright", "authori", "on behalf of", "from:", "yours")


def _cue_starts(text: str) -> list[int] | None:
    low = text.lower()
    if len(low) != len(text):
        return None  # offsets would disagree: search before every mention
    found = []
    for cue in CUES:
        i = low.find(cue)
        while i >= 0:
            found.append(i)
            i = low.find(cue, i + 1)
    return sorted(found)


def _cue_near(cues: list[int] | None, start: int) -> bool:
    if cues is None:
        return True
    i = bisect.bisect_left(cues, start - 60)
    return i < len(cues) and cues[i] < start


def _score(text: str, actor: Actor, cues: list[int] | None = None) -> float:
    # Being named often is weak evidence: a UN speech names the United Nations throughout
    # without issuing it, so mentions alone add at most 1.5 and a cue must do the rest.
    score = min(0.5 * len(actor.mentions), 1.5)
    for start, end in actor.mentions:
        after = text[end : end + 90]
        if AFTER_RE.match(after):
            score += 3
        elif WEAK_AFTER_RE.match(after):
            score += 1
        elif ASKED_RE.match(after):
            score -= 2
        if _cue_near(cues, start) and BEFORE_RE.search(text[max(0, start - 60) : start]):
            score += 3
        if start < 250:
            score += 1.5
    if actor.type == "person":
        score *= 0.6  # an organisation is the issuer; its spokesperson only when none is named
    elif actor.type in ("government", "legislature", "media"):
        score *= 0.4
    return score


def find_issuer(text: str, actors: tuple[Actor, ...], hint: str | None = None) -> str | None:
    if hint:
        for a in actors:
            if a.name.lower() == hint.lower() or hint.lower() in a.name.lower():
                return a.name
    best, best_score = None, 0.0
    cues = _cue_starts(text)
    for a in actors:
        if a.type not in ORG_TYPES:
            continue
        s = _score(text, a, cues)
        if s > best_score:
            best, best_score = a.name, s
    return best if best_score >= 3 else None
