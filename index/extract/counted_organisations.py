"""Non-governmental organisations named by their number: "Human Rights Watch and more than 94
other organizations said", "over 180 NGOs", "20 other rights groups", "43 Iranian and
International organizations".

HRW releases report joint statements and letters so, and annotators mark the set as one `ngo`
actor (the co-signers), as they mark "a Liberian coalition of NGOs"; no finder named it. A number
delimits the set as it delimits a group of people ("37 asylum seekers"); the words between the
number and the noun may only describe it ("other", "Brazilian and international", "nongovernmental"),
not begin a clause ("96 identified by both organizations") nor join other bodies ("144 countries and
international organizations"), and organisations that carry arms or commit crimes are not NGOs.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences

HEADS = ("organizations", "organisations", "NGOs", "rights groups")
# A quantity, a number (not a year: "In 2023, rights groups"), "other" and up to three
# describing words, ending right before the head.
COUNTED_RE = re.compile(
    r"(?:\b(?:[Mm]ore\s+than|[Oo]ver|[Nn]early|[Aa]lmost|[Ss]ome|[Aa]bout|[Aa]t\s+least)[^\S\n]+)?"
    r"\b\d{1,3}(?:,\d{3})*[^\S\n]+(?:other[^\S\n]+)?(?P<mods>(?:[A-Za-z’'-]+[^\S\n]+(?:and[^\S\n]+)?){0,3})$"
)
# Words that cannot describe the organisations: the number then belongs to a clause.
NOT_DESCRIBING = frozenset(
    """by of in on at to for from with the a an both their its his her these those were was are is
    been be had has have than""".split()
)
# Organisations that are no NGOs, whatever their number ("22 criminal organizations").
NOT_NGOS = frozenset("armed criminal terrorist extremist militant jihadist separatist".split())
LOOK_BACK = 90


def counted_organisations(text: str) -> list[Mention]:
    """One `ngo` mention for each set of organisations the text counts."""
    found: list[Mention] = []
    for at, head in occurrences(text, HEADS):
        end = at + len(head)
        if (at > 0 and text[at - 1].isalnum()) or text[end : end + 1].isalnum():
            continue
        counted = COUNTED_RE.search(text, max(0, at - LOOK_BACK), at)
        if counted is None:
            continue
        words = counted.group("mods").split()
        mods = {w.lower() for w in words}
        if (
            mods & NOT_DESCRIBING
            or mods & NOT_NGOS
            or _other_bodies_joined(words)
            or _sentence_between(words)
        ):
            continue
        if text[max(0, counted.start() - 1) : counted.start()] == "[":
            continue  # "[32 organizations, Japanese Alphabetical order]": a signatory list's heading
        phrase = " ".join(text[counted.start() : end].split())
        found.append(Mention(counted.start(), end, phrase[:1].upper() + phrase[1:], "ngo", 1))
    return found


def _other_bodies_joined(words: list[str]) -> bool:
    """Whether a plural noun is joined to the organisations ("144 countries and international
    organizations", "11 UN agencies and aid organizations", "160 religious leaders and
    organizations"): a mixed set, not NGOs; "Brazilian and international" only describe them."""
    return any(w.lower() == "and" and k > 0 and words[k - 1].endswith("s") for k, w in enumerate(words))


def _sentence_between(words: list[str]) -> bool:
    """Whether a capitalised word follows a lower-case one among the describing words: a scrape
    that lost its full stop ("bringing the total to more than 2 million people    Relief
    organizations that…"); "Iranian and International organizations" is one phrase."""
    return any(
        w[:1].isupper() and words[k - 1][:1].islower() and words[k - 1] != "and"
        for k, w in enumerate(words)
        if k
    )
