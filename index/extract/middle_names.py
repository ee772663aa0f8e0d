"""A person the authority knows by a full name with a middle name, written without it.

The authority lists many people by their full names ("William Richard Shorten", "Anthony Stephen
Burke", "Greg Ivan Combet"), and releases write them as everyone does: by the given name, often
its familiar form, and the surname ("Bill Shorten", "Tony Burke", "Greg Combet"). The finder of
name pairs cannot read every such pair: "Bill" and "Shorten" are both ordinary words, so a release
that names the Opposition Leader only as "Bill Shorten's move" named no one. The short forms are
the authority's own people, so the pair finder (people.given_name_pairs) reads them as a person,
named as the text writes them (no display of "Kim Christian Beazley" for "Kim Beazley"): the given
name (or a familiar form of it) and the surname of a full name of three words whose first two are
given names.

A short form two people of the authority share ("George Bush" of "George Herbert Walker Bush"
and "George Walker Bush") names neither, and one an entry already has as its alias stays that
entry's. Only names of three plain capitalised words, the middle one a given name too, are
shortened, as English names are written: "Mohammed bin Salman" is not "Mohammed Salman", "Deng Xiao
Ping" not "Deng Ping", "Julio Cesar Mendez Montenegro" (whose last word is his mother's name) not
"Julio Montenegro".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .nicknames import FAMILIAR

# A word of a plain name: capitalised, letters only, a hyphenated surname allowed ("Hanson-Young").
NAME_WORD_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")

# The familiar forms of each given name ("william" → "Bill", "Billy").
FORMS_OF: dict[str, tuple[str, ...]] = {}
for _familiar, _full in FAMILIAR.items():
    FORMS_OF[_full] = (*FORMS_OF.get(_full, ()), _familiar.title())


def short_forms(
    people: Iterable[tuple[str, int]], given: frozenset[str], taken: set[tuple[str, str]]
) -> list[tuple[str, int]]:
    """The short forms ("Bill Shorten") of the full names of `people` (alias, actor id) that one
    person alone bears, none of them a two-word alias already `taken` (its folded words): those
    the authority finds itself."""
    owners: dict[tuple[str, str], set[int]] = {}
    for alias, aid in people:
        toks = alias.split()
        if len(toks) != 3 or toks[0] not in given or toks[1] not in given:
            continue
        if not all(NAME_WORD_RE.fullmatch(t) for t in toks):
            continue
        for first in (toks[0], *FORMS_OF.get(toks[0].lower(), ())):
            owners.setdefault((first, toks[-1]), set()).add(aid)
    return [
        (f"{first} {last}", next(iter(aids)))
        for (first, last), aids in owners.items()
        if len(aids) == 1 and (first.lower(), last.lower()) not in taken
    ]
