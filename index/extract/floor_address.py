"""The chair a speaker addresses: "Mr. President, I rise today…" in a U.S. senator's floor
statement is the Senate's presiding officer, whoever holds the chair; "Mr. President, …" in a UN
General Debate speech is the President of the General Assembly. Neither is the President of the
speaker's own state (nor the United States'); the text's other "the President" (no honorific of
address before it) is left to the organs and holders that resolve it."""

from __future__ import annotations

import re

from .mention import Mention

CHAIRS = {"senate": "Presiding Officer of the Senate", "un-speech": "President of the General Assembly"}
# An honorific of address right before "President": "Mr.", "Mr", "Madam", "Madame" (scraped
# releases lose the full stop and double the space: "Mr  President").
ADDRESS_RE = re.compile(r"\b(?:Mr\.?|Madam|Madame)[^\S\n]+\Z")


def chair(text: str, mentions: list[Mention], genre: str | None) -> None:
    """Rename, in place, each "President" addressed with an honorific as the chair of the genre's
    floor (nothing in other genres: a letter's "Mr President" is the president it is sent to)."""
    name = CHAIRS.get(genre or "")
    if name is None:
        return
    for m in mentions:
        words = text[m.start : m.end].lower().split()  # "the \nPresident" wrapped over two lines too
        if m.type != "person" or words not in (["president"], ["the", "president"]):
            continue
        if ADDRESS_RE.search(text, max(0, m.start - 10), m.start) or (
            genre == "un-speech" and (ELECTED_RE.match(text, m.end) or SESSION_RE.match(text, m.end))
        ):
            m.name = name
        elif genre == "un-speech" and _chairs_sentence(text, m):
            m.name = name


def _chairs_sentence(text: str, m: Mention) -> bool:
    """Whether a speech's bare "the President" stands in a sentence about the Assembly's business:
    "Trinidad and Tobago is confident that the President will discharge his mandate", "I commend
    the President and the Secretary-General for convening…", "congratulations to the President on
    his illustrious election to the presidency"; not "The President has declared a general amnesty"."""
    if text[m.start : m.end].split() not in (["the", "President"], ["The", "President"]):
        return False
    start = max(text.rfind(". ", 0, m.start), text.rfind(".\n", 0, m.start), m.start - 300)
    ends = [e for e in (text.find(". ", m.end), text.find(".\n", m.end)) if e >= 0]
    end = min([*ends, m.end + 300])
    return CHAIRS_BUSINESS_RE.search(text, start, end) is not None


# "allow me to congratulate the President on his election as President of the General Assembly":
# the one a speech congratulates on taking the chair is the Assembly's President.
ELECTED_RE = re.compile(r"[^.]{0,40}?\b(?:on (?:his|her|your) (?:election|assumption)|as President of)\b")
# "on your election as President of the twenty-ninth session", "President at the sixtieth session",
# "as President of this Assembly": the office of the session's chair, not the head of the speaker's
# state (whose president the bare word had become in one speech of three)
SESSION_RE = re.compile(
    r"\s+(?:of|at|for)\s+(?:the|this|our|its)\s+(?:[\w-]+\s+){0,3}?(?:session|Assembly|General\s+Assembly)\b"
)
# What a sentence says of the Assembly's President and of no head of state
CHAIRS_BUSINESS_RE = re.compile(
    r"\b(?:[Cc]ongratulat\w*|Assembly|session|Secretary-\s*General|my delegation|(?:his|her) mandate|"
    r"(?:his|her) functions|presidency of|thematic debate)\b"
)
