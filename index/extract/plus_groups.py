"""Groupings of states named as a group "plus" others: "the P5+1" (the Security Council's five
permanent members and Germany), "the C5+1" (the five Central Asian states and the United States),
"the E3+3", "the GCC+3", "ASEAN+3", "the G8+5".

The dictionary knows at most the group before the plus ("GCC", "ASEAN") and reads the name as that
body, or finds nothing ("P5+1", "C5+1"); the name is one grouping of states of its own, which talks
and signs as such ("Joint Statement of the C5+1 on …", "We urge the P5+1 and Iran to …").
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention

# An acronym (capitals and digits: "P5", "C5", "E3", "GCC", "ASEAN", "G8"), a plus, one digit; a
# space around the plus allowed ("GCC + 3"), no line break.
PLUS_RE = re.compile(r"\b(?P<group>[A-Z][A-Z\d]{1,5})[^\S\n]?\+[^\S\n]?(?P<more>\d)(?![\w+])")
# A group named by its count, a letter and a digit: "P5" (permanent five), "E3", "C5", "G8", "A3".
COUNTED_RE = re.compile(r"[A-Z]\d")


def plus_groups(text: str, auth: Authority) -> list[Mention]:
    """Each grouping of states named "X+N", one igo named without spaces ("GCC + 3" → "GCC+3")."""
    out: list[Mention] = []
    if "+" not in text:
        return out  # nearly every statement
    for m in PLUS_RE.finditer(text):
        if not _group(m.group("group"), auth):
            continue  # "(GMT +2)" a time zone, "the Mauritius Strategy +5 Review (MSI+5)" a review
        out.append(Mention(m.start(), m.end(), f"{m.group('group')}+{m.group('more')}", "igo", 3))
    return out


def _group(word: str, auth: Authority) -> bool:
    """Whether the word before the plus names a group of states: a count ("P5") or an
    intergovernmental body the authority file knows ("GCC", "ASEAN", "EU")."""
    if COUNTED_RE.fullmatch(word):
        return True
    return any(auth.types[a.actor] == "igo" for a in auth.index.get(word.lower(), ()))
