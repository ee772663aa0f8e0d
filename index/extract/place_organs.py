"""A state's or city's own body named by the place before its head word: "the Kansas Department of
Education", "the New York City Department of Education", "the Oklahoma State Department of
Education", "the NSW Department of Community Services" (White House fact sheets, Australian
releases). Without it the place's name was found alone, a place, and the head word a body of its
own ("Department"): a reader saw a state's education department listed as a place."""

from __future__ import annotations

from collections.abc import Callable

# A place's name before a body's head word is at most a few words ("Rhode Island", "New York City").
PLACE_WORDS_MAX = 3
# "the Oklahoma State Department of Education": a U.S. state's own word for itself after its name.
STATE_WORD = "State"
# The abbreviations of Australia's states and territories, which no dictionary lists as places of
# their own ("the NSW Department of Community Services", "the NT Department of Health").
AUSTRALIAN_ABBREVIATIONS: frozenset[str] = frozenset("NSW NT ACT WA SA QLD Qld Vic Tas".split())


def place_head(words: list[str], heads: frozenset[str], is_place: Callable[[list[str]], bool]) -> int:
    """Where the head word of a place's body stands after the place's name ("Kansas Department of
    Education" → 1), or 0: a head among `heads` with its complement after it ("of", "for"), the
    words before it a place's name, with a U.S. state's "State" after it; not before a possessive
    with a body's complement after it ("the U.S. Department of Labor’s Office of Disability
    Employment Policy" names the office), as a portfolio's possessive is the name's own ("the
    Queensland Department of Children's Services")."""
    owner = next((i for i, w in enumerate(words) if w.endswith(("’s", "'s"))), len(words))
    if "of" in words[owner:] or "for" in words[owner:]:
        return 0
    for k in range(1, min(PLACE_WORDS_MAX, len(words) - 2) + 1):
        if words[k] not in heads or words[k + 1] not in ("of", "for"):
            continue
        place = words[:k]
        if place[-1] == STATE_WORD and len(place) > 1:
            place = place[:-1]
        if place == [place[0]] and place[0] in AUSTRALIAN_ABBREVIATIONS or is_place(place):
            return k
        return 0
    return 0
