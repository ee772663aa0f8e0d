"""A capital standing for its government: "to persuade Khartoum to negotiate", "We call on
Pyongyang to abandon its programme", "ties with Khartoum", "Moscow has refused".

Statements name a government by its seat as often as by its name, and the annotations mark such
a capital as that government ("Khartoum" = Government of Sudan), while a capital where something
happens or someone goes ("in Khartoum", "visited Moscow", a dateline) stays a place. A capital
is read as its government only where the words around it make it an agent or an addressee: after
a verb of persuading or pressing, after "with", "on" or "against", before a verb or a modal,
or with a possessive. A "to" before it is left alone: "a message to Beijing" and "close to
Canberra", "from Perth to Canberra" read alike. Washington is one of them: where it is issued
from or sits ("in Washington", "WASHINGTON, D.C.", a U.S. state's name) no verb or pressing word
is beside it, and where one is ("Washington must decide", "caused by Washington", "Washington's
pressure") the U.S. government is meant.
"""

from __future__ import annotations

import re

from . import organs  # read at call time: organs looks capitals up too
from .authority import Authority
from .mention import Mention

# Capitals that statements use for their governments, and the state (as the authority names it).
CAPITALS = {
    "Khartoum": "Sudan",
    "Beijing": "China",
    "Peking": "China",  # as General Debates wrote it until 1979: "the Peking authorities"
    "Peiping": "China",  # as Taiwan's delegates wrote it in the 1950s: "the Peiping regime"
    "Moscow": "Russia",
    "Pyongyang": "North Korea",
    "Tehran": "Iran",
    "Damascus": "Syria",
    "Havana": "Cuba",
    "Caracas": "Venezuela",
    "Kabul": "Afghanistan",
    "Baghdad": "Iraq",
    "Riyadh": "Saudi Arabia",
    "Ankara": "Turkey",
    "Cairo": "Egypt",
    "Tripoli": "Libya",
    "Naypyidaw": "Myanmar",
    "Rangoon": "Myanmar",
    "Islamabad": "Pakistan",
    "New Delhi": "India",
    "Tokyo": "Japan",
    "Seoul": "South Korea",
    "Kyiv": "Ukraine",
    "Kiev": "Ukraine",
    "Minsk": "Belarus",
    "Jakarta": "Indonesia",
    "Hanoi": "Vietnam",
    "Harare": "Zimbabwe",
    "Kigali": "Rwanda",
    "Kinshasa": "Democratic Republic of the Congo",
    "Addis Ababa": "Ethiopia",
    "Asmara": "Eritrea",
    "Juba": "South Sudan",
    "Managua": "Nicaragua",
    "London": "United Kingdom",
    "Paris": "France",
    "Berlin": "Germany",
    "Canberra": "Australia",
    "Washington": "United States",
    # "the Pretoria regime" of General Debates 1960-1994, hundreds of times: South Africa's
    "Pretoria": "South Africa",
    # "the Saigon regime", "the Saigon administration" of the Debates of 1955-75: South Viet-Nam's
    "Saigon": "South Vietnam",
}
# Words before a capital that make it an addressee or a party: "pressure on Khartoum", "ties
# with Beijing", "persuade Khartoum to", "call on Pyongyang".
BEFORE = frozenset(
    """with on upon against pressure press pressed pressing persuade persuaded convince convinced
    urge urged urging move moved warn warned tell told allow allowed let by
    compel compelled compelling""".split()
)
# "by" makes it the agent of a passive: "the policy pursued by Pretoria", "imposed by Moscow",
# about 125 times in the General Debates, nearly always a government's deed.
# After the capital: a verb, a modal or a possessive makes it the actor.
# An adverb may come between ("Moscow also has a responsibility", "Pretoria still continues").
AFTER_RE = re.compile(
    r"(?:’s|'s|(?:[^\S\n]+(?:also|still|now|itself|[a-z]+ly))?[^\S\n]+(?:has|have|had|must|should|cannot|refuses|"
    r"refused|continues|continued|says|said|insists|insisted|wants|agreed))\b"
)
# A modal after it too ("Moscow will not be able to take Ukraine by force", "Beijing does not
# want"), save where the capital ends a list of places ("conferences in Cairo, Copenhagen and
# Beijing will be landmarks", "offices in Beirut and Damascus would be") or before what a city
# does ("the third time Paris will host the Summer Games", "Kabul could fall"): cities, there.
MODAL_RE = re.compile(
    r"[^\S\n]+(?:will|would|can|could|may|might|does|did)\b(?![^\S\n]+(?:host|fall|remain)\b)"
)
LISTED_RE = re.compile(r"[A-Z][a-z]+(?:,|,?\s+(?:and|or))\s+$")
WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[^\S\n]+(?:([A-Za-z]+)[^\S\n]+)?$")


def _seat(text: str, m: Mention) -> bool:
    """Whether the capital at `m` is its government by the words around it."""
    before = WORD_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
    low = (before.group(2) or before.group(1)).lower() if before else ""
    if low in BEFORE:
        return True
    if low in ("in", "at", "from", "near", "of"):
        return False
    if AFTER_RE.match(text, m.end) is not None:
        return True
    return (
        MODAL_RE.match(text, m.end) is not None
        and LISTED_RE.search(text, max(0, m.start - 30), m.start) is None
    )


def governments(text: str, mentions: list[Mention], auth: Authority) -> None:
    """Rename, in place, each capital that stands for its government (type government)."""
    seats: list[Mention] = []
    for m in mentions:
        state = CAPITALS.get(m.name) if m.type == "place" else None
        if state is None or state not in auth.by_name:
            continue
        coordinated = text[max(0, m.start - 5) : m.start] == " and " and any(
            s.end + 5 == m.start for s in seats
        )
        if coordinated or _seat(text, m):  # "a message to Beijing and Khartoum": both
            seats.append(m)
            m.name, m.type = f"Government of {organs.of_state(state)}", "government"
