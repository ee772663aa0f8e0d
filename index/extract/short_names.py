"""Bodies named in full, then by the first part of that name: "Nepal’s Supreme Court … the
Supreme Court", "the Department of Justice … the Department", "This Justice Department".

A statement gives a body's full name ("Supreme Court of Nepal", "Department of Justice") and then
shortens it to what comes before "of", or turns it about ("Justice Department"). Those short forms
are found on their own (a dictionary's generic "Supreme Court", the organ word "Department") and
would stand as actors apart from the body they mean. A short form takes the full name when the
text named exactly one such body before it; with two ("the Department of Justice", "the
Department of State") the short form is left as it is, since either could be meant.
"""

from __future__ import annotations

from .mention import Mention

BODY_TYPES = frozenset({"government", "legislature", "igo", "ngo", "party", "media", "armed_group"})


def _short_forms(name: str) -> list[str]:
    """What a full name "X of Y" is shortened to: "X", and "Y X" when both are one word."""
    head, _, rest = name.partition(" of ")
    if not rest or not head:
        return []
    forms = [head.lower()]
    if " " not in head and " " not in rest:
        forms.append(f"{rest} {head}".lower())  # "Justice Department"
    return forms


def link(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, short forms after the one full name the text gave before them."""
    first_full: dict[str, dict[str, int]] = {}  # short form → full names → where first named
    for m in mentions:
        if m.type not in BODY_TYPES:
            continue
        # by its name and as written: "the Department of State" is named "U.S. Department of State"
        written = " ".join(text[m.start : m.end].split()).removeprefix("the ").removeprefix("The ")
        for full in {m.name, written}:
            if " of " not in full or full.endswith(("’s", "'s")):
                continue
            for form in _short_forms(full):
                seen = first_full.setdefault(form, {})
                seen[m.name] = min(seen.get(m.name, m.start), m.start)
    if not first_full:
        return  # most statements name no body "of" anything
    for m in mentions:
        if m.type not in BODY_TYPES or " of " in m.name:
            continue
        fulls = [n for n, at in first_full.get(m.name.lower(), {}).items() if at < m.start]
        if len(fulls) == 1:
            m.name = fulls[0]
