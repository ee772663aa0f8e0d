"""A state's partners named by its possessive: "Kazakhstan’s international partners should …",
"Israel’s allies", "Vietnam’s international donors".

Human Rights Watch closes many releases by asking the states that deal with the one it reports on
to press it. The annotation marks the phrase as one actor of type `other` (as "the international
community", "Israel’s allies" in `tune/`), the state's name inside it. Alone, the state's name
took the mention: the reader saw the reported state asked to act where the text asks the others.
Found from the noun back to the possessive: the word before it must be a state's own name
(`state_offices.state_before`), so "Maduro’s international allies" (a person's) is left alone.
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .state_offices import state_before
from .tokens import occurrences

NOUNS = ("partners", "allies", "donors")
# What the text says of the partners between the possessive and the noun, at most two words
# ("international", "Western", "key bilateral"): not kept in the name, so that "Kazakhstan’s
# partners" and "Kazakhstan’s international partners" are one actor. Words of a clause ("Israel’s
# government and allies") or a thing ("Russia’s war allies") are not among them.
DESCRIBED = (
    r"(?:(?:international|foreign|western|Western|European|key|main|major|close|closest|"
    r"traditional|regional|global|bilateral|strategic|military|security|trading|development)[^\S\n]+){0,2}"
)
POSSESSIVE_RES = tuple(re.compile(rf"{q}s[^\S\n]+{DESCRIBED}\Z") for q in "’'")
REACH = 50  # characters before the noun: the possessive and two describing words fit


def state_partners(text: str, auth: Authority, own: int = -1) -> list[Mention]:
    """One `other` mention for each "<State>’s [described] partners|allies|donors", from the
    state's name to the noun, named "Partners of <State>" (the noun's own word). Not the speaking
    state's own (`own`): "Iran’s partners" in Iran's speech are its "our partners", whom the
    annotation of the speech leaves unmarked, the state's name marked alone."""
    out: list[Mention] = []
    if not has_any(text, NOUNS):
        return out  # most statements
    for pos, noun in occurrences(text, NOUNS):
        end = pos + len(noun)
        if (pos > 0 and text[pos - 1].isalnum()) or text[end : end + 1].isalnum():
            continue  # part of another word ("copartners")
        possessive = _possessive_before(text, pos)
        if possessive < 0:
            continue
        state = state_before(text, possessive, auth)
        if state is None:
            continue
        start, name = state
        if own >= 0 and auth.by_name.get(name, -1) == own:
            continue
        out.append(Mention(start, end, f"{noun.title()} of {name}", "other", 1))
    return out


def _possessive_before(text: str, pos: int) -> int:
    """Where the possessive ending ("’s") before the noun at `pos` begins, or -1."""
    for rx in POSSESSIVE_RES:
        m = rx.search(text, max(0, pos - REACH), pos)
        if m is not None:
            return m.start()
    return -1
