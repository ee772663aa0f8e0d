"""Timelines: counts per month of documents, demands made by an actor and demands made of it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import TimelineBin


def month_of(date: str | None) -> str | None:
    """ "2016-03" of an ISO date ("2016-03-14" or "2016-03"); None when undated or year-only."""
    if not date or len(date) < 7 or date[4] != "-":
        return None
    return date[:7]


def timeline(
    documents: Iterable[str | None],
    demands_by: Iterable[str | None] = (),
    demands_of: Iterable[str | None] = (),
) -> tuple[TimelineBin, ...]:
    """Months holding anything, oldest first, from the dates of documents and demands."""
    counts = [Counter(m for m in map(month_of, dates) if m) for dates in (documents, demands_by, demands_of)]
    months = sorted(set().union(*counts))
    return tuple(TimelineBin(m, counts[0][m], counts[1][m], counts[2][m]) for m in months)
