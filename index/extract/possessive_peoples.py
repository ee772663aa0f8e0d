"""A place's people named by its possessive: "Gaza’s population", "Tasmania’s people", "Syria’s
people".

The annotation marks the phrase as one population (as "the people of Tasmania"), the place's name
inside it not marked again. Alone, the place's name took the mention: the reader saw the place
where the text speaks of its people, and the scorer paired the place with the people. Named as
"the people of X" are (`actors`): "Syrian people" for a state with an adjective, else "People of X",
so both phrasings are one actor. Found from the noun back to the possessive: the word before it
must be a state's or a place's own name (`state_offices.state_before`), so "Putin’s people" (a
person's) is left alone.
"""

from __future__ import annotations

from .actors import state_adjective
from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .state_offices import STATE_WORD_RE, WORD_RE, state_before
from .tokens import occurrences

# The possessive's end right before the noun, nothing between: "Lebanon’s entire population",
# "Syria’s young people" are parts or kinds of the people, not the whole. Sought with the "s" so
# that the many "people" of a text are not each read back.
KEYS = ("s people", "s population")
APOSTROPHES = "’'"
COMPASS = frozenset("East West North South Northern Southern Eastern Western Central".split())


def possessive_peoples(text: str, auth: Authority) -> list[Mention]:
    """One `population` mention for each "<Place>’s people|population", from the place's name to
    the noun."""
    out: list[Mention] = []
    if not has_any(text, KEYS):
        return out
    for pos, key in occurrences(text, KEYS):
        end = pos + len(key)
        if pos == 0 or text[pos - 1] not in APOSTROPHES or text[end : end + 1].isalnum():
            continue  # no possessive ("farmers people"), or another word ("peoples", "populations")
        place = state_before(text, pos - 1, auth) or _place_before(text, pos - 1, auth)
        if place is None or _compass_before(text, place[0]):
            continue  # "East Timor’s people", "South Sudan’s": a name the authority lacks or splits
        start, name = place
        adj = state_adjective(auth, auth.by_name.get(name, -1))
        out.append(Mention(start, end, f"{adj} people" if adj else f"People of {name}", "population", 5))
    return out


def _place_before(text: str, end: int, auth: Authority) -> tuple[int, str] | None:
    """A territory's or region's own name before the possessive ("Gaza", "Tasmania"), which the
    authority lists by name but gives no adjective (what `state_before` reads)."""
    run = STATE_WORD_RE.search(text, max(0, end - 60), end)
    if run is None:
        return None
    for word in WORD_RE.finditer(run.group()):  # the longest name first: "West Papua", not "Papua"
        start = run.start() + word.start()
        name = " ".join(text[start:end].split())
        aid = auth.by_name.get(name, -1)
        if aid >= 0 and auth.types[aid] in ("state", "place"):
            return start, name
    return None


def _compass_before(text: str, start: int) -> bool:
    """Whether a capitalised compass word stands right before the name found: the place is then
    a part the name does not say ("East Timor", "West Berlin", "South Sudan"), better left as the
    other finders read it than named for the wrong place."""
    before = text[max(0, start - 12) : start].split()
    return bool(before) and before[-1] in COMPASS
