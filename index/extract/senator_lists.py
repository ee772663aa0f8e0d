"""Senators named by the bare surname in a list with a colleague: "Obama, Brownback, Durbin, and
DeWine Introduce Comprehensive Legislation on the Congo", scraped as "Obama  Brownback  Durbin  and
DeWine …", and "Schumer  Collins  Bayh  Chambliss  Smith  Brownback …".

A release names its senator's co-sponsors so in its headline and its lists, often never in full:
the finders of people need a title, a given name or a cue, and a bare "Brownback" has none. The list
says what the words are: a run of three or more capitalised single words (commas, "and", or the
double spaces of a scrape that lost its commas between them) in which a person already found stands
by his surname and every other word is the surname of one U.S. senator of the time (the authority's
list). Each such word is that senator, named in full (a surname two senators shared, "Nelson",
stays unnamed); so is every other bare occurrence of his
surname in the release ("… with some of the Senate s leading voices  Brownback  Durbin  DeWine").
Only in Senate releases: elsewhere "Smith" or "Reed" in a list is anyone.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import fold

WORD = r"[A-Z][a-z]*[A-Z]?[a-z]+"  # "Brownback", "DeWine", "McCain"
SEP = r"(?:[^\S\n]*,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]{2,}(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+)"
LIST_RE = re.compile(rf"(?<![\w’'-]){WORD}(?:{SEP}{WORD}){{2,}}(?![\w’'-])")
WORD_RE = re.compile(WORD)
LEAST = 3  # words in a list: "Obama and Brownback" may be anything's two names


def senator_lists(text: str, auth: Authority, found: list[Mention]) -> list[Mention]:
    """The senators a Senate release names by the bare surname in a list with a found colleague,
    and the other bare occurrences of their surnames."""
    people = {(m.start, m.end) for m in found if m.type == "person"}
    taken = bytearray(len(text) + 1)
    for m in found:
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    named: dict[str, str] = {}  # surname -> the senator's full name
    for run in LIST_RE.finditer(text):
        words = [(w.start(), w.end(), w.group()) for w in WORD_RE.finditer(text, run.start(), run.end())]
        words = [w for w in words if w[2] != "and"]
        if len(words) < LEAST or not any((a, b) in people for a, b, _ in words):
            continue
        rest = [w for a, b, w in words if (a, b) not in people]
        if all(auth.legislators.get(fold(w)) for w in rest):
            # a surname two senators shared ("Nelson") stays unnamed: which one the list means is unsaid
            named.update({w: n for w in rest if (n := _senator(auth, w))})
    out: list[Mention] = []
    for surname, name in named.items():
        for bare in re.finditer(rf"(?<![\w’'-]){re.escape(surname)}(?![\w’'-])", text):
            if taken.find(1, bare.start(), bare.end()) == -1:
                out.append(Mention(bare.start(), bare.end(), name, "person", rank=2))
    return out


def _senator(auth: Authority, word: str) -> str | None:
    """The one senator whose surname `word` is, if one."""
    names = auth.legislators.get(fold(word), [])
    return names[0] if len(names) == 1 else None
