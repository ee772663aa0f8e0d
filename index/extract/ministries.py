"""A ministry written in lower case by its portfolio: "the education ministry", "Russia’s health
ministry", "the ministry of home affairs".

Reports name a state's ministries so as often as with capitals ("the Education Ministry", "the
Ministry of Home Affairs", which the name finders read), and a reader marks them alike: a body of
the state's executive. Named as the capitalised form would be ("Education Ministry", "Ministry of
Home Affairs"), so that both spellings in one text are one actor.

The phrase names the body only where it stands on its own: after a determiner, a possessive or a
capitalised word ("the", "Russia’s", "the Russian", "North Korea’s"), and not as the first part of
a compound ("the education ministry letter", "the foreign ministry spokesperson").
"""

from __future__ import annotations

import re

from .actors import state_adjective
from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .tokens import fold

PORTFOLIOS = (
    "education|health|foreign|interior|justice|defen[cs]e|finance|labou?r|agriculture|environment"
    "|culture|information|trade|economy|home|religious affairs|social affairs|women's affairs"
)
# "the education ministry", "Russia’s foreign ministry", "the Chinese health ministry"
PORTFOLIO_RE = re.compile(
    rf"(?:\b[Tt]he|\b(?P<owner>(?:[A-Z][a-z]+[^\S\n]+)?[A-Z][a-z]+)[’']s|\b(?P<adj>[A-Z][a-z]+))"
    rf"[^\S\n]+(?P<name>(?:{PORTFOLIOS})[^\S\n]+ministry)\Z"  # searched up to the word
)
# "the ministry of home affairs", "the ministry of justice and human rights"
OF_RE = re.compile(
    r"\b[Tt]he[^\S\n]+(?P<name>ministry[^\S\n]+of[^\S\n]+[a-z]+"
    r"(?:[^\S\n]+(?:affairs|and[^\S\n]+[a-z]+(?:[^\S\n]+rights)?))?)\b"
)
# Nouns a ministry's name modifies: then the phrase names a person, a document, a building.
MODIFIED_RE = re.compile(
    r"[^\S\n]+(?:spokes\w*|officials?|officers?|staff|employees?|letter|letters|guidelines?|data|"
    r"statement|statements|website|order|orders|building|headquarters|source|sources|figures|"
    r"decree|circular|report|plan|policy|policies|budget|team|delegation|representatives?)\b"
)
# Words in capitals before the portfolio that are no state's: "The", a sentence's first word, a
# month ("In September education ministry…" reads no better).
NOT_STATES = frozenset("In On At By For From With As After Before When While National Local".split())


def ministries(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """Each lower-case ministry phrase that names the body, named as its capitalised form is."""
    if not has_any(text, ("ministry",)):
        return []  # nearly every statement: ministries, if any, with capitals
    out: list[Mention] = []
    # Read back from each lower-case "ministry": a pattern run over the whole text stopped at every
    # capitalised word of every statement that names a Ministry.
    at = text.find("ministry")
    while at >= 0:
        m = PORTFOLIO_RE.search(text, max(0, at - 60), at + 8)
        if m is not None and not text[at + 8 : at + 9].isalnum():
            _portfolio(text, m, out, auth)
        of = OF_RE.search(text, max(0, at - 6), at + 60)
        if of is not None and of.start("name") == at and not MODIFIED_RE.match(text, of.end()):
            words = of.group("name").split()
            name = " ".join(w if w in ("of", "and") else w[:1].upper() + w[1:] for w in words)
            out.append(Mention(of.start(), of.end(), name, "government", 1))
        at = text.find("ministry", at + 8)
    return [m for m in out if not any(c.start < m.end and m.start < c.end for c in chosen)]


def _portfolio(text: str, m: re.Match[str], out: list[Mention], auth: Authority) -> None:
    """The ministry a portfolio phrase names, unless a month or a preposition is its first word
    or it modifies a noun after it."""
    if m.group("adj") in NOT_STATES or MODIFIED_RE.match(text, m.end()):
        return
    portfolio = " ".join(m.group("name").split()[:-1])
    name = " ".join(w[:1].upper() + w[1:] for w in portfolio.split()) + " Ministry"
    state = owner_state(m.group("owner"), m.group("adj"), auth)
    if state:  # "Russia’s education ministry": the "Russian Education Ministry" of the text
        name = f"{state} {name}"
    out.append(Mention(m.start("name"), m.end(), name, "government", 1))


def owner_state(owner: str | None, adj: str | None, auth: Authority) -> str:
    """The adjective of the state that owns the ministry ("Russia’s", "the Russian"), or ""."""
    if adj is not None:
        aid = auth.adjectives.get(fold(adj), -1)
        return adj if aid >= 0 and auth.types[aid] == "state" and adj != auth.names[aid] else ""
    aid = auth.by_name.get(owner, -1) if owner is not None else -1
    return state_adjective(auth, aid) if aid >= 0 else ""
