"""The values a facet holds across the archive, for checking a filter a person typed: a value
no document has is answered with the valid ones, closest first, instead of zero results."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from difflib import SequenceMatcher

from ..errors import UnknownFacetValue
from .facet_columns import FACETS
from .facets import FacetColumns


def all_values(facets: FacetColumns, facet: str) -> list[str]:
    """Every value of `facet` some document holds, sorted."""
    if facet not in FACETS:
        raise ValueError(f"unknown facet {facet!r}; the facets are {', '.join(FACETS)}")
    return list(facets.id_columns().columns[facet].values)


def closest_first(value: str, values: Collection[str]) -> list[str]:
    """`values` ordered by likeness to `value` (case aside), then alphabetically."""
    wanted = value.casefold()

    def likeness(candidate: str) -> float:
        return SequenceMatcher(None, wanted, candidate.casefold()).ratio()

    return sorted(values, key=lambda v: (-likeness(v), v.casefold()))


def check(facets: FacetColumns, filters: Mapping[str, Sequence[str]]) -> None:
    """Raise UnknownFacetValue for the first filter value that no document holds."""
    for facet, values in filters.items():
        known = set(all_values(facets, facet))
        for value in values:
            if value not in known:
                raise UnknownFacetValue(facet, value, closest_first(value, known))
