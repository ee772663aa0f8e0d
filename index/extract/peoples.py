"""A state's people named both ways in one text: "the people of Burma … the Burmese people",
"citizens of Syria … Syrian citizens", "the people of Greenland … the Greenlandic people".

The population finders name a group after the words the text uses, so the two writings of one
group stood as two actors. A group named "<noun> of <state>" takes the name of the group named
"<adjective> <noun>" (or "<state> <noun>") when the text names one for the same state and noun.
"In" is left alone: "people in Syria" counts whoever is there, not the Syrians.
"""

from __future__ import annotations

import re

from .authority import Authority, authority
from .mention import Mention
from .tokens import fold

OF_RE = re.compile(r"(\w+) of (?:the )?(.+)")


def _state(words: list[str], auth: Authority) -> int:
    """The state the words name or describe ("Burma", "Burmese", "East Timor"), or -1."""
    keys = [fold(w) for w in words]
    if len(keys) == 1 and keys[0] in auth.adjectives:
        return auth.adjectives[keys[0]]
    found = auth.index.get(keys[0], []) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), [])
    for alias in found:
        if alias.keys == tuple(keys) and auth.types[alias.actor] == "state":
            return alias.actor
    return -1


def _key(name: str, auth: Authority) -> tuple[int, str] | None:
    """(the state, the noun) a population's name says, or None."""
    m = OF_RE.fullmatch(name)
    if m is not None:
        words, noun = m.group(2).split(), m.group(1)
    else:
        *words, noun = name.split()
    if not words or len(words) > 2:
        return None
    state = _state(words, auth)
    return (state, noun.lower()) if state >= 0 else None


def link(mentions: list[Mention]) -> None:
    """Rename, in place, "<noun> of <state>" after the one "<adjective> <noun>" of that state."""
    named: dict[tuple[int, str], set[str]] = {}
    of: list[tuple[Mention, tuple[int, str]]] = []
    auth = authority()
    keys: dict[str, tuple[int, str] | None] = {}  # by name: a group is mentioned many times
    for m in mentions:
        if m.type != "population":
            continue
        if m.name not in keys:
            keys[m.name] = _key(m.name, auth)
        key = keys[m.name]
        if key is None:
            continue
        if OF_RE.fullmatch(m.name):
            of.append((m, key))
        else:
            named.setdefault(key, set()).add(m.name)
    for m, key in of:
        if len(names := named.get(key, set())) == 1:
            m.name = next(iter(names))
