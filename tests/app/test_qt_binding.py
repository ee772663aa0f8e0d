"""The Qt binding itself: a model answering None must not corrupt the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt


class _Empty(QAbstractListModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        return None


def test_reading_none_from_a_model_through_qt_keeps_none_alive(qapp: object) -> None:
    # PySide6 6.12.0 dropped a reference to None on every such read; after a few thousand
    # reads (every paint of a list does many) the app aborted with "none_dealloc".
    model = _Empty()
    before = sys.getrefcount(None)
    for _ in range(500):
        model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)
    assert sys.getrefcount(None) - before > -50
