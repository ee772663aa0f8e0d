"""The speaker's own state in a UN speech: "my country", "our country", "my own country".

A head of state or minister at the General Debate speaks for the one state the file's metadata
names (genres.hints), and names it "my country" as often as by its name ("the cruel
nuclear-related sanctions against my country", "2.7 million refugees are being housed in our
country"). The phrase names that state as "Lebanon" does, so it is a mention of it, in its group.

Only in a UN speech, where the speaker is a state, and in a U.S. senator's release, where "our
country", "our nation" and "my country" are the United States ("perpetrators of genocide who come
to our country", "a moral commitment our country should make", "the compassion of our nation"):
the Senate sets mark them so since tune2 (8 of 11; only the oldest, holdout's, leave them). A
senator's "this nation" / "this country" too ("11 million undocumented aliens in this nation", "to
defend this nation", "permanent residents living in this country"), unless another state is named
just before it ("women in Iraq  especially those who are helping to rebuild this country"): then
it is that one. A
minister's in an Australian release or a witness's in a report is as often left unmarked by the
annotators, or another country's. "Our countries" (plural) are every member state's, no one state.

A UN speaker names his state by its delegation and its ground as well: "Let me assure him of my
delegation's full cooperation", "an area equal to 80 per cent of our island", "banishing negative
forces from our land". un-tune10 marks each so (7 of 7, its conventions), and no UN set leaves one
unmarked. Not "our (small) island (Caribbean) States" / "nations" / "region" (every small island's),
"our island of Kayangel" / "our island territory" (one island of the state's), nor "land" as a
modifier ("our land reform programme", "our land laws", "our land and sea borders"): the state's
ground is then a kind of ground. "The country" and "our nation" stay out: the sets mark them as the
speaker's in some speeches and leave them or give them to another state in others.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention

# A senator's too: "our nation" ("our Nation" in the Senate's style), not "our nations", "our
# nation-building"; "our nation s" where the scrape lost the apostrophe is the state as well.
SENATOR_COUNTRY_RE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|(?P<this>[Tt]his))\s+(?:own\s+)?(?:[Cc]ountry|[Nn]ation)\b(?![-\w])"
)
# How far before "this country" another state named makes it that state's, and the stops that end
# the sentence it would be named in
THIS_REACH: int = 150
STOP_RE = re.compile(r"[.!?]\s")
CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")

# A UN speaker's: "my country" (not "our country's own", "countries", "country-wide"), "my
# delegation", "our (small) island (nation)", "our land".
SPEECH_SELF_RE = re.compile(
    r"\b(?:(?:[Mm]y|[Oo]ur)\s+(?:own\s+)?(?:country|delegation)"
    r"|[Oo]ur\s+(?:small\s+)?island(?:\s+(?:nation|State|country|home))?"
    r"(?!\s+(?:\w+\s+)?(?:States|nations|countries|developing|economies|communities|region|Government)\b)"
    r"(?!\s+(?:of|territory)\b)"
    r"|[Oo]ur\s+land(?!\s+(?:reform|mass|areas?|territory|borders?|boundaries|use|resources|tenure|degradation"
    r"|rights|ownership|laws?|policy|production|and\s+(?:sea|maritime|marine|water|air))\b))\b(?![-\w])"
)


def own_country(
    text: str, mentions: list[Mention], own: int, auth: Authority, senator: bool = False
) -> list[Mention]:
    """Mentions of the speaking state as "my country", "my delegation", "our island" (a senator's
    "our nation" too), where no other mention covers the words."""
    if own < 0 or auth.types[own] != "state":
        return []
    found = list((SENATOR_COUNTRY_RE if senator else SPEECH_SELF_RE).finditer(text))
    if not found:
        return []
    taken = [(m.start, m.end) for m in mentions]
    return [
        Mention(m.start(), m.end(), auth.names[own], "state", 1, aid=own, country=own)
        for m in found
        if not any(s < m.end() and m.start() < e for s, e in taken)
        and not (senator and m.group("this") and _other_state_before(text, mentions, m.start(), own, auth))
    ]


def _other_state_before(text: str, mentions: list[Mention], at: int, own: int, auth: Authority) -> bool:
    """Whether a state other than the speaker's, or something of its, is named shortly before `at`,
    in its sentence."""
    lo = max(0, at - THIS_REACH)
    stops = list(STOP_RE.finditer(text, lo, at))
    lo = stops[-1].end() if stops else lo
    if any(lo <= m.start < at and _other_states(m, own) for m in mentions):
        return True
    # a state named inside a longer mention: "the women in Iraq" (a population)
    for word in CAPITALISED_RE.finditer(text, lo, at):
        for name in (word.group(), word.group().split()[0]):  # "Saudi Arabia", "Iraq" of "Iraq The"
            i = auth.by_name.get(name, -1)
            if i >= 0 and i != own and auth.types[i] == "state":
                return True
    return False


def _other_states(m: Mention, own: int) -> bool:
    """Whether mention `m` names another state or something of another state's ("women in Iraq")."""
    if m.type == "state" and m.aid >= 0:
        return m.aid != own
    return m.country >= 0 and m.country != own
