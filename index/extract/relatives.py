"""People named just before a relative "who": "a story from Bianca Hall, who used freedom of
information", "Radio Azattyk reported that Olesya Khalabuzar, who was convicted …", "Mykhailo
Voitov, who lived on the seventh floor".

Witnesses, journalists and the people a release is about are named once, often without a title,
a "said" or a given name our list knows; a ", who" after two or three capitalised words says the
words name a person (bodies take "which"). Groups take "who" too ("the Greens, who", "Rohingya
Muslims, who"): a word of a body, a people's adjective or a plural ends no person's name.
"""

from __future__ import annotations

import re

from .authority import authority
from .mention import Mention
from .people import AFTER_NAME, NAME, NOT_NAMES, OFFICE_ENDS, TITLE_FIRST, _clean, non_person_words
from .tokens import occurrences

NAME_BEFORE_RE = re.compile(rf"(?<![\w'’.-])((?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,3}})$")
REACH = 60  # characters before the comma searched for the name: more than three name words


def _name_words(found: str, common: frozenset[str]) -> list[str]:
    """The words of a name without the title or sentence words before it ("Director Jane Doe",
    "Secretary-General Ban Ki-moon", "Indeed Jon Stanhope", "Lawyer Tatsiana Lishankova"); an
    ordinary word goes only where two name words stay ("Mark Latham" keeps its "Mark")."""
    words = found.split()
    while words and (words[0] in NOT_NAMES or any(p.rstrip(".") in TITLE_FIRST for p in words[0].split("-"))):
        words.pop(0)
    while len(words) > 2 and words[0].lower() in common:
        words.pop(0)
    return words[-3:]


def who_named(text: str) -> list[Mention]:
    """Each person a ", who" follows, by the two or three name words before it."""
    out: list[Mention] = []
    common = authority().common
    for at, _ in occurrences(text, (", who ",)):
        m = NAME_BEFORE_RE.search(text, max(0, at - REACH), at)
        if m is None:
            continue
        words = _name_words(m.group(1), common)
        if len(words) < 2 or any(w.isupper() for w in words):
            continue  # one word, or letters of a body ("UNHCR officials")
        last = words[-1]
        if last in AFTER_NAME | OFFICE_ENDS or last.lower() in non_person_words() or last.endswith("s"):
            continue  # "the Greens", "Rohingya Muslims", "the Prime Minister": no one's own name
        name = " ".join(words)
        if _clean(name) != name:
            continue  # a people's adjective or a body's word in it ("Sri Lankan Tamils")
        start = text.rindex(words[0], m.start(1), at)
        out.append(Mention(start, at, name, "person", 1))
    return out
