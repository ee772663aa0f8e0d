"""The UN General Debate corpus's file names, `ISO3_SESSION_YEAR.txt` (e.g. `JOR_68_2013.txt`):
the speaker's state, the General Assembly session and its year.

The corpus (Baturo, Dasandi & Mikhaylov, Harvard Dataverse doi:10.7910/DVN/0TJX8Y) names every
speech so and says nothing of it in the text, whose first line is the speech's opening words
("It is an honour to join the Assembly"). The debate opens each session, in September, so the
name gives a month-precision date and a title a reader can cite ("Jordan, General Debate, 68th
session, 2013"). A name is read so only when its code is a state's (ISO 3166 alpha-3, or one
of the few the corpus adds) and its session is the one held that year (session N in 1945 + N),
so that other files named like it are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ... import dates

_NAME = re.compile(r"(?P<code>[A-Z]{2,3})_(?P<session>\d{1,3})_(?P<year>(?:19|20)\d\d)\.txt", re.IGNORECASE)
_FIRST_SESSION_YEAR = 1945  # session 1 met in 1946
DEBATE_MONTH = 9
# Codes the corpus uses that ISO 3166-1 no longer lists, named as the UN named them.
_OTHER_CODES = {
    "EU": "European Union",
    "CSK": "Czechoslovakia",
    "DDR": "German Democratic Republic",
    "YMD": "Democratic Yemen",
    "YUG": "Yugoslavia",
}


@dataclass(frozen=True)
class DebateSpeech:
    state: str
    session: int
    year: int
    code: str = ""  # the delegation's code as the file names it ("JOR")

    @property
    def title(self) -> str:
        return f"{self.state}, General Debate, {ordinal(self.session)} session, {self.year}"

    @property
    def date(self) -> str:
        return dates.month(self.year, DEBATE_MONTH)


def speech_of(file_name: str) -> DebateSpeech | None:
    """The speech a UN General Debate file name describes, or None for any other name."""
    match = _NAME.fullmatch(file_name)
    if match is None:
        return None
    session, year, code = int(match["session"]), int(match["year"]), match["code"].upper()
    state = state_name(code)
    if state is None or session != year - _FIRST_SESSION_YEAR:
        return None
    return DebateSpeech(state, session, year, code)


@lru_cache(maxsize=512)
def state_name(code: str) -> str | None:
    """The short English name of a state by its alpha-3 code ("SYR" → "Syria"), or None."""
    if code in _OTHER_CODES:
        return _OTHER_CODES[code]
    import pycountry  # loaded on first use: its database costs ~30 ms

    country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    name = str(getattr(country, "common_name", None) or country.name)
    name = re.sub(r"\s*\(.*\)$", "", name)  # "Holy See (Vatican City State)"
    if ", " in name:  # "Congo, The Democratic Republic of the" → "Democratic Republic of the Congo"
        head, tail = name.split(", ", 1)
        name = f"{tail.removeprefix('The ')} {head}"
    return name


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
