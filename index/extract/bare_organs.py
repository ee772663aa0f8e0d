""" "Authorities" and "police" with no determiner: "with authorities targeting minorities",
"urged authorities to investigate", "In September, police shot and killed a labor leader".

News and rights reports name a state's executive and its police this way as often as with "the"
("the authorities"), and a reader marks them alike: the organ of the state the text is about
(organs.resolve finds which). Without a determiner the word is as often part of something else,
so the phrase must stand on its own on both sides:
- before it, no describing word ("judicial authorities", "Houthi authorities", "prison police" are
  other bodies, or named ones composed elsewhere), only punctuation, a preposition, a conjunction
  or a verb of asking ("urged authorities to …"), pressing or granting ("rally legislators to
  approve", "give authorities the power"), or before the members of a legislature a participle
  ("forcing legislators to seek shelter");
- after it, no noun it modifies ("police officers", "police brutality", "authorities' response"):
  for "police", which is so often a modifier, only what follows a subject or ends a phrase — an
  auxiliary, a preposition, a verb in the past ("police arrived", "police shot"), an adverb
  ("police reportedly killed"), punctuation.
"""

from __future__ import annotations

import re

from .tokens import word_before

BARE_WORDS = ("authorities", "police", "lawmakers", "legislators", "MPs", "parliament")
# Words that are rarely a modifier: any word after them but a noun they modify will do.
NOUN_ONLY = ("authorities", "lawmakers", "legislators", "MPs", "parliament")
# The members of a legislature: "legislators in the Kurdistan Region" are some of them.
MEMBERS = ("lawmakers", "legislators", "MPs")
# Words a bare organ word may follow: it begins a noun phrase of its own after them.
BEFORE = frozenset(
    """with by to from for on against between among and or but that when while where as after
    before since until because if although though whom urged asked called pressed told allowed
    forced warned informed notified alerted encouraged requested""".split()
)
# Nouns a bare organ word modifies (besides organs.COMPOUND_HEADS): then it names no body.
MODIFIED = frozenset(
    """brutality state states training capacity responsibility force forces violence abuse abuses
    raid raids unit units car cars cell cells station stations powers presence reform reforms
    misconduct accountability van vans post posts academy custody member members building buildings
    session sessions seat seats election elections speaker house vote votes majority hearing
    hearings""".split()
)
# What follows a subject, or ends a phrase: "police have", "police in Lagos", "police reportedly".
AFTER_SUBJECT = frozenset(
    """has have had is are was were will would should must can could may might did do does and or
    to in at on from for with without who which that also then later still often""".split()
)
# Past tenses without "-ed" that police are reported doing.
IRREGULAR_PAST = frozenset(
    "shot beat held took broke began kept went came told found fought hit threw led sent".split()
)
# Verbs of pressing or granting whose object a noun-only organ word is: "rally legislators",
# "give authorities the power"
PRESSING = frozenset(
    """urge urges ask asks call calls rally rallied engage engages press persuade persuaded lobby
    lobbied convince convinced give gives gave grant grants granted let lets urging asking
    pressing forcing allowing holding""".split()
)
# Words in "-ing" that are no verb, or after which the organ word names some, not the body
NOT_VERBS = frozenset("nothing something anything everything including concerning regarding".split())
NEXT_RE = re.compile(r"[^\S\n]*([A-Za-z]+)?")
TWO_WORDS_RE = re.compile(r"[^\S\n]+([A-Za-z]+)(?:[^\S\n]+([A-Za-z]+))?")


def bare_at(text: str, start: int, end: int, compound_heads: frozenset[str]) -> bool:
    """Whether the organ word at start–end, written with no determiner, names the organ itself."""
    capitalised = text[start : start + 1].isupper() and not text.startswith("MPs", start)
    if not text.startswith(BARE_WORDS, start) or capitalised:
        return False  # capitalised words are looked at as names (organs.organ_at)
    prev = word_before(text, start)
    if prev and prev.lower() not in BEFORE and not _verb_before(prev, text, start):
        return False
    if text[end : end + 1] in ("’", "'"):
        return False  # "police’s", "authorities' decision": a possessive, read as a modifier
    after = NEXT_RE.match(text, end)
    word = after.group(1) if after is not None else None
    if after is None or word is None:
        return True  # punctuation or a line's end
    low = word.lower()
    if low in compound_heads or low in MODIFIED:
        return False
    if low in ("and", "or") and _modifies(text, after.end(), compound_heads):
        return False  # "police and military personnel": both words modify the noun after them
    if text.startswith(MEMBERS, start) and low in ("in", "from", "of"):
        return False  # "legislators in the Kurdistan Region": some members, of some body
    if text.startswith(NOUN_ONLY, start):
        return True
    if word[:1].isupper():
        return False  # "police Chief Smith", a heading in title case
    return low in AFTER_SUBJECT or low.endswith(("ed", "ly")) or low in IRREGULAR_PAST


def _verb_before(prev: str, text: str, start: int) -> bool:
    """Whether the word before a noun-only organ word is a verb it is the object of: "forcing
    legislators to seek shelter", "rally legislators to approve", "engage lawmakers"; a
    verb of pressing or granting, or before lawmakers a participle ("police", so often a modifier,
    not)."""
    if not text.startswith(NOUN_ONLY, start) or not prev.islower():
        return False
    if prev in PRESSING:
        return True
    # "-ing" before "authorities" is as often an adjective ("governing", "housing", "prosecuting
    # authorities"): a verb only before the members of a legislature
    members = text.startswith(MEMBERS, start)
    return members and prev.endswith("ing") and len(prev) > 5 and prev not in NOT_VERBS


def _modifies(text: str, pos: int, compound_heads: frozenset[str]) -> bool:
    """Whether one of the two words after `pos` is a noun an organ word modifies."""
    m = TWO_WORDS_RE.match(text, pos)
    return m is not None and any(w is not None and w.lower() in compound_heads | MODIFIED for w in m.groups())
