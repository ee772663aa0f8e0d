"""A people named by its nationality adjective alone: "the Lebanese have suffered enough", "The
Chinese have detained …", "a deal the British should honour", "73 Vietnamese who arrived".

The plural of most nationalities takes an "s" ("the Ukrainians"), which the demonym finder reads;
the adjectives ending in -ese, -sh, -ch and -ss ("Chinese", "British", "French", "Swiss") are their
own plural, so "the Chinese" was read as nothing. After "the", such an adjective names the people
where no noun follows it: a plural verb ("have", "are", "should"), a relative "who", or the clause's
end. "The Chinese is" is the language (a singular verb), "the French, British and German
governments" adjectives of one noun (another adjective follows the comma or "and").
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import Caps, fold

ENDINGS = ("ese", "sh", "ch", "ss")
# A number or a quantity before it counts people: "73 Vietnamese who…", "thousands of Sudanese who…".
COUNTED_RE = re.compile(
    r"(?:\d|\b(?:thousands?|hundreds?|millions?|dozens?|several|many))(?:[^\S\n]+of)?[^\S\n]+$"
)
# What may follow a people's name where it is the subject or the object of a clause.
AFTER_RE = re.compile(
    r"(?:[.;:!?)]|,(?![^\S\n]*(?:and[^\S\n]+)?[A-Z][a-z]+(?:ese|sh|ch|ss|an|ian|i)\b)|[^\S\n]+(?:"
    r"have|are|were|will|would|should|must|can|could|may|might|do|did|had|who|themselves|also|"
    # a verb in the past before its object or complement: "The Vietnamese arrived in Sydney this
    # morning from Darwin" (a release, 1977), "the Chinese captured the city"; not a participle
    # before its noun ("the British armed forces", "the Chinese controlled territory")
    r"(?:[a-z]+ed|said)(?=[^\S\n]*[.,;:!?]|[^\S\n]+(?:in|on|at|from|to|with|for|by|that|the|a|an|this|"
    r"these|their|its|his|her|our|and|over|into|against)\b)|"
    r"and(?![^\S\n]+[A-Z][a-z]+(?:ese|sh|ch|ss|an|ian|i)\b)"
    r")\b)"
)


_PLURALS: dict[int, frozenset[str]] = {}  # id(authority) → its adjectives that are their own plural


def _own_plurals(auth: Authority) -> frozenset[str]:
    """The states' adjectives ending as a plural needs no "s" ("Chinese", "British"), capitalised
    as the text writes them: a set to test each capitalised word against, the cheapest test."""
    found = _PLURALS.get(id(auth))
    if found is None:
        words = (  # not the state's own name ("the Bangladesh government" is no people)
            w.title()
            for w, aid in auth.adjectives.items()
            if auth.types[aid] == "state" and w != fold(auth.names[aid])
        )
        found = _PLURALS[id(auth)] = frozenset(w for w in words if w.isalpha() and w.endswith(ENDINGS))
    return found


def nation_nouns(text: str, auth: Authority, caps: Caps) -> list[Mention]:
    """A state's people named "the <adjective>", one mention each ("the Lebanese"); read from the
    text's capitalised words, which the finders share, not by a search of the whole text."""
    out: list[Mention] = []
    own = _own_plurals(auth)
    for pos, word in caps:
        if word not in own:
            continue
        the = text[pos - 4 : pos] in ("the ", "The ")
        if not the and COUNTED_RE.search(text, max(0, pos - 16), pos) is None:
            continue
        state = auth.adjectives[fold(word)]
        end = pos + len(word)
        if AFTER_RE.match(text, end) is None:
            continue
        start = pos - 4 if the else pos
        out.append(Mention(start, end, f"{word} people", "population", 1, country=state))
    return out
