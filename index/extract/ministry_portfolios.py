"""The portfolio after a state's capitalised Ministry: "the Ukrainian Ministry of Foreign Affairs",
"Japan’s Ministry of Economy, Trade and Industry".

State Department pages name foreign ministries this way on about one page in seventy, and the
state's adjective with "Ministry" (actors._composed_at) had been the whole mention, cut before its
portfolio ("Ministry of Japan" for the Ministry of Foreign Affairs and the Ministry of Economy
alike). A reader marks the whole name, and a title after it ("… of Foreign Affairs Director General
for …") is the next person's, which body_titles joins to the ministry's name.
"""

from __future__ import annotations

import re
from typing import Final

from .tokens import fold

OF_RE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?")
# A portfolio's word: capitalised, no possessive ("Ministry of the Interior’s Special National
# Brigade": the possessive ends the ministry's name, the unit is another's).
WORD_RE = re.compile(r"[A-Z]\w*(?:-[A-Z]\w*)*(?![\w-])")
POSSESSIVE_RE = re.compile(r"[’']s\b")
# Between a portfolio's words: a space, a list's comma, "and" ("Economy, Trade and Industry",
# "Foreign and European Affairs", "Higher Education and Scientific Research").
JOIN_RE = re.compile(r",?[^\S\n]+(?:and[^\S\n]+)?|,[^\S\n]*")
# Words that begin what follows the ministry's name, not its portfolio: an official's title
# ("… of Defense Deputy Minister of Defense", "… of Foreign Affairs Director General for …"),
# another body ("…, Ministry of Finance"), a sentence's or a date's word.
NOT_PORTFOLIO: Final = frozenset(
    """Minister Ministers Ministry Department Secretary Director Deputy Vice Spokesperson Spokesman
    Head Chief Assistant Under Undersecretary Ambassador Official Officials Representative Envoy
    Commissioner Adviser Advisor Administrator Chairman Chair President Senior Acting Permanent
    Principal The On In January February March April May June July August September October November
    December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split()
)
AFFAIRS_RE = re.compile(r"[^\S\n]+Affairs\b")
MAX_WORDS = 8  # "Ministry of Foreign Affairs, International Trade and Worship": seven


def portfolio_end(text: str, end: int, adjectives: dict[str, int]) -> int:
    """Where the portfolio after a ministry's name ending at `end` ends ("… of Foreign Affairs"),
    or -1 where no "of" and capitalised word follow. A state's adjective begins another body
    ("… of Foreign Affairs and Estonian Institute of Human Rights")."""
    of = OF_RE.match(text, end)
    if of is None:
        return -1
    pos, last, words = of.end(), -1, 0
    while words < MAX_WORDS:
        word = WORD_RE.match(text, pos)
        if word is None or word.group() in NOT_PORTFOLIO or _another_body(text, word, adjectives):
            break
        last, words = word.end(), words + 1
        if POSSESSIVE_RE.match(text, last):
            break
        join = JOIN_RE.match(text, last)
        if join is None:
            break
        pos = join.end()
    return last


def _another_body(text: str, word: re.Match[str], adjectives: dict[str, int]) -> bool:
    """Whether a state's adjective begins another body's name ("… and Estonian Institute of Human
    Rights"), not a region's affairs in the portfolio ("of Foreign and European Affairs")."""
    return fold(word.group()) in adjectives and AFFAIRS_RE.match(text, word.end()) is None
