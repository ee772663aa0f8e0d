"""People named where a page credits someone rather than says something about them: photo credits
("© 2024 AP Photo/Altaf Qadri", "© 2022 John Holmes for Human Rights Watch") and media contacts
("Media Contact: Noah Schultz-Byard 0427 604 760", "Contact: Luke Friedrich, 651/645-0323").

Such names stand without a title or a "said", so the other finders of people miss them, and the
dictionary may take a surname for a place ("Waterford"). The annotation guidelines mark them as
people. The structure alone tells them: a credit's pieces after "©" and a year, a name followed
by a telephone number.
"""

from __future__ import annotations

import re

from .mention import Mention
from .people import NAME, TITLED_RE, _clean, non_person_words

_NAME_WORDS = rf"(?:{NAME})(?:[^\S\n]+(?:{NAME})){{1,2}}"
# "© 2024 AP Photo/Aurelien Morissard": the credit runs to the end of its line.
CREDIT_RE = re.compile(r"©[^\S\n]*(?:\d{4}[^\S\n]+)?([^\n]{3,120})")
CREDIT_SPLIT_RE = re.compile(r"[^\S\n]*/[^\S\n]*|[^\S\n]+for[^\S\n]+")
# A telephone number: "0427 604 760", "02 6270 5464", "202 224 4524", "651/645-0323",
# "(02) 6277 7700", digits in groups, at least eight in all; the name ends just before it, on its
# line ("Kirsty Waterford  02 6270 5464", "contact Serena Rogers on 0419 833 571").
PHONE_RE = re.compile(r"(?<![\d/.-])\(?\d{2,4}\)?(?:[^\S\n]|[/.-])\d{3,4}(?:[^\S\n]|[.-])?\d{3,4}(?![\d])")
NAME_BEFORE_RE = re.compile(rf"({_NAME_WORDS}),?[^\S\n]+(?:on[^\S\n]+)?$")
NAME_FULL_RE = re.compile(_NAME_WORDS)
# What a photo agency's credit ends in ("Getty Images", "AP Photo"): the agency, not a person.
AGENCY_WORDS = frozenset({"Photo", "Photos", "Images", "Pictures", "Photography", "Agency"})


def _person(text: str, start: int, piece: str) -> Mention | None:
    """A mention of the person `piece` names, if it is two or three words of a name and no word
    of it is one that names things ("Getty Images", "Human Rights Watch", "AP Photo")."""
    piece = piece.strip()
    if not NAME_FULL_RE.fullmatch(piece):
        return None
    words = piece.split()
    # A given name may also begin places ("Luke" of "St Luke"): only the later words are tested.
    things = non_person_words()
    if any(w.isupper() for w in words) or any(w.lower() in things or w in AGENCY_WORDS for w in words[1:]):
        return None
    if TITLED_RE.match(piece):
        return None  # "Senator Andrew Bartlett": a titled name, found with its title elsewhere
    name = _clean(piece)
    if len(name.split()) < 2 or name != piece:
        return None  # a word of it is no name ("Press Office", "National Desk")
    return Mention(start, start + len(piece), name, "person", 2)


def credited(text: str) -> list[Mention]:
    out: list[Mention] = []
    if "©" in text:
        for m in CREDIT_RE.finditer(text):
            pos = m.start(1)
            for part in CREDIT_SPLIT_RE.split(m.group(1)):
                found = _person(text, text.index(part, pos), part) if part.strip() else None
                if found is not None:
                    out.append(found)
                pos = text.index(part, pos) + len(part)
    for m in PHONE_RE.finditer(text):
        if sum(c.isdigit() for c in m.group()) < 8:
            continue
        line_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
        before = NAME_BEFORE_RE.search(text, line_start, m.start())
        if before is not None:
            found = _person(text, before.start(1), before.group(1))
            if found is not None:
                out.append(found)
    return out
