"""Programmes a state or its organ owns, named with its possessive: "China’s Belt and Road
Initiative", "the President’s Justice40 Initiative", "the State Department’s Global Equality Fund",
"the Department of Labor’s Good Jobs Initiative", "NATO’s Istanbul Cooperation Initiative". Their
head word ("Initiative", "Fund") makes them an NGO's name, but what a government runs and names as
its own is a programme, and the annotations mark no programme as an actor ("the Caribbean Basin
Security Initiative", "the McGovern-Dole program"). A civil society body's own initiative ("the
ACLU’s Reproductive Freedom Initiative") and a name whose possessive is its own first word ("the
Nobel Women’s Initiative", "Christian Children’s Fund") are left to the organisation finder."""

from __future__ import annotations

from .authority import authority
from .tokens import fold

# Head words of a programme's name (singular: "the Office of Global Partnerships" is an office).
PROGRAMME_HEADS: frozenset[str] = frozenset(
    {"Initiative", "Fund", "Programme", "Program", "Plan", "Partnership", "Facility"}
)
# Words after a head word that name what the programme is for: "the United States Government’s
# Initiative for Global Vaccine Access".
COMPLEMENTS: frozenset[str] = frozenset({"for", "on", "to"})
# The types of the dictionary's actors that run programmes of the state: a state, its organs, an
# intergovernmental body.
STATE_TYPES: frozenset[str] = frozenset({"state", "government", "igo", "legislature"})
# Words that make a possessor a state's office or organ though the dictionary does not know it whole:
# "the Administration’s", "Vice President Biden’s", "the Michigan Department of Education’s", "the
# U.S. Ambassador’s"; and a law or a programme whose part the programme is ("the American Rescue
# Plan’s … Relief Fund").
OWNER_WORDS: frozenset[str] = frozenset(
    {
        "President",
        "Administration",
        "Government",
        "Department",
        "Ministry",
        "Agency",
        "Ambassador",
        "Ambassadors",
        "Embassy",
        "Governor",
        "Act",
        *PROGRAMME_HEADS,
    }
)
POSSESSIVES: tuple[str, ...] = ("’s", "'s", "s’", "s'")
STOPS: str = ".,;:?!"


def owned_programme(words: list[str]) -> bool:
    """Whether the capitalised words are a programme named with its state owner's possessive."""
    return bool(programme_name(words))


def programme_name(words: list[str]) -> str:
    """The name of the programme the words name with its state owner's possessive, or "": the
    document names it bare too ("China’s Belt and Road Initiative" … "the Belt and Road
    Initiative"), a programme all the same."""
    words = [w.rstrip(STOPS) for w in words]  # a phrase's last word holds the sentence's stop
    k = next((k for k, w in enumerate(words) if w.endswith(POSSESSIVES)), -1)
    if k < 0 or not _programme(words[k + 1 :]):
        return ""
    last = words[k]
    owner = [*words[:k], last[:-1] if last.endswith(("s’", "s'")) else last[:-2]]
    return " ".join(words[k + 1 :]) if any(w in OWNER_WORDS for w in owner) or _state_actor(owner) else ""


def _programme(words: list[str]) -> bool:
    """Whether the words name a programme: a head word last, or before what it is for."""
    if len(words) < 2:
        return False  # "China’s Initiative": no name
    if words[-1] in PROGRAMME_HEADS:
        return True
    return any(w in PROGRAMME_HEADS and words[i + 1] in COMPLEMENTS for i, w in enumerate(words[:-1]))


def _state_actor(words: list[str]) -> bool:
    """Whether the words are the (not weak) alias of a state, a state's organ or an IGO."""
    keys = tuple(fold(w) for w in words)
    auth = authority()
    found = auth.index.get(keys[0], []) if len(keys) == 1 else auth.index2.get((keys[0], keys[1]), [])
    return any(a.keys == keys and not a.weak and auth.types[a.actor] in STATE_TYPES for a in found)
