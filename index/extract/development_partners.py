"""The states and agencies that fund a country's development, named as a group: "we appeal to our
development partners to fulfil their commitments", "with the assistance of development partners",
"the United Nations and our development partners".

UN General Debate speeches, the poorer states' above all, name them so and ask them to act. The
annotation marks each naming as one actor of type `other` (`un-tune10/`, `un-tune13/`: "our
development partners", "development partners"), one actor however the speech words it. No finder
read the phrase, so the appeals to the partners had no target. Not another's partners ("its
development partners", "their development partners": whose the pronoun says, not the speaker's),
nor a state's possessive ("Nauru's development partners", `state_partners.py`), nor a role ("women … as
equal development partners"), nor the words in or before a meeting's name ("the Conference of
Development Partners", "the Development Partners Forum", "a development partners meeting").
"""

from __future__ import annotations

import re

from .mention import Mention

NAME = "Development partners"
# The words, over a wrapped line; not "development partnerships", nor "development partners'
# conference" (a possessive: the meeting's), nor a name or a meeting going on after them. The
# pattern begins with a literal word (its "D" read behind) so the regex engine skips to each one.
PARTNERS_RE = re.compile(
    r"(?<=\b[Dd])evelopment[^\S\n]*\n?[^\S\n]*[Pp]artners\b(?![’']|[^\S\n]+(?:[A-Z]|meeting|conference|"
    r"round|forum|group|dialogue|consultation|coordination|platform))"
)
# What begins the group's mention before the words: its determiner ("our", "the", "all", "other")
# and at most three words describing the partners ("our bilateral and multilateral", "all our
# international"), kept in the span as the annotation keeps "our".
DESCRIBED = (
    r"(?:(?:international|bilateral|multilateral|traditional|external|major|main|key|valued|various|"
    r"global|new|and)[^\S\n]*\n?[^\S\n]*){0,3}"
)
OPENER_RE = re.compile(
    rf"\b(?:(?:[Aa]ll[^\S\n]+)?(?:[Oo]ur|[Tt]he)|[Aa]ll|[Oo]ther)[^\S\n]*\n?[^\S\n]*{DESCRIBED}\Z"
)
# Another's partners: the pronoun's or a possessive's, left alone.
OWNED_RE = re.compile(rf"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)|[’']s?)[^\S\n]*\n?[^\S\n]*{DESCRIBED}\Z")
# A role, not the group: "our women and girls … as equal development partners"; not "as well as".
ROLE_RE = re.compile(r"(?:(?<!well )\bas|\bequal)\s+\Z")
# "the Conference of Development Partners": the words inside a meeting's name.
NAME_BEFORE_RE = re.compile(r"[A-Z][A-Za-z]*[^\S\n]+(?:of|for|on|with)[^\S\n]+(?:the[^\S\n]+)?\Z")
REACH = 60  # characters before the words: a determiner and three describing words fit


def development_partners(text: str) -> list[Mention]:
    """One `other` mention for each naming of a country's development partners, named alike so they
    group as one actor."""
    out: list[Mention] = []
    if "evelopment" not in text or "artners" not in text:
        return out  # most statements; "development" alone is in most UN speeches
    for m in PARTNERS_RE.finditer(text):
        start = m.start() - 1  # the "D" read behind
        if OWNED_RE.search(text, max(0, start - REACH), start) is not None:
            continue  # "its development partners", "Nauru's development partners"
        if ROLE_RE.search(text, max(0, start - 12), start) is not None:
            continue  # "as equal development partners"
        if text[start] == "D" and NAME_BEFORE_RE.search(text, max(0, start - 40), start) is not None:
            continue  # "the Conference of Development Partners"
        opener = OPENER_RE.search(text, max(0, start - REACH), start)
        out.append(Mention(start if opener is None else opener.start(), m.end(), NAME, "other", 1))
    return out
