"""The "Saved searches" section of the sidebar: a search saved under a name opens in one click,
can be renamed (F2, or in its menu) and deleted, and shows how many documents it matched among
those imported since it was last opened (an offline alert: "3 new").

Every change is made by the archive in the background (`run_in_background`); the list is then
read again, so what it shows is always what the catalog holds.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..index.models import SavedSearch
from .appearance import muted, panel_title
from .models.saved_searches import NewMatchesRole, SavedRole, SavedSearchesModel, SavedSearchesProxy
from .tool_button import tool_button
from .workers import run_in_background

if TYPE_CHECKING:
    from ..index.archive import Archive

log = logging.getLogger(__name__)


class BadgeDelegate(QStyledItemDelegate):
    """A saved search's name, and on its right "3 new" in a pill when documents arrived."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # room above and below the pill, so rows read as a list rather than a block
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), hint.height() + 8)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        new = index.data(NewMatchesRole)
        if not new:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        name, opt.text = opt.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        metrics = opt.fontMetrics
        badge = self.tr("{0} new").format(new)
        width = metrics.horizontalAdvance(badge) + 12
        rect: QRect = opt.rect
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        text_rect.setRight(rect.right() - width - 8)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(palette.color(role))
        elided = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        pill = QRect(
            rect.right() - width - 4,
            rect.center().y() - metrics.height() // 2 - 1,
            width,
            metrics.height() + 2,
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(
            palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight)
        )
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(
            palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.HighlightedText)
        )
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, badge)
        painter.restore()


class SavedSearchesPanel(QWidget):
    open_requested = Signal(object)  # SavedSearch: show its query, filters and sort
    save_requested = Signal()  # the "+" button: save the search now shown
    message = Signal(str)  # short feedback for the status bar
    loaded = Signal(int)  # the list was read again: how many saved searches

    def __init__(self, archive: Archive, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._archive = archive
        self._generation = 0  # a reload overtaken by a newer one is dropped
        self.model = SavedSearchesModel(self)
        self.model.rename_requested.connect(self.rename)
        self.proxy = SavedSearchesProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView(self)
        self.view.setObjectName("savedSearchList")
        self.view.setAccessibleName(self.tr("Saved searches"))
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(BadgeDelegate(self.view))
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setUniformItemSizes(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.clicked.connect(self._open_index)
        self.view.activated.connect(self._open_index)
        self.hint = muted(
            QLabel(self.tr("Save a search (Ctrl+S) to come back to it: new matches show here."), self)
        )
        self.hint.setWordWrap(True)
        self.save_button = tool_button(
            self, "+", self.tr("Save the current search (Ctrl+S)"), self.save_requested.emit
        )
        self.save_button.setAccessibleName(self.tr("Save the current search"))
        self._layout()
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_hint)
        self._update_hint()

    def _layout(self) -> None:
        header = QHBoxLayout()
        header.addWidget(panel_title(QLabel(self.tr("Saved searches"), self)), 1)
        header.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)

    def _update_hint(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        self.hint.setVisible(empty)
        self.view.setVisible(not empty)

    # -- reading -------------------------------------------------------------------------
    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self.model.set_rows(())
        self.reload()

    def saved(self) -> list[SavedSearch]:
        return self.model.rows()

    def reload(self) -> None:
        """Read the saved searches and their new-match counts again, in the background."""
        self._generation += 1
        generation, archive = self._generation, self._archive

        def arrived(found: tuple[SavedSearch, ...]) -> None:
            if generation == self._generation and archive is self._archive:
                self.model.set_rows(found)
                self.loaded.emit(len(found))

        run_in_background(archive.saved_searches, on_success=arrived, on_failure=self._failed, parent=self)

    def _failed(self, message: str) -> None:
        log.warning("saved searches: %s", message)
        self.message.emit(message)
        self.reload()  # e.g. a refused rename: the list shows the old name again

    # -- changing ------------------------------------------------------------------------
    def _change(self, work: object, *args: object, done: str = "") -> None:
        def succeeded(_result: object) -> None:
            if done:
                self.message.emit(done)
            self.reload()

        run_in_background(work, *args, on_success=succeeded, on_failure=self._failed, parent=self)  # type: ignore[arg-type]

    def save(
        self, name: str, query: str, filters: dict[str, list[str]], sort: str, *, replace: bool = False
    ) -> None:
        self._change(
            lambda: self._archive.save_search(name, query, filters=filters, sort=sort, replace=replace),
            done=self.tr("Saved the search “{0}”").format(name),
        )

    def rename(self, old: str, new: str) -> None:
        self._change(
            self._archive.rename_saved_search, old, new, done=self.tr("Renamed to “{0}”").format(new)
        )

    def delete(self, name: str) -> None:
        self._change(
            self._archive.delete_saved_search,
            name,
            done=self.tr("Deleted the saved search “{0}”").format(name),
        )

    def mark_opened(self, name: str) -> None:
        self._change(self._archive.open_saved_search, name)

    # -- the list ------------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        saved = index.data(SavedRole)
        if isinstance(saved, SavedSearch) and self.view.state() != QAbstractItemView.State.EditingState:
            self.open_requested.emit(saved)

    def open_named(self, name: str) -> bool:
        row = self.model.row_of(name)
        if row is None:
            return False
        self.open_requested.emit(self.model.rows()[row])
        return True

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        saved = index.data(SavedRole)
        if not isinstance(saved, SavedSearch):
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(saved))
        menu.addAction(self.tr("Rename"), lambda: self.view.edit(index))
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), lambda: self.delete(saved.name))
        menu.popup(self.view.viewport().mapToGlobal(pos))
