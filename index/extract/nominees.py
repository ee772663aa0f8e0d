"""The nominee a statement names, and "the nominee" that stands for that person afterwards.

A senator's statement on a confirmation names the person put forward once or twice ("my
opposition to the nomination of Judge Michael Mukasey to be our next Attorney General", "Richard
Hoagland, the Bush administration's nominee to be U.S. Ambassador") and then speaks of "the
nominee": "the nominee will uphold the Constitution", "the nominee's record". The annotation
guidelines mark that role noun as the person the text identifies (anaphora), so a definite "the
nominee" takes the name of the one person the text introduces as nominated. With two nominees
named, or none, it is left alone: "the nominee" is then no one the text tells.
"""

from __future__ import annotations

import re

from .mention import Mention

# Just before a person's mention, the words that make that person the one nominated: "the
# nomination of Judge Michael Mukasey", "nominee Leslie Southwick", "President Bush nominated
# Susan Neilson".
NOMINATED_BEFORE_RE = re.compile(r"\b(?:[Nn]omination[^\S\n]+of|[Nn]ominee,?|[Nn]ominated)[^\S\n]+\Z")
# Just after it: "Richard E Hoagland, the Bush administration's nominee", "…, President Bush's
# nominee": set off by a comma, with no other comma or sentence end before the noun.
NOMINATED_AFTER_RE = re.compile(r",[^\S\n]+(?:the[^\S\n]+)?[^,.;:\n]{0,50}?\bnominee\b")
# The role noun alone, definite: "the nominee", "The nominee's record". "the nominees" is the
# possessive only in a scrape that lost its apostrophes ("the nominees record"); elsewhere a plural.
NOMINEE_RE = re.compile(r"\b[Tt]he[^\S\n]+nominee(?:['’]s\b|\b)")
NOMINEES_RE = re.compile(r"\b[Tt]he[^\S\n]+nominees(?=[^\S\n]+[a-z])")
# "He is the nominee for …", "as the nominee": the noun said of someone, no mention of them.
PREDICATE_RE = re.compile(r"\b(?:is|was|be|been|as|remains|became)[^\S\n]+\Z")


def nominees(text: str, mentions: list[Mention], scraped: bool) -> list[Mention]:
    """Mentions of the one nominee the text names, for each definite "the nominee" standing
    alone; `scraped` when the text lost its apostrophes ("the nominees record")."""
    if "nomin" not in text:
        return []  # nearly every statement: no nomination spoken of
    holder = _nominee(text, mentions)
    if holder is None:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = list(NOMINEE_RE.finditer(text))
    if scraped:
        found += NOMINEES_RE.finditer(text)
    return [
        Mention(f.start(), f.end(), holder, "person")
        for f in found
        if PREDICATE_RE.search(text, max(0, f.start() - 10), f.start()) is None
        and not any(s < f.end() and f.start() < e for s, e in taken)
    ]


def _nominee(text: str, mentions: list[Mention]) -> str | None:
    """The one person the text says is nominated; None for none or several."""
    named = {
        m.name
        for m in mentions
        if m.type == "person"
        and (
            NOMINATED_BEFORE_RE.search(text, max(0, m.start - 20), m.start) is not None
            or NOMINATED_AFTER_RE.match(text, m.end) is not None
        )
    }
    return next(iter(named)) if len(named) == 1 else None
