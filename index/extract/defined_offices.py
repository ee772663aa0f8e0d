"""An office a text defines a short form for: "the Secretary of Commerce (Secretary)", then "the
Secretary shall consider …".

A proclamation or an order names the office once in full with its short form in brackets, as a
contract defines a party, and then writes only the short form. The bare "the Secretary" found
alone stood as an office of its own; the text itself says whose it is. Only a short form made of
the office's own words: "(USTR)" or "(the Department)" after another name is no such definition.
"""

from __future__ import annotations

import re

from .mention import Mention

# The bracketed short form right after the office: "(Secretary)", "(the Administrator)".
DEFINED_RE = re.compile(r"[^\S\n]*\((?:the[^\S\n]+)?([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\)")
# A short form found cut from a longer office: "the Secretary" of "the Secretary of the Treasury".
OF_AFTER_RE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


def link(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, each person mention named as a short form the text defined after a full
    office, from the definition on, after that office."""
    defined: dict[str, tuple[str, int]] = {}  # short form, lower case -> (office, where defined)
    for m in mentions:
        if m.type != "person" or " of " not in m.name:
            continue
        short = DEFINED_RE.match(text, m.end)
        if short is None:
            continue
        words = short.group(1).lower().split()
        if set(words) <= set(m.name.lower().split()) and " ".join(words) not in defined:
            defined[" ".join(words)] = (m.name, m.start)
    if not defined:
        return  # nearly every statement
    for m in mentions:
        office = defined.get(m.name.lower()) if m.type == "person" else None
        if office is not None and m.start >= office[1] and not OF_AFTER_RE.match(text, m.end):
            m.name = office[0]
