"""Facet values of the current result set, grouped by facet (issuer, actor, …) with counts, and
the proxy that shows the most frequent of each facet, or those matching the facet's filter box."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

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
        "by": QT_TRANSLATE_NOOP("Facets", "Demands made by"),
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


MAX_VALUES = 30  # shown without a filter; beyond this a facet is noise (its filter box finds the rest)


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
            for value, count in ordered
        )
        groups.append(Group(key, facet_label(key), entries))
    return groups


class FacetsModel(GroupedModel):
    show_group_counts = False

    def set_facets(
        self, facets: Mapping[str, Mapping[str, int]], active: Mapping[str, Sequence[str]]
    ) -> None:
        self.set_groups(facet_groups(facets, active))


class FacetFilterProxy(QSortFilterProxyModel):
    """Each facet's first MAX_VALUES values (and any chosen one), or, when its filter box holds
    text, every value containing that text (case aside). Facet headings always show."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[str, str] = {}
        self.setRecursiveFilteringEnabled(False)

    def filter_text(self, key: str) -> str:
        return self._texts.get(key, "")

    def set_filter(self, key: str, text: str) -> None:
        text = text.strip().casefold()
        if self._texts.get(key, "") == text:
            return
        if not hasattr(self, "endFilterChange"):  # Qt < 6.10
            self._texts[key] = text
            self.invalidateFilter()
            return
        self.beginFilterChange()  # invalidateFilter() is deprecated since Qt 6.10
        self._texts[key] = text
        self.endFilterChange()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        # A facet's heading row shows its name in a widget that also holds the filter box
        # (app/facets.py); painted here too, the two would overlap.
        if role == Qt.ItemDataRole.DisplayRole and index.isValid() and not index.parent().isValid():
            return None
        return super().data(index, role)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not source_parent.isValid():
            return True
        model = self.sourceModel()
        if not isinstance(model, FacetsModel):
            return True
        group = model.group_of(source_parent)
        if source_row >= len(group.entries):
            return False
        entry = group.entries[source_row]
        text = self._texts.get(group.key, "")
        if text:
            return text in entry.label.casefold() or text in str(entry.payload[1]).casefold()
        return source_row < MAX_VALUES or entry.bold
