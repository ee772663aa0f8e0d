"""A title written right before the name of the person it titles is one mention with the name:
"Secretary Rice", "our beloved President Magufuli", "the late president Sheikh Khalifa bin Zayed
Al Nahyan", "President James Michel" broken over a speech's line.

The title alone is found as an office and linked to its holder (`holders`), the name by the
people finders, so one phrase came out as two mentions of one person. Every annotated set marks
a title with the name as one span (an office set off by a comma, "the Foreign Minister, Julie
Bishop", is left: the older sets mark it apart from the name).
"""

from __future__ import annotations

import re

from .mention import Mention

# Only blanks between the title and the name; in a speech's hard-wrapped lines also one line break
# ("President \nJames Michel"). Elsewhere a line break ends a letterhead's or a list's line, and
# the office before it is the previous line's person's ("Pele Broberg, Greenlandic Foreign
# Minister\nJeppe Kofod, Danish Foreign Minister").
BLANKS_RE = re.compile(r"[^\S\n]*")
WRAPPED_RE = re.compile(r"[^\S\n]*\n?[^\S\n]*")


def join(text: str, mentions: list[Mention], wrapped: bool) -> list[Mention]:
    """The mentions with each person's title and the name right after it made one mention,
    spanning both, under the person's name. `wrapped`: the text's lines are hard-wrapped."""
    people = sorted((m for m in mentions if m.type == "person"), key=lambda m: m.start)
    titles: set[int] = set()  # ids of the title mentions joined to the name after them
    for title, name in zip(people, people[1:], strict=False):
        if _titles(text, title, name, WRAPPED_RE if wrapped else BLANKS_RE):
            name.start = title.start
            titles.add(id(title))
    if not titles:
        return mentions  # nearly every document
    return [m for m in mentions if id(m) not in titles]


def _titles(text: str, title: Mention, name: Mention, between: re.Pattern[str]) -> bool:
    """Whether the first mention is a title standing right before the second, which names the
    same person: both linked to one name, only blanks between, the person's surname in the second
    and not in the first. A name before its office ("Regina Schofield  the Assistant Attorney
    General", a Senate page's lost comma) is an apposition the older sets mark apart."""
    if title.name != name.name or title.end > name.start:
        return False
    if between.fullmatch(text, title.end, name.start) is None:
        return False
    if text[title.start : title.end].split()[-1:] == ["and"]:
        return False  # "… Parliamentary Secretary for Immigration and Multicultural Affairs and Chris
        # Bowen MP - Minister …": an office cut at "and" is the person's before it, not this one's
    surname = name.name.split()[-1:]
    return (
        bool(surname)
        and _has(text[name.start : name.end], surname[0])
        and not _has(text[title.start : title.end], surname[0])
    )


def _has(span: str, word: str) -> bool:
    """Whether the span holds the word, in any case ("SECRETARY RICE")."""
    return word.casefold() in span.casefold().split()
