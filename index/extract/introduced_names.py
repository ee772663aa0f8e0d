"""People introduced by a lower-case noun for what they are: "journalist Daniel Pearl", "former
Bosnian Serb soldier Dalibor Krstović", "RTV editor and journalist Alban Selimi’s garage", "an
Icelandic sculptor, Asmundur Sveinsson".

News releases and speeches name a person so once, with no title, no "said" and often a given name
no list holds; the noun says a person's name follows, as a title does. Read from the capitalised
words: the word before the name must be a noun for a person (the authority's, or a profession or
kin word), in lower case, right before the name or before a comma; the name is two or three
capitalised words, none an ordinary word, a thing's word ("Bank", "Health") or a dictionary
name's ("a lawyer Human Rights Watch interviewed", "a woman Abu Dhabi deported" stay apart).
"""

from __future__ import annotations

import re

from . import keywords
from .authority import Authority
from .mention import Mention
from .people import NAME, NOT_NAMES, TITLE_FIRST, non_person_words
from .tokens import Caps, fold

# Nouns for what a person does or is to someone, beyond the authority's person nouns (which name
# groups: "journalists", "lawyers"), that introduce one person's name.
ROLES = frozenset(
    """soldier sculptor editor poet artist painter photographer photojournalist filmmaker rapper singer
    musician novelist author businessman businesswoman commander officer politician researcher
    presenter anchor actor actress producer colleague son daughter wife husband brother sister father
    cousin nephew niece uncle aunt friend leader candidate spokesman spokeswoman spokesperson
    director founder chairman chairwoman coordinator lecturer pastor bishop sheikh mullah""".split()
)
# The name after the noun: two or three name words on its line, one space apart or a comma before.
NAMED_RE = re.compile(rf"((?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,2}})(?![\w-]|['’](?![sS]\b))")
# per authority: ROLES and its person nouns, each with the space or comma before a name
_KEYS: dict[int, frozenset[str]] = {}


def introduced(text: str, auth: Authority, caps: Caps) -> list[Mention]:
    """Each name of two or three words right after a lower-case noun for a person."""
    keys = _KEYS.get(id(auth))
    if keys is None:
        roles = ROLES | frozenset(auth.people.values())
        keys = _KEYS[id(auth)] = frozenset(f"{w}{gap}" for w in roles for gap in (" ", ", "))
    # from each noun (the document's one keyword pass), not from each capital: most capitals follow
    # no such noun; read from the words the pass found, not by looking up each of the nouns
    where = keywords.index(text, keys)
    hits = sorted((at, key) for key in keys.intersection(where) for at in where[key])
    if not hits:
        return []
    things = non_person_words()
    out: list[Mention] = []
    end = 0
    for at, key in hits:
        pos = at + len(key)
        if pos <= end or not text[pos : pos + 1].isupper() or at and text[at - 1].isalpha():
            continue  # "German ": no "man" before a name
        m = NAMED_RE.match(text, pos)
        if m is None:
            continue
        words = m.group(1).split()
        # a known given name lets a surname be a thing's word too ("Daniel Pearl", "Ann Bank")
        surname_things = frozenset() if words[0] in auth.given_names else things
        if not all(_name_word(w, auth, things) for w in words[:-1]) or m.group(1) in auth.by_name:
            continue
        if not _name_word(words[-1], auth, surname_things):
            continue
        end = m.end()
        out.append(Mention(pos, end, " ".join(words), "person", 1))
    return out


def _name_word(word: str, auth: Authority, things: frozenset[str]) -> bool:
    """A word that can be part of a person's name: no ordinary, thing's or dictionary word, nor a
    title's ("leader, Major-General Habyarimana Juvenal": the title finder reads that one)."""
    if word in NOT_NAMES or word.isupper() or word.endswith(".") or word.split("-")[0] in TITLE_FIRST:
        return False
    low = fold(word)
    return low not in auth.common and low not in things and word not in auth.by_name
