"""Facet values of the current result set, grouped by facet (issuer, actor, …) with counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.models.actors import TYPE_LABELS
from app.models.grouped import Entry, Group, GroupedModel

# facet key -> label, in display order ("format" is offered too: it is cheap and useful)
FACET_LABELS: dict[str, str] = {
    "issuer": "Issuer",
    "actor": "Actor",
    "actor_type": "Actor type",
    "target": "Target of demands",
    "year": "Year",
    "format": "Format",
}


def value_label(key: str, value: str) -> str:
    """How a facet value reads: actor types by their plural name ("Armed forces"), others as is."""
    return TYPE_LABELS.get(value, value) if key == "actor_type" else value


MAX_VALUES = 30  # beyond this a facet is noise; the search box narrows further


def facet_groups(facets: Mapping[str, Mapping[str, int]], active: Mapping[str, Sequence[str]]) -> list[Group]:
    groups = []
    for key, label in FACET_LABELS.items():
        counts = facets.get(key, {})
        if key == "year":
            ordered = sorted(counts.items(), key=lambda kv: kv[0], reverse=True)
        else:
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        chosen = set(active.get(key, ()))
        entries = tuple(
            Entry(value_label(key, value), count, (key, value), bold=value in chosen)
            for value, count in ordered[:MAX_VALUES]
        )
        groups.append(Group(key, label, entries))
    return groups


class FacetsModel(GroupedModel):
    show_group_counts = False

    def set_facets(
        self, facets: Mapping[str, Mapping[str, int]], active: Mapping[str, Sequence[str]]
    ) -> None:
        self.set_groups(facet_groups(facets, active))
