"""Whose "the Government" is in a speech to the UN General Assembly.

A delegate speaks for a state and writes every government with a capital, its own too: "The
Government has embarked upon a programme to provide housing", "the Lusaka Protocol was signed
between the Government and UNITA". Read over speeches of many sessions, a bare "the Government"
is the speaker's own unless the sentence it stands in has named another state first ("In Iraq,
… the Government and the people continue"; "in neighbouring Guinea-Bissau, where the Government
is making preparations"). A state named in an earlier sentence does not carry over: speeches move
from one country to the next and back to their own in a paragraph.

The courtesies of the genre name the state after the government, which the rule "the state named
last" got wrong in four speeches of ten: "On behalf of the Government and people of Namibia",
"our condolences to the Government and friendly people of India", "the Government and delegation
of the Dominican Republic". "The Government of my country" is the speaker's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .tokens import Token, Window

StateAt = Callable[[list[Token], int], "tuple[int, int] | None"]  # → (state, end offset)

# What a government is coupled with before "of" and its state: its people, nation, delegation
PARTNERS = frozenset("people peoples nation delegation".split())
# "the Government of my country", "the Government of our nation": the speaker's own
OWN_OF = frozenset({"my", "our"})
OWN_NOUNS = frozenset({"country", "nation", "State"})
# A sentence ends between the state and the organ: a full stop, question or exclamation mark
# before a space, or a paragraph break
# Mentions that speak of a state in a sentence: not a city or a person in it ("the Lusaka Protocol
# was signed between the Government and UNITA", Angola's own)
STATE_TYPES = frozenset({"state", "government", "population", "armed_force"})
# The organ mark of a government a courtesy names with its people ("the Government and people of
# Namibia"): a friend's, greeted, which no later "the regime" means
GREETED = "greeted"
SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s|\n\s*\n")


def coupled_state(win: Window, n: int, state_at: StateAt, is_state: Callable[[int], bool]) -> int:
    """The state of "the Government and (the) (friendly) people of X", the organ word ending at
    token n - 1; -1 where the words after it are no such couple."""
    toks = win.toks
    if not (win.has(n + 4) and toks[n].text == "and"):
        return -1
    j = n + 1
    if toks[j].text.lower() == "the":
        j += 1
    if win.has(j + 2) and toks[j].text.islower() and toks[j].text not in PARTNERS:
        j += 1  # "the Government and brotherly people of Venezuela"
    if not (win.has(j + 3) and toks[j].text in PARTNERS and toks[j + 1].text == "of"):
        return -1
    j += 2
    if toks[j].text.lower() == "the":
        j += 1
    win.has(j + 4)
    st = state_at(toks, j) if j < len(toks) else None
    return st[0] if st is not None and is_state(st[0]) else -1


def of_own_country(win: Window, n: int) -> bool:
    """Whether "of my country" ("of our nation") follows the organ word ending at token n - 1."""
    toks = win.toks
    return (
        win.has(n + 3)
        and toks[n].text == "of"
        and toks[n + 1].text.lower() in OWN_OF
        and toks[n + 2].text in OWN_NOUNS
    )


def bare(text: str, start: int, end: int) -> bool:
    """Whether the mention is "the Government" itself, with its capital and no word between."""
    return text[start:end].split() in (["the", "Government"], ["The", "Government"])


def whose(text: str, spoken_of: tuple[int, int], pos: int, speaker: int) -> int:
    """The state of a speech's bare "the Government" at `pos`: the state spoken of last where its
    sentence names it before (`spoken_of`: the state and where its name ends), else the speaker's."""
    state, end = spoken_of
    if 0 <= end <= pos and SENTENCE_END_RE.search(text, end, pos) is None:
        return state
    return speaker
