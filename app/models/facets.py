"""Facet values of the current result set, grouped by facet (issuer, actor, …) with counts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...index import dates
from .actors import type_label
from .grouped import Entry, Group, GroupedModel

# facet key -> label, in display order ("format" is offered too: it is cheap and useful)
# Qt's stubs type QT_TRANSLATE_NOOP as returning object; it returns its text.
FACET_LABELS = cast(
    dict[str, str],
    {
        # the user's own marks first (store/marks.py)
        "star": QT_TRANSLATE_NOOP("Facets", "Starred"),
        "tag": QT_TRANSLATE_NOOP("Facets", "Tags"),
        "issuer": QT_TRANSLATE_NOOP("Facets", "Issuer"),
        "actor": QT_TRANSLATE_NOOP("Facets", "Actor"),
        "actor_type": QT_TRANSLATE_NOOP("Facets", "Actor type"),
        "target": QT_TRANSLATE_NOOP("Facets", "Target of demands"),
        "year": QT_TRANSLATE_NOOP("Facets", "Year"),
        "format": QT_TRANSLATE_NOOP("Facets", "Format"),
    },
)


def facet_label(key: str) -> str:
    """The translated heading of a facet ("Issuer"); unknown keys as is."""
    return QCoreApplication.translate("Facets", FACET_LABELS[key]) if key in FACET_LABELS else key


def value_label(key: str, value: str) -> str:
    """How a facet value reads: actor types by their plural name ("Armed forces"), the star as
    "★ Starred", others as is."""
    if key == "star":
        return "★ " + QCoreApplication.translate("Facets", "Starred")
    return type_label(value) if key == "actor_type" else value


MAX_VALUES = 30  # beyond this a facet is noise; the search box narrows further


def facet_groups(facets: Mapping[str, Mapping[str, int]], active: Mapping[str, Sequence[str]]) -> list[Group]:
    groups = []
    for key in FACET_LABELS:
        counts = facets.get(key, {})
        if key == "year":
            # newest first, the "undated" bucket last
            ordered = sorted(counts.items(), key=lambda kv: (kv[0] != dates.UNDATED, kv[0]), reverse=True)
        else:
            ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))
        chosen = set(active.get(key, ()))
        entries = tuple(
            Entry(value_label(key, value), count, (key, value), bold=value in chosen)
            for value, count in ordered[:MAX_VALUES]
        )
        groups.append(Group(key, facet_label(key), entries))
    return groups


class FacetsModel(GroupedModel):
    show_group_counts = False

    def set_facets(
        self, facets: Mapping[str, Mapping[str, int]], active: Mapping[str, Sequence[str]]
    ) -> None:
        self.set_groups(facet_groups(facets, active))
