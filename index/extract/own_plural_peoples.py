"""Peoples whose name is its own plural ("the Rohingya", "the Hmong", "Zaghawa, Masalit and Fur")
are also the adjective of their things: "Hmong funeral rites", "the Rohingya crisis", "a Rohingya
teacher", "HMONG GRAVE DESECRATION". A name followed by a noun describes that noun; it names the
people where a verb, a preposition, a relative or the clause's end follows ("the Hmong risked their
lives", "Hmong living in Wisconsin", "Rohingya who fled", "Rohingya in Bangladesh"). A people noun
after it ("Rohingya refugees", "Rohingya witnesses") is a group the population finder names whole.
"""

from __future__ import annotations

import re

from .authority import Authority

# Words after the name that leave it the people: function words and the verbs such groups take.
PEOPLE_AFTER = frozenset(
    """who whom whose which that are were have had has was is will would should must can could may
    might do did does not also still now then already remain remained continue continued live lived
    face faced fear feared flee fled return returned in from to at on of and or as by with for into
    across under over than since after before during among against without within between
    inside outside near like themselves""".split()
)
NEXT_WORD_RE = re.compile(r"[^\S\n]+([A-Za-z]+)\b(?!['’-])")


def own_plural(low: str, auth: Authority) -> bool:
    """Whether the folded word is a people's name that is its own plural ("rohingya", "hmong")."""
    return auth.people.get(low) == low


def describes_a_noun(text: str, name: str, end: int) -> bool:
    """Whether the name ending at `end` is an adjective of the word after it: a lower-case word (an
    upper-case one in a heading written in capitals) that is no verb nor function word."""
    m = NEXT_WORD_RE.match(text, end)
    if m is None:
        return False  # punctuation or the line's end: the clause ends with the people
    word = m.group(1)
    if not (word.islower() or name.isupper() and word.isupper()):
        return False  # "the Hmong Desecration Committee": a name's word, which the name finders read
    low = word.lower()
    return low not in PEOPLE_AFTER and not low.endswith(("ed", "ing", "ly"))  # verbs, adverbs
