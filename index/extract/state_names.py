"""A state's other names in the authority file as the owner in a possessive: "Burma’s leaders"
(Myanmar), "Britain’s prime minister" (the United Kingdom), "Swaziland’s people" (Eswatini), "the
PRC’s foreign minister" (China).

The tables that compose a state with a role ("Myanmar’s leaders" → Government of Myanmar), an
office ("Israel’s justice minister") or its people ("Syria’s people" → Syrian people) knew each
state by its own name and adjectives only. With another of its names the state alone took the
mention, where the text names its government, one of its officers or its people; the composed
actor is now the one its own name gives.

Only before a possessive: the owner of "X’s" is X whatever X is called, where a name before a
noun may be a people's word ("Bosnian Croat leaders" are no government of Croatia, though the
file gives Croatia the name "Croat"). A name the file gives another actor too is left out: whose
it is, the dictionary decides. The state's organs ("Burma’s military", "Burma’s junta") stay with
organs.py, which read them after another name before and tell an adjective from the organ.
"""

from __future__ import annotations

from typing import Final

from .authority import Authority
from .tokens import Token, fold

POSSESSIVES: Final = frozenset({"’s", "'s"})
MOST_WORDS: Final = 4  # "Democratic People's Republic of Korea" is the longest most texts write


# id(authority) → folded name (its words joined by a space) → state
_NAMES: Final[dict[int, dict[str, int]]] = {}
# id(authority) → first word of such a name → the most words a name beginning with it has
_HEADS: Final[dict[int, dict[str, int]]] = {}


def other_names(auth: Authority) -> dict[str, int]:
    """Each state's names in the file that are neither its own name nor one of its adjectives
    (those compose already), written with a capital, not weak, and no other actor's."""
    table = _NAMES.get(id(auth))
    if table is not None:
        return table
    owners: dict[str, set[int]] = {}
    for aliases in [*auth.index.values(), *auth.index2.values()]:
        for alias in aliases:
            # a weak name ("~Youth") or one in lower case is an ordinary word as often as a name
            named = not alias.weak and alias.tokens[0][:1].isupper() and auth.types[alias.actor] == "state"
            owners.setdefault(" ".join(alias.keys), set()).add(alias.actor if named else -1)
    table = {}
    for key, actors in owners.items():
        aid = next(iter(actors))
        if len(actors) == 1 and aid >= 0 and key not in auth.adjectives:
            table[key] = aid
    _NAMES.clear()
    _NAMES[id(auth)] = table
    return table


def heads(auth: Authority) -> dict[str, int]:
    """The first word of each other name → the most words a name beginning with it has."""
    found = _HEADS.get(id(auth))
    if found is None:
        found = {}
        for key in other_names(auth):
            words = key.split()
            found[words[0]] = max(found.get(words[0], 0), len(words))
        _HEADS.clear()
        _HEADS[id(auth)] = found
    return found


def owner_at(toks: list[Token], i: int, auth: Authority) -> tuple[int, int] | None:
    """(state, words) for another name of a state at token i, capitalised, with a possessive right
    after it ("Burma’s", "Great Britain’s"); the longest such name. None when there is none."""
    if not toks[i].text[:1].isupper():
        return None
    longest = heads(auth).get(fold(toks[i].text), 0)
    names = other_names(auth)
    for n in range(min(longest, MOST_WORDS), 0, -1):
        if i + n < len(toks) and toks[i + n].text in POSSESSIVES:
            aid = names.get(" ".join(fold(t.text) for t in toks[i : i + n]), -1)
            if aid >= 0:
                return aid, n
    return None


def named_state(phrase: str, auth: Authority) -> int:
    """The state another of whose names `phrase` is ("Britain", "Ivory Coast"), or -1."""
    return other_names(auth).get(" ".join(fold(w) for w in phrase.split()), -1)
