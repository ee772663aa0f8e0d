"""Soft hyphens read as the page shows them: a word broken at a line's end joined again, a
hyphenation point dropped, and a soft hyphen written for a plain one shown as that hyphen.

A soft hyphen (U+00AD) is invisible unless a line breaks at it. Text taken from typeset pages
keeps it where the page broke a word ("Govern\u00ad\\n\\nment", "Afghan\u00ad istan"): the reader
shows two words, and neither a search for "Government" nor the actor finder sees the word. Web
pages put it inside long words as a hyphenation point ("Recon\u00adci\u00adliation"), where it
should be no character at all. Some texts write it where a plain hyphen is meant ("2017\u00ad18",
"Mid\u00adYear", "leadership \u00ad Tony Abbott must act"), which the reader would show as "201718".

So: a soft hyphen before a line break that splits one word (the same case on both sides:
"inter\u00ad national", "EMPLOY\u00ad MENT") goes with the break; a break between two words after
it goes and the hyphen stays ("South\u00ad East Asia" → "South-East Asia"). One inside a word
before a lower-case letter or between capitals is a hyphenation point and goes
("Reconciliation"), unless the text writes soft hyphens for plain ones elsewhere (between
digits, before a capital, between spaces): then "out\u00adof\u00adschool" is "out-of-school".
Every other one becomes a hyphen.
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
# A soft hyphen's UTF-8 read as Latin-1, which ftfy leaves as it is when it stands alone: "Â"
# never comes before a soft hyphen in a real text.
MISREAD_SOFT_HYPHEN = "\u00c2\u00ad"

# A word broken at the end of a printed line: a letter, the soft hyphen, the break, the word's
# rest in the same case.
_BROKEN_WORD = re.compile(r"(?<=[a-z])\u00ad\s+(?=[a-z])|(?<=[A-Z])\u00ad\s+(?=[A-Z]{2})")
# A hyphenation point inside a word: before a lower-case letter ("Coun\u00adcil"), or between
# capitals ("the CH\u00adRSS's mandate").
_HYPHENATION_POINT = re.compile(r"(?<=[^\W\d_])\u00ad(?=[a-z])|(?<=[A-Z])\u00ad(?=[A-Z])")
# A soft hyphen written for a plain one: "2017\u00ad18", "Mid\u00adYear", "funding \u00ad from".
_PLAIN_HYPHEN = re.compile(r"\d\u00ad\d|[a-z]\u00ad[A-Z]|(?<!\S)\u00ad(?!\S)")
# A compound broken at the end of a line: "South\u00ad East", "Non\u00ad Government".
_BROKEN_COMPOUND = re.compile(r"(?<=[^\W\d_])\u00ad\s+(?=[^\W\d_])")


def join_soft_hyphens(text: str) -> str:
    """`text` with each soft hyphen read as above; the same object when it holds none."""
    if SOFT_HYPHEN not in text:
        return text  # nearly every text
    text = _BROKEN_WORD.sub("", text.replace(MISREAD_SOFT_HYPHEN, SOFT_HYPHEN))
    if _PLAIN_HYPHEN.search(text) is None:
        text = _HYPHENATION_POINT.sub("", text)
    return _BROKEN_COMPOUND.sub("-", text).replace(SOFT_HYPHEN, "-")
