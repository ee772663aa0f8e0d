"""A state's army named by its own name ("the Israel Defense Forces", "the Australian Defence
Force", "the Sudanese Armed Forces") and by the words any state's army is named with ("the
Israeli military", "Israeli soldiers", "the army"): one actor, as a reader groups them.

The words are resolved to "Armed forces of Israel" (organs.py, anaphora.soldiers), the proper name
to the dictionary's "Israel Defence Forces"; left apart they split one army in two. The proper
name is told by its shape: the state's name or adjective, then "Defence Forces", "Armed Forces" or
"Army". An entry whose mentions in the text are not all of that shape or acronyms is something
else as well, and is left apart; so is the dictionary's "United States Military", which is also
"the Pentagon", "DOD": a ministry as much as an army.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .organs import SOLDIERS, organ_name
from .tokens import fold

ARMY_RE = re.compile(
    r"(?:[Tt]he[^\S\n]+)?(?P<state>[A-Z][\w.’']*(?:[^\S\n]+[A-Z][\w.’']*)?)[^\S\n]+"
    r"(?:National[^\S\n]+|People[’']?s[^\S\n]+)?"
    r"(?:Defen[cs]e[^\S\n]+Forces?|Armed[^\S\n]+Forces|Army)"
)
GENERIC = SOLDIERS.replace("{}", "")


def unify(text: str, mentions: list[Mention], auth: Authority) -> None:
    """Name the words for a state's army after its own name where the text gives that name."""
    if not any(m.name.startswith(GENERIC) for m in mentions):
        return  # most statements name no state's army by the words
    named: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.type == "armed_force" and not m.name.startswith(GENERIC):
            named.setdefault(m.name, []).append(m)
    for name, ms in named.items():
        shaped = ARMY_RE.fullmatch(name)
        state = _state(shaped.group("state"), auth) if shaped else -1
        if state < 0 or not all(_army_shaped(text[m.start : m.end]) for m in ms):
            continue
        words = organ_name(SOLDIERS, state, auth)
        for m in mentions:
            if m.name == words:
                m.name = name


def _state(words: str, auth: Authority) -> int:
    """The state whose name or adjective `words` is: "Israel", "Australian"; -1 if none."""
    aid = auth.by_name.get(words, -1)
    if aid >= 0 and auth.types[aid] == "state":
        return aid
    return auth.adjectives.get(fold(words), -1)


def _army_shaped(surface: str) -> bool:
    """A mention of the army by its proper name, or by that name's acronym ("IDF", "ADF")."""
    return ARMY_RE.fullmatch(surface) is not None or (surface.isupper() and surface.isalpha())
