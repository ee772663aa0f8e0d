"""The speaker's own state in a UN speech: "my country", "our country", "my own country".

A head of state or minister at the General Debate speaks for the one state the file's metadata
names (genres.hints), and names it "my country" as often as by its name ("the cruel
nuclear-related sanctions against my country", "2.7 million refugees are being housed in our
country"). The phrase names that state as "Lebanon" does, so it is a mention of it, in its group.

Only in a UN speech, where the speaker is a state: a senator's "our country", a minister's in a
release or a witness's in a report is as often left unmarked by the annotators, or another
country's. "Our countries" (plural) are every member state's, no one state.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention

# not "our country's own", not "countries", not "country-wide"
OWN_COUNTRY_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?country\b(?![-\w])")


def own_country(text: str, mentions: list[Mention], own: int, auth: Authority) -> list[Mention]:
    """Mentions of the speaking state as "my country", where no other mention covers the words."""
    if own < 0 or auth.types[own] != "state" or "country" not in text:
        return []
    found = list(OWN_COUNTRY_RE.finditer(text))
    if not found:
        return []
    taken = [(m.start, m.end) for m in mentions]
    return [
        Mention(m.start(), m.end(), auth.names[own], "state", 1, aid=own, country=own)
        for m in found
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
