"""The chair a senator addresses on the floor: "Mr. President, I rise today…", "Madam President,
I yield the floor". In a U.S. senator's floor statement "Mr. President" is the Senate's presiding
officer, whoever holds the chair, not the President of the United States; the statement's other
"the President" (no honorific of address before it) stays the U.S. President."""

from __future__ import annotations

import re

from .mention import Mention

PRESIDING = "Presiding Officer of the Senate"
# An honorific of address right before "President": "Mr.", "Mr", "Madam", "Madame" (scraped
# releases lose the full stop and double the space: "Mr  President").
ADDRESS_RE = re.compile(r"\b(?:Mr\.?|Madam|Madame)[^\S\n]+\Z")


def presiding_officer(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, each "President" addressed with an honorific as the presiding officer."""
    for m in mentions:
        if m.type == "person" and text[m.start : m.end] == "President":
            if ADDRESS_RE.search(text, max(0, m.start - 10), m.start):
                m.name = PRESIDING
