"""The fixed benchmark query set, each query written twice: in our (Whoosh) syntax and as an
SQLite FTS5 MATCH expression with an optional SQL condition on the documents table.

The words are the ones people look for in this corpus (refugees, Darfur, sanctions …); a few are
misspelt, as typed queries are, which exercises the "did you mean" path, and the same misspellings
are asked as fuzzy terms (`word~`: one edit, a swap of two letters counting as one). Each query
also keeps its words and field, from which benchmarks/tantivy_peer.py builds the peer's queries.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

TERMS = (
    "refugees asylum detention humanitarian sanctions iraq darfur syria afghanistan iran burma nuclear "
    "climate terrorism veterans immigration education healthcare taxes budget ceasefire genocide torture "
    "election democracy israel palestine ukraine russia china trade energy economy agriculture aleppo "
    "sudan indonesia timor boat offshore nauru manus children women poverty hunger famine drought water "
    "oil security peace disarmament independence colonialism apartheid namibia vietnam korea cuba haiti "
    "somalia rwanda bosnia kosovo libya yemen pandemic vaccine infrastructure jobs inflation"
).split()
TYPOS = ("refugess", "humanitarain", "sanctons", "afganistan", "detension")
# `word~`, one edit away from a word people look for (a swap, a letter missing, one too many)
FUZZY = TYPOS + ("negotation", "srebrenca", "guantanmo", "genocdie", "ceasfire")
PREFIXES = ("detain", "refug", "humanit", "nucle", "immigr")
PHRASES = (
    "human rights",
    "climate change",
    "united nations",
    "security council",
    "president bush",
    "asylum seekers",
    "humanitarian assistance",
    "nuclear weapons",
    "middle east",
    "international community",
    "weapons of mass destruction",
    "health care",
    "prime minister",
    "foreign minister",
    "civil war",
    "mandatory detention",
    "border protection",
    "general assembly",
    "developing countries",
    "arms race",
    "peace process",
    "economic development",
    "rule of law",
    "self determination",
    "war on terror",
    "department of defense",
    "small business",
    "federal government",
    "immigration department",
    "south africa",
)
TITLE_TERMS = (
    "refugees",
    "statement",
    "asylum",
    "iraq",
    "senator",
    "budget",
    "detention",
    "president",
    "health",
    "darfur",
    "climate",
    "veterans",
    "security",
    "trade",
    "education",
)
ACTORS = (
    "United Nations",
    "Australia",
    "United States",
    "Iraq",
    "Senate",
    "Congress",
    "China",
    "European Union",
    "Indonesia",
    "Sudan",
    "Israel",
    "Russia",
    "Iran",
    "Afghanistan",
    "UNHCR",
)
ISSUERS = ("greens", "democrats", "liberal", "labor", "kennedy")
YEARS = ("1975", "1990", "2001", "2005", "2006", "2007", "2013", "2016", "2021", "2022")


@dataclass(frozen=True)
class Query:
    kind: str  # term, typo, fuzzy, prefix, terms, phrase, title, date, actor, issuer, facet
    whoosh: str
    match: str  # FTS5 MATCH expression (FTS5 has no fuzzy terms: a `fuzzy` one asks the word)
    where: str = ""  # extra SQL condition on `docs` (FTS5 side; `params` also bound the peer's dates)
    params: tuple[str, ...] = ()
    filters: dict[str, list[str]] = field(default_factory=dict)  # Whoosh facet filters
    words: tuple[str, ...] = ()  # the words, phrase, prefix or fuzzy word asked
    field: str = ""  # the field named (title, actor, issuer), else title and body


def _text(words: str, *, prefix: bool = False) -> str:
    """FTS5: the words as a phrase in the default columns (title and body)."""
    star = " *" if prefix else ""
    return '{title body} : "' + words + '"' + star


def _all(words: list[str]) -> str:
    return "{title body} : (" + " AND ".join(f'"{w}"' for w in words) + ")"


def build() -> list[Query]:
    rng = random.Random(6)
    out: list[Query] = [Query("term", t, _text(t), words=(t,)) for t in TERMS]
    out += [Query("typo", t, _text(t), words=(t,)) for t in TYPOS]
    out += [Query("fuzzy", t + "~", _text(t), words=(t,)) for t in FUZZY]
    out += [Query("prefix", p + "*", _text(p, prefix=True), words=(p,)) for p in PREFIXES]
    for size in [2] * 30 + [3] * 15:
        words = rng.sample(TERMS, size)
        out.append(Query("terms", " ".join(words), _all(words), words=tuple(words)))
    out += [Query("phrase", f'"{p}"', _text(p), words=(p,)) for p in PHRASES]
    out += [Query("title", f"title:{t}", f'title : "{t}"', words=(t,), field="title") for t in TITLE_TERMS]
    for year, term in zip(YEARS + YEARS[:5], rng.sample(TERMS, 15), strict=True):
        out.append(
            Query(
                "date",
                f"{term} date:[{year}-01-01 TO {year}-12-31]",
                _text(term),
                "docs.date BETWEEN ? AND ?",
                (f"{year}-01-01", f"{year}-12-31"),
                words=(term,),
            )
        )
    out += [Query("actor", f'actor:"{a}"', f'actor : "{a}"', words=(a,), field="actor") for a in ACTORS]
    out += [Query("issuer", f"issuer:{i}", f'issuer : "{i}"', words=(i,), field="issuer") for i in ISSUERS]
    for i, term in enumerate(rng.sample(TERMS, 20)):
        if i % 2:
            html = {"format": ["html"]}
            out.append(Query("facet", term, _text(term), "docs.format = ?", ("html",), html, words=(term,)))
        else:
            year = YEARS[i % len(YEARS)]
            out.append(
                Query("facet", term, _text(term), "docs.year = ?", (year,), {"year": [year]}, words=(term,))
            )
    return out


WARMUP = ("statement", "government", "minister", "policy", "people")  # not in the measured set
