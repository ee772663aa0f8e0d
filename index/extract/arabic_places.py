"""Villages, valleys and crossings named the Arabic way, by a word for what the place is and its
own name: "Khirbet Zanuta", "Wadi al-Seeq", "Deir al-Balah", "Deir ez-Zor", "Beit Hanoun",
"Kafr Kila", "the Bab al-Hawa crossing".

Reports on the West Bank, Gaza, Lebanon and Syria name the hamlet an attack or a displacement
happened in, and no dictionary lists it; the name's first word says what it is ("khirbet" a ruin,
"wadi" a valley, "deir" a monastery, "beit" a house, "kafr" a village, "bab" a gate), as "the
village of …" does in English (place_phrases.py). Words that are as often a person's (a
"Khan", a "Tal", an "Ein" of German) or an ordinary word ("Ras", "Bir") name a place only with
the article of an Arabic name after them ("Khan al-Assal", "Tal al-Hawa", "Ras al-Ain").
The name is one word, maybe joined by a hyphen: a capitalised word after it makes a longer name
("Kfar Shouba Hills", "the Bab al-Agha Bakeries", "Aga Khan University"), and one before it a
person's ("Imran Khan Niazi").
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import fold, occurrences

# Words that make a place of the name after them wherever they stand.
PLACE_WORDS = ("Khirbet ", "Khirbat ", "Wadi ", "Deir ", "Dayr ", "Kafr ", "Kfar ", "Beit ", "Bayt ")
# Words that do only before an Arabic article ("Khan al-Assal", not "Khan Academy").
ARTICLE_WORDS = (
    "Khan ",
    "Bab ",
    "Tal ",
    "Tell ",
    "Ein ",
    "Ain ",
    "Ras ",
    "Bir ",
    "Jabal ",
    "Jebel ",
    "Jisr ",
)
ARTICLE = r"(?:[Aa]l|[Ee]l|ez|es|as|ad|ar|an|ash|at|az|ed|ul|um|ur)(?:-|[^\S\n]+)"
NAME_RE = re.compile(
    rf"(?P<word>[A-Z][a-z]+)[^\S\n]+(?P<article>{ARTICLE})?"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])(?![^\S\n][A-Z])"
)
CAPITALISED_BEFORE_RE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*)[^\S\n]+$")
# Prepositions of place: after one, a word of ARTICLE_WORDS begins a place's name without the article.
PLACE_BEFORE_RE = re.compile(r"(?<![\w’'-])(?:in|near|from|outside|around|of|into|through|across)[^\S\n]+$")
# Capitalised words a place's name may follow: a sentence's or a heading's first word.
OPENERS = frozenset("In At From To Near Of The And On Outside Inside Around".split())


def arabic_places(text: str, auth: Authority) -> list[Mention]:
    """Each "<place word> <name>" the text writes, as a place."""
    if not has_any(text, PLACE_WORDS + ARTICLE_WORDS):
        return []  # most statements
    out: list[Mention] = []
    for at, word in occurrences(text, PLACE_WORDS + ARTICLE_WORDS):
        if at and (text[at - 1].isalnum() or text[at - 1] in "’'-"):
            continue  # inside a longer word ("Abdeir …")
        m = NAME_RE.match(text, at)
        if m is None or (m.group("article") is None and (_bare_person(text, at, word) or _ordinary(m, auth))):
            continue
        before = CAPITALISED_BEFORE_RE.search(text, max(0, at - 30), at)
        if before is not None and before.group(1) not in OPENERS:
            continue  # "Imran Khan …", "Aga Khan …": a longer name's part
        name = " ".join(m.group().split())
        known = auth.by_name.get(name, -1)
        if known >= 0 and auth.types[known] != "place":
            continue  # the dictionary's actor of another kind
        out.append(Mention(m.start(), m.end(), auth.names[known] if known >= 0 else name, "place", 2))
    return out


def _bare_person(text: str, at: int, word: str) -> bool:
    """Whether a word that may be a person's ("Khan") begins no place though no article follows it:
    only a preposition of place before it makes "in Khan Younis", "near Tal Abyad" a place's name
    ("Khan Academy", "Sadiq Khan" are not)."""
    return word in ARTICLE_WORDS and PLACE_BEFORE_RE.search(text, max(0, at - 12), at) is None


def _ordinary(m: re.Match[str], auth: Authority) -> bool:
    """Whether the name without an article is an ordinary word or a people's ("Beit Jewish …")."""
    low = fold(m.group("name"))
    return low in auth.common or low in auth.adjectives
