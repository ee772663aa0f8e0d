"""A people named by its plural and as "<adjective> people" in one text: one population.

A report writes "Uyghurs" and "the Uyghur people", "Kurds" and "the Kurdish people", "Jews" and
"the Jewish people", "the Rohingya" and "the Rohingya people" of one people, and the annotators
join them. `peoples.link` joins a state's people so ("Syrians", "the Syrian people") through the
authority's demonyms; a people that is no state's has no demonym there, so its two writings stood
as two actors. The plural takes the name of the one "<adjective> people" whose adjective it is:
the same word ("Rohingya"), without its "s" ("Uyghurs", "Tamils", "Yazidis"), or its "-ish"
adjective ("Kurds", "Jews", "Danes").
"""

from __future__ import annotations

import re

from .authority import authority
from .mention import Mention
from .peoples import _plural_demonym, _whole

PEOPLE_RE = re.compile(r"([A-Z][\w'’-]*)[^\S\n]+[Pp]eople")


def _adjectives(plural: str) -> tuple[str, ...]:
    """The adjectives a plural's people may be named by: "Uyghurs" → Uyghurs, Uyghur, Uyghurish."""
    if not plural.endswith("s"):
        return (plural,)  # an invariable people: "Rohingya", "Baloch"
    stem = plural[:-1]
    return (plural, stem, stem + "ish", stem[:-1] + "ish")  # "Kurds" → Kurdish, "Danes" → Danish


def link(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, each population named by one capitalised word after the one
    "<adjective> people" the text names with its adjective, where the plural names the whole
    people as `peoples` reads a demonym ("many Uyghurs", "Kurds who fled" are some of them). A
    state's demonym is left to `peoples`, which joined it where it names the whole people."""
    named: dict[str, set[str]] = {}
    single: list[Mention] = []
    for m in mentions:
        if m.type != "population":
            continue
        if (found := PEOPLE_RE.fullmatch(m.name)) is not None:
            if _whole(text, m.start, m.end):  # not "the million-plus Rohingya people in Bangladesh"
                named.setdefault(found.group(1), set()).add(m.name)
        elif m.name[:1].isupper() and " " not in m.name:
            single.append(m)
    if not named:
        return  # most statements name no people so
    auth = authority()
    for m in single:
        if _plural_demonym(m.name, auth) >= 0 or not _whole(text, m.start, m.end):
            continue
        names = {n for a in _adjectives(m.name) for n in named.get(a, ())}
        if len(names) == 1:
            m.name = next(iter(names))
