"""The speaker's own state in a UN speech: "my country", "our country", "my own country".

A head of state or minister at the General Debate speaks for the one state the file's metadata
names (genres.hints), and names it "my country" as often as by its name ("the cruel
nuclear-related sanctions against my country", "2.7 million refugees are being housed in our
country"). The phrase names that state as "Lebanon" does, so it is a mention of it, in its group.

Only in a UN speech, where the speaker is a state, and in a U.S. senator's release, where "our
country", "our nation" and "my country" are the United States ("perpetrators of genocide who come
to our country", "a moral commitment our country should make", "the compassion of our nation"):
the Senate sets mark them so since tune2 (8 of 11; only the oldest, holdout's, leave them). A
minister's in an Australian release or a witness's in a report is as often left unmarked by the
annotators, or another country's. "Our countries" (plural) are every member state's, no one state.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention

# not "our country's own", not "countries", not "country-wide"
OWN_COUNTRY_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?country\b(?![-\w])")
# A senator's too: "our nation" ("our Nation" in the Senate's style), not "our nations", "our
# nation-building"; "our nation s" where the scrape lost the apostrophe is the state as well.
SENATOR_COUNTRY_RE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:[Cc]ountry|[Nn]ation)\b(?![-\w])")


def own_country(
    text: str, mentions: list[Mention], own: int, auth: Authority, senator: bool = False
) -> list[Mention]:
    """Mentions of the speaking state as "my country" (a senator's "our nation" too), where no
    other mention covers the words."""
    if own < 0 or auth.types[own] != "state" or ("country" not in text and not senator):
        return []
    found = list((SENATOR_COUNTRY_RE if senator else OWN_COUNTRY_RE).finditer(text))
    if not found:
        return []
    taken = [(m.start, m.end) for m in mentions]
    return [
        Mention(m.start(), m.end(), auth.names[own], "state", 1, aid=own, country=own)
        for m in found
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]
