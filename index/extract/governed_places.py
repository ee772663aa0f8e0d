"""Places with a government of their own: a state of a union or a province ("Alabama",
"Guanajuato", "Balochistan"), which the authority file lists as its state's first-level
subdivision (an ISO 3166-2 code, "USA-AL"). Named alone as the one a call asks ("Alabama should not
be subjecting Smith…", "Guanajuato should heed activists’ calls"), such a place stands for its
government, as a state does; a continent, a region or a city does not ("Africa must have permanent
seats", "the African, Caribbean and Pacific countries").
"""

from __future__ import annotations

import functools

from .authority import authority


@functools.cache
def _subdivisions() -> frozenset[int]:
    return frozenset(authority().subdivisions.values())


def governed(name: str) -> bool:
    """Whether the place `name` is a state's first-level subdivision in the authority file."""
    aid = authority().by_name.get(name, -1)
    return aid >= 0 and aid in _subdivisions()
