"""Pronouns that name people by what is said of them after: "We call on those closest to Putin to
cease …", "We encourage anyone with information on [a wanted man] to text Rewards for Justice …"
(State Department), "I encourage all those who are eligible to take the same step" (an Australian
release), "Those close to Damascus and those close to the Syrian opposition must …", "appeal to all
those here", "a balanced approach from those in authority" (UN speeches).

The sets mark each such phrase as the one asked (a phrase, no actor). "those" or "anyone" alone
names no one; "those" before a noun ("those countries with the closest ties to Burma") is judged
by its noun, as any noun phrase is. What may follow the pronoun is a relative ("those who …",
"those that have not"), a preposition ("those in authority", "anyone with information"), a
participle ("those protesting", "all those concerned with peace"), or one of the few adjectives
and adverbs that place people ("those closest to", "all those here").
"""

from __future__ import annotations

import re

# The pronoun, perhaps after "all (of)", and the word after it.
PRONOUN_RE = re.compile(r"(?:all\s+(?:of\s+)?)?(?:those|anyone|anybody)\s+(?P<next>[a-z]+)\b", re.I)
# Words after the pronoun that say who is meant (lower case only: "those Governments" is a noun's).
# Not "responsible": "those responsible" are almost always the ones justice is to reach, the subject
# of what befalls them ("Those responsible for aggression … must face justice", "we call for those
# responsible to be held accountable"), where the sets mark no one asked.
QUALIFIERS = frozenset(
    """who that of in with at on from among within inside outside across throughout under
    close closest closer near nearest here there concerned elected involved""".split()
)
# Participles that are no qualifier of people: "those being", "anyone having" say nothing of whom.
EMPTY_PARTICIPLES = frozenset({"being", "having"})


def names_people(phrase: str) -> bool:
    """Whether a phrase begins with "those", "all those" or "anyone" qualified by what follows, so
    that it names the people it qualifies: "those closest to Putin", "anyone with information on
    …", "all those here"; not "those" or "anyone" alone, nor "those measures"."""
    m = PRONOUN_RE.match(phrase.strip())
    if m is None:
        return False
    word = m["next"]
    if not word.islower():
        return False
    return word in QUALIFIERS or (word.endswith("ing") and len(word) > 4 and word not in EMPTY_PARTICIPLES)
