"""A state's national police named by its own name ("the Haitian National Police", "the Chadian
National Police") and by the words any state's police is named with ("Haitian police", "the
police"): one actor, as a reader groups them.

The words are resolved to "Police of Haiti" (organs.py), the proper name to "National Police of
Haiti"; left apart they split one force in two, as national_armies.py finds of armies. A federal
police is not the state's only one: beside "the Australian Federal Police", "the police" of an
Australian release are as often a state's or a territory's ("the police in states and
territories", "NSW Police") or police anywhere ("a code of conduct for police"), so it keeps
its name.
"""

from __future__ import annotations

import re

from .mention import Mention

GENERIC = "Police of "
NATIONAL_RE = re.compile(r"National Police of (?P<state>.+)")


def unify(mentions: list[Mention]) -> None:
    """Name the words for a state's police after its national police where the text names one."""
    if not any(m.name.startswith(GENERIC) for m in mentions):
        return  # most statements name no state's police by the words
    forces: dict[str, set[str]] = {}  # state → the national police forces named
    for m in mentions:
        if m.type == "government" and (named := NATIONAL_RE.fullmatch(m.name)) is not None:
            forces.setdefault(named.group("state"), set()).add(m.name)
    for m in mentions:
        if m.type == "government" and m.name.startswith(GENERIC):
            names = forces.get(m.name[len(GENERIC) :], set())
            if len(names) == 1:
                m.name = next(iter(names))
