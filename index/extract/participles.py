"""Groups of people set apart by what is done to them, said after the noun: "people being
detained", "women being prevented from traveling", "civilians being held".

A bare "people" or "journalists" is a generic noun the annotation does not mark; a participle
after it delimits the group as a describing word before it does ("detained people"). The
participle must follow the noun directly, and the group's span takes in at most four words
after it, up to a clause's own words ("to", "that", "who", a verb's auxiliary) or punctuation.
"""

from __future__ import annotations

import re

# Nouns whose group a participle delimits; "officials", "members" and "others" are a body's or
# anyone's ("officials visiting the site").
HEADS = frozenset(
    """people persons children women men girls boys families workers journalists activists
    students protesters farmers migrants residents civilians prisoners detainees refugees""".split()
)
# Words that end the group's span: a clause's own words after the participle's phrase.
STOPS = frozenset(
    """and or but that which who whom whose to is are was were be been have has had will would
    should must can could may might do does did as than if when while because said says""".split()
)
# Only what is done to them ("being detained", "being held"): an active participle ("people
# living in refugee camps", "people buying things online", "people smuggling") is as often a
# generic group or a compound noun, which the annotation does not mark.
PARTICIPLE_RE = re.compile(r"[^\S\n]+(being[^\S\n]+[a-z]+(?:ed|en)\b)")
WORD_RE = re.compile(r"[^\S\n]+([a-z’'-]+)\b")
MOST_AFTER = 4
# Words a phrase cannot end on.
OPEN = frozenset(
    "the a an in on of with at from for by into their its his her our your this these those".split()
)


def participle_end(text: str, end: int, low: str) -> int:
    """Where a participle phrase after the noun ending at `end` ends, or -1 if none follows."""
    if low not in HEADS:
        return -1
    m = PARTICIPLE_RE.match(text, end)
    if m is None:
        return -1
    ends = [(m.end(), "")]
    for _ in range(MOST_AFTER):
        w = WORD_RE.match(text, ends[-1][0])
        if w is None or w.group(1) in STOPS:
            break
        ends.append((w.end(), w.group(1)))
    while ends[-1][1] in OPEN:
        ends.pop()  # "people living in the occupied …": not mid-phrase
    return ends[-1][0]
