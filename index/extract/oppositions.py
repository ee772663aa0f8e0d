"""A state's opposition named by a common noun: "the Syrian opposition", "our support for the
Syrian opposition", "a crackdown on the opposition".

In a statement about a civil war "the Syrian opposition" is the side that fights the government,
which the annotation marks as an armed group, as it marks "the moderate opposition" (anaphora.py).
Elsewhere "the opposition" is a country's political opposition, a party's role. What tells them
apart is the text's own words: a war's statement names armed groups ("jihadist groups", "the
rebels", "armed groups") before or after; a statement on an election names none. Only the
lower-case word: "the Opposition" is a parliament's (organs.py). "The opposition" alone is that
side only after the text named it with its state ("the Syrian opposition … the opposition"): with
no state named the word is as often a political opposition in the same war's statements.

In a statement naming no armed group "the opposition" is that political opposition, marked as a
party as "the Opposition" of a parliament is. Not where the text names it with its state: "the
Syrian opposition" of a UN speech naming no armed group is as often the armed side.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import fold

# "the Syrian opposition", "the opposition"; not "the opposition leader", "the opposition Move
# Forward Party", "opposition groups" (which the next word says).
# Read back from each "opposition" (a literal the search skips to): a pattern beginning with "the"
# was tried at every "the" of every statement that names an opposition.
OPPOSITION_RE = re.compile(r"\b[Tt]he[^\S\n]+(?:(?P<adj>[A-Z][a-z]+)[^\S\n]+)?opposition\Z")
WORD = "opposition"
NEXT_WORD_RE = re.compile(r"[^\S\n]*([A-Za-z]+)?")
# Nouns "opposition" modifies: then it names no side but a person, a party or some of its members;
# prepositions after which it is an objection.
MODIFIED = frozenset(
    """party parties leader leaders member members figure figures candidate candidates lawmakers
    politicians coalition group groups movement activists supporters forces fighters bloc
    platform alliance front camp lawmaker politician activist supporter""".split()
) | {"to", "of", "against"}  # "the French opposition to it": an objection, no side


def oppositions(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """ "The Syrian opposition" where the text names armed groups, and "the opposition" after it;
    elsewhere "the opposition", "the Venezuelan opposition" as a party: a country's political
    opposition, which parliaments write "the Opposition" (organs.py) and reports in lower case
    ("a crackdown on the opposition", "dialogue between the opposition and the Maduro regime")."""
    if not has_any(text, ("opposition",)):
        return []  # nearly every statement
    if any(m.type == "armed_group" for m in chosen):
        return _sides(text, list(_phrases(text)), auth, "armed_group", "")
    found = list(_phrases(text))
    if any(m.group("adj") is not None for m in found):
        return []  # "the Syrian opposition" with no armed group named: a war's side or a party
    return _sides(text, found, auth, "party", "Opposition")


def _phrases(text: str) -> Iterator[re.Match[str]]:
    """Each "the (Adj) opposition" in the text."""
    at = text.find(WORD)
    while at >= 0:
        end = at + len(WORD)
        m = OPPOSITION_RE.search(text, max(0, at - 30), end)
        if m is not None and not text[end : end + 1].isalnum():
            yield m
        at = text.find(WORD, end)


def _sides(text: str, found: list[re.Match[str]], auth: Authority, kind: str, unnamed: str) -> list[Mention]:
    """Each "the (Adj) opposition" that names a side, of `kind`; "the opposition" with no state's
    adjective before it is the side named so last, else `unnamed` (or none)."""
    out: list[Mention] = []
    named = unnamed
    for m in found:
        after = NEXT_WORD_RE.match(text, m.end())
        word = after.group(1) if after is not None else None
        if word is not None and (word.lower() in MODIFIED or word[:1].isupper()):
            continue
        adj = m.group("adj")
        if adj is not None:
            aid = auth.adjectives.get(fold(adj), -1)
            if aid < 0 or auth.types[aid] != "state" or adj == auth.names[aid]:
                continue  # "the Labor opposition", "the Syria opposition": no state's adjective
            named = f"{adj} opposition"
        elif not named:
            continue
        out.append(Mention(m.start(), m.end(), named, kind, 1))
    return out


# Who sat as the Opposition in Australia's federal parliament, from the day each government took
# office. An Australian release's "the Opposition" is that party, as the annotations mark it
# ("ALP" … "the Opposition" in a 2002 Democrats release); the Coalition's parties sit together.
AUSTRALIAN_OPPOSITIONS = (
    ("1949-12-19", "Australian Labor Party"),
    ("1972-12-05", "Liberal–National Coalition"),
    ("1975-11-11", "Australian Labor Party"),
    ("1983-03-11", "Liberal–National Coalition"),
    ("1996-03-11", "Australian Labor Party"),
    ("2007-12-03", "Liberal–National Coalition"),
    ("2013-09-18", "Australian Labor Party"),
    ("2022-05-23", "Liberal–National Coalition"),
)
OPPOSITION = "Opposition"  # the name organs.py and this module give the party of that role


# What before "Opposition" makes it another day's or the role itself: "the then Opposition", "the
# Abbott Opposition" and "the Liberal Opposition" (a leader or party named), "the Liberals in
# Opposition", "from Opposition" (the role, whoever holds it).
OTHER_OPPOSITION_RE = re.compile(r"(?:\b(?:then|in|from)|[A-Z][a-z]+(?<!The)(?<!Federal))[^\S\n]+\Z")


def name_australian_opposition(text: str, found: list[Mention], date: str, auth: Authority) -> None:
    """Name "the Opposition" of an Australian release dated `date` (ISO) as the party that sat as
    the Opposition that day, so that it is one actor with the party the release names."""
    party = next((p for since, p in reversed(AUSTRALIAN_OPPOSITIONS) if since <= date), "")
    aid = auth.by_name.get(party, -1)
    if aid < 0:
        return
    for m in found:
        if m.type == "party" and m.name == OPPOSITION and not _other_opposition(text, m):
            m.name, m.aid = auth.names[aid], aid


def _other_opposition(text: str, m: Mention) -> bool:
    """Whether the words before the mention's "Opposition", its own ("the then Opposition") or
    the text's, make it another day's Opposition or the role."""
    word = text.lower().rfind(WORD, m.start, m.end)
    at = word if word >= 0 else m.start
    return OTHER_OPPOSITION_RE.search(text, max(0, at - 20), at) is not None
