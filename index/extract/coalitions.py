"""Military coalitions named by the state that leads them: "the US-led coalition", "the Saudi
and UAE-led coalition", "the United States- led coalition", "the Saudi-led coalition forces".

The dictionary finds the state inside ("US", "Saudi"), and the annotation marks the whole phrase
as an armed force: the coalition fights, the state is only its leader. The state's mention is
taken into one mention of the coalition, named for the (first) state that leads it.
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import fold, occurrences

# What comes before "led coalition": a hyphen after the (last) leading state, "-led coalition
# forces" taken in.
LED_RE = re.compile(r"[^\S\n]*-[^\S\n]*$")
AFTER_RE = re.compile(r"[^\S\n]+(?:forces|troops)\b")
# Between two leading states: "the Saudi and UAE-led coalition", "the US, UK-led coalition".
JOIN_RE = re.compile(r"[^\S\n]*(?:,|and|&)[^\S\n]*$")
WORD_RE = re.compile(r"\b([A-Z][\w.]*)$")
THE_RE = re.compile(r"\b[Tt]he[^\S\n]+$")
LEADERS = frozenset({"state", "igo"})  # "the NATO-led coalition": an alliance leads it too


def coalitions(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """The mentions with each "X-led coalition" taken into one armed-force mention."""
    if not has_any(text, ("led coalition",)):
        return chosen  # nearly every statement
    by_end = {m.end: m for m in chosen if m.type in LEADERS}
    found: list[Mention] = []
    for at in occurrences(text, ("led coalition",)):
        hyphen = LED_RE.search(text, max(0, at[0] - 4), at[0])
        if hyphen is None:
            continue
        names: list[str] = []
        pos = hyphen.start()
        while True:
            leader = _leader_before(text, pos, by_end, auth)
            if leader is None:
                break
            pos, name = leader
            names.insert(0, name)
            join = JOIN_RE.search(text, max(0, pos - 8), pos)
            if join is None or _leader_before(text, join.start(), by_end, auth) is None:
                break
            pos = join.start()
        if not names:
            continue
        end = at[0] + len("led coalition")
        after = AFTER_RE.match(text, end)
        end = after.end() if after else end
        the = THE_RE.search(text, max(0, pos - 5), pos)
        start = the.start() if the else pos
        # named for its first leader: "the Saudi and UAE-led coalition" is "the Saudi-led coalition"
        found.append(Mention(start, end, f"{names[0]}-led coalition", "armed_force", 1))
    if not found:
        return chosen
    kept = [m for m in chosen if not any(c.start <= m.start and m.end <= c.end for c in found)]
    return kept + found


def _leader_before(
    text: str, pos: int, by_end: dict[int, Mention], auth: Authority
) -> tuple[int, str] | None:
    """The state or alliance named right before `pos`, by a mention or by its adjective ("Saudi")."""
    m = by_end.get(pos)
    if m is not None:
        return m.start, m.name
    word = WORD_RE.search(text, max(0, pos - 30), pos)
    state = auth.adjectives.get(fold(word.group(1)), -1) if word else -1
    if word is None or state < 0:
        return None
    return word.start(1), auth.names[state]
