"""A group of senators a Senate release tells of as one body: "a bipartisan group of Senators",
"Senator Clinton and 10 other women Senators", "15 Senators Demand …", and "the Senators" after it.

A senator's release about a joint letter names those who signed it together, then speaks of them as
one ("In their letter to President Bush, the Senators request …"). The annotation marks the group
as a legislature, every form of it one actor (`tune7/` Feingold296, `tune2/` Clinton321). "The
senators" alone, in a release that names only two senators by name ("Sens. Joe Biden and Mike
DeWine … The senators also called on"), is those two persons (`dev/` Dewine488): so "the
Senators" counts only in a text that has named the group as such, by a count or "group of".

What the group asks is the release's senator's call (the `by` convention of Senate releases: a
joint letter's demands are its senator's), so speakers.py reads the group as the voice.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences

# What the group's senators have in common: "women Senators", "Republican Senators".
KIND = r"(?:(?:women|female|democratic|republican)[^\S\n]+)?"
# "a (bipartisan) group of (19) Senators", "10 other women Senators", "Other Women Senators",
# "15 Senators Demand …": the group, introduced by a count or as a group. "Other Senators" alone
# is whoever else, no body. Read back from the noun, which is found first (a literal the keyword
# pass finds): the words before it are searched only in the few characters before.
GROUP_BEFORE_RE = re.compile(
    r"(?<![\w-])(?i:(?:an?[^\S\n]+)?(?:bi-?partisan[^\S\n]+)?group[^\S\n]+of[^\S\n]+(?:\d+[^\S\n]+)?"
    rf"(?:fellow[^\S\n]+)?{KIND}|\d+[^\S\n]+other[^\S\n]+{KIND}|other[^\S\n]+(?:women|female)[^\S\n]+"
    rf"|(?<![\d,.])\d{{1,2}}[^\S\n]+{KIND})\Z"
)
# "the Senators" after the group is named: the group, not the persons named in it ("the Senators'
# letter" is the letter; "the Senators Brownback and Dodd" the persons).
THE_BEFORE_RE = re.compile(r"(?<!\w)(?:[Tt]he|THE)[^\S\n]+\Z")
NOT_AFTER_RE = re.compile(r"[^\S\n]*[’']|[^\S\n]+[A-Z][a-z]")
WORDS = ("enators", "ENATORS")
NOUN = "Senators"  # every group's name ends so (is_group)
REACH = 60  # characters before the noun that "a bipartisan group of 19 women" fits in


def senator_groups(text: str) -> list[Mention]:
    """The group of senators a release names by a count or "group of", and each "the Senators"."""
    groups: list[tuple[int, int]] = []
    thes: list[tuple[int, int]] = []
    for at, word in occurrences(text, WORDS):
        noun = at - 1
        end = at + len(word)
        if noun < 0 or text[noun] not in "Ss" or text[end : end + 1].isalnum():
            continue
        group = GROUP_BEFORE_RE.search(text, max(0, noun - REACH), noun)
        if group is not None:
            groups.append((group.start(), end))
            continue
        the = THE_BEFORE_RE.search(text, max(0, noun - 8), noun)
        if the is not None and not NOT_AFTER_RE.match(text, end):
            thes.append((the.start(), end))
    if not groups:
        return []  # nearly every statement: no group named, "the senators" are persons named
    name = _name(text[groups[0][0] : groups[0][1]])
    return [Mention(s, e, name, "legislature", 1) for s, e in groups + thes]


def is_group(name: str) -> bool:
    """Whether an actor's name is one this module gives a group of senators."""
    return name.endswith(NOUN)


def _name(phrase: str) -> str:
    """ "Bipartisan group of Senators" from "a bipartisan group of Senators", without its count."""
    words = [w for w in phrase.split() if not w.isdigit() and w.lower() not in ("a", "an")]
    return " ".join(words).capitalize().replace("senators", NOUN)
