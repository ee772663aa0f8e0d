"""Which organisation issued the statement, from the text itself: dateline, "X calls on…",
"we at X", "… Human Rights Watch said today", a sign-off. None rather than a guess."""

from __future__ import annotations

import re

from index.models import Actor

ORG_TYPES = frozenset({"ngo", "party", "igo", "government", "legislature", "person", "media"})
AFTER_RE = re.compile(
    r"^(?:,[^,.\n]{0,80},)?\s*(?:today\s+)?(?:said|says|calls?|called|urged?|urges|demands?|welcomed?|"
    r"condemn(?:s|ed)?|warned|stated|announced|has|have|is)\b"
)
BEFORE_RE = re.compile(
    r"(?:\bwe at|\bsaid|\bsays|©|\bcopyright|\bauthori[sz]ed by:?|\bon behalf of)[^.\n]{0,40}$", re.I
)


def _score(text: str, actor: Actor) -> float:
    score = 0.0
    for start, end in actor.mentions:
        score += 0.5
        if AFTER_RE.match(text[end : end + 90]):
            score += 3
        if BEFORE_RE.search(text[max(0, start - 60) : start]):
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
    for a in actors:
        if a.type not in ORG_TYPES:
            continue
        s = _score(text, a)
        if s > best_score:
            best, best_score = a.name, s
    return best if best_score >= 3 else None
