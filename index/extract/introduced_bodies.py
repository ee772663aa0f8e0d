"""Organisations introduced by a lower-case noun for what they are: "the Afghan human rights group
Rawadari", "the Israeli rights group Yesh Din", "the investigative collective Bellingcat", "the
opposition movement Les Transformateurs".

Human Rights Watch names local groups so, once, and then by the bare name ("Gisha said…"); no list
holds them and their names have no head word ("Foundation", "Watch") that the organisation finder
reads. The noun says a body's name follows, as "journalist" says a person's does
(introduced_names): the name is one to four capitalised words right after the noun, on its line,
none of them a dictionary name's (the authority file finds those) nor, for a one-word name, an
ordinary word ("the group Friends"). Each later bare occurrence of the name is the same body.
"""

from __future__ import annotations

import re

from . import keywords
from .authority import Authority
from .mention import Mention
from .people import NAME

# Nouns for a body, lower case (an organisation's name with a capital is the organisation finder's);
# not "NGO", which as often begins a name ("the NGO Bureau", "the NGO Working Group on …").
BODY_NOUNS = ("group", "organization", "organisation", "collective", "coalition", "association")
# Words before the noun that make the body an armed group or a party instead of an NGO.
ARMED_WORDS = frozenset(
    "armed insurgent extremist militant jihadist rebel separatist paramilitary terrorist".split()
)
PARTY_WORDS = frozenset("opposition political".split())
# Small words inside a body's name: "Friends of Angola", "Asociación Civil por la Igualdad y la Justicia".
PARTICLES = "of|for|the|de|la|el|al|por|y"
# An Arabic article joined to the next word of the name: "Ahrar al-Sharqiya", "Jaysh al-Islam".
JOINED_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az)-"
# The noun, after a determiner or a lower-case modifier ("rights group", "the NGO"), and the name:
# capitalised words, with the particles of a name between them ("Center for Constitutional Rights").
INTRODUCED_RE = re.compile(
    rf"(?:\b(?:the|a|an)|(?P<kind>[a-z]{{3,}}))[^\S\n]+(?:{'|'.join(BODY_NOUNS)})[^\S\n]+"
    rf"(?P<name>(?:{NAME})(?:[^\S\n]+(?:(?:{PARTICLES})[^\S\n]+){{0,2}}(?:{JOINED_ARTICLE})?(?:{NAME})){{0,4}})"
    r"(?![\w-]|['’](?![sS]\b))"
)
NOUN_KEYS = tuple(f" {noun} " for noun in BODY_NOUNS)
MAX_REPEATS = 50  # a name named more often than this in one text is an ordinary word after all


def introduced(text: str, auth: Authority) -> list[Mention]:
    """Each body named right after a lower-case noun for one, and the name's later occurrences."""
    where = keywords.index(text, NOUN_KEYS)
    hits = sorted(at for key in NOUN_KEYS for at in where.get(key, ()))
    out: list[Mention] = []
    names: dict[str, str] = {}
    for at in hits:
        m = INTRODUCED_RE.match(text, _modifier_start(text, at))
        if m is None:
            continue
        name = m.group("name")
        if not _new_name(name, auth):
            continue
        kind = (m.group("kind") or "").lower()
        names.setdefault(name, _kind(kind, _words_before(text, m.start())))
    for name, kind in names.items():
        found = [
            Mention(s.start(), s.end(), name, kind, 1)
            for s in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
        ]
        if len(found) <= MAX_REPEATS:
            out += found
    return out


def _kind(modifier: str, earlier: list[str]) -> str:
    """The type the word before the noun gives the body: "armed group", "opposition movement".
    An armed word further back arms the whole phrase: "armed Syrian opposition group" is no party."""
    if modifier in ARMED_WORDS or any(word in ARMED_WORDS for word in earlier):
        return "armed_group"
    return "party" if modifier in PARTY_WORDS else "ngo"


def _words_before(text: str, start: int) -> list[str]:
    """The two words before the modifier starting at `start`, on its line, lower case."""
    line = text.rfind("\n", 0, start) + 1
    return text[max(line, start - 40) : start].lower().split()[-2:]


def _modifier_start(text: str, at: int) -> int:
    """Where the word before the noun at `at` (its space) begins."""
    return text.rfind(" ", 0, at) + 1 if at > 0 else 0


def _new_name(name: str, auth: Authority) -> bool:
    """A name the authority file does not already find, and no ordinary word alone ("Friends")."""
    if name in auth.by_name:
        return False
    return " " in name or name.lower() not in auth.common
