"""The Actors panel: who the open document names, grouped by type, each type in its own colour.

Selecting an actor highlights its mentions in the reader and jumps to the first; Enter or the
"Next mention" button steps on. The context menu lists every document naming the actor.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QItemSelection, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...index.models import Actor
from ..appearance import panel_title
from ..colours import actor_colour
from ..models.actors import ActorsModel
from ..models.grouped import COUNT, NAME, PayloadRole


class ActorTree(QTreeView):
    """A tree where Enter on an actor asks for its next mention instead of doing nothing."""

    step_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().parent().isValid():
            self.step_requested.emit()
            return
        super().keyPressEvent(event)


class ActorsPanel(QWidget):
    actor_selected = Signal(object)  # Actor
    next_mention = Signal()
    show_documents = Signal(str)  # actor name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # adds entries about an actor to its context menu (the dossier, edits by hand)
        self.extend_menu: Callable[[QMenu, str], None] | None = None
        self.model = ActorsModel(self)
        self.view = ActorTree(self)
        self.view.setObjectName("actorTree")
        self.view.setAccessibleName(self.tr("Actors named in this document"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COUNT, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.step_requested.connect(self.next_mention)
        self.view.customContextMenuRequested.connect(self._context_menu)

        title = panel_title(QLabel(self.tr("Actors"), self))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next mention"))
        self.next_button.setToolTip(self.tr("Go to the next mention of the selected actor (Enter)"))
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self.next_mention)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 6, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # a light <-> dark switch: swatches follow the new palette
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self.model.recolour(actor_colour)

    def set_actors(self, actors: Sequence[Actor]) -> None:
        self.model.set_actors(actors)
        self.view.expandAll()
        self.next_button.setEnabled(False)

    def selected_actor(self) -> Actor | None:
        payload = self.view.currentIndex().siblingAtColumn(NAME).data(PayloadRole)
        return payload if isinstance(payload, Actor) else None

    def select_actor(self, name: str) -> bool:
        for group_row in range(self.model.rowCount()):
            group = self.model.index(group_row, 0)
            for row in range(self.model.rowCount(group)):
                index = self.model.index(row, 0, group)
                if index.data(PayloadRole).name == name:
                    self.view.setCurrentIndex(index)
                    return True
        return False

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        actor = indexes[0].siblingAtColumn(NAME).data(PayloadRole) if indexes else None
        self.next_button.setEnabled(actor is not None)
        if actor is not None:
            self.actor_selected.emit(actor)

    def _context_menu(self, pos: QPoint) -> None:
        actor = self.view.indexAt(pos).siblingAtColumn(NAME).data(PayloadRole)
        if actor is None:
            return
        menu = QMenu(self)
        action = QAction(self.tr("Show every document naming {0}").format(actor.name), menu)
        action.triggered.connect(lambda: self.show_documents.emit(actor.name))
        menu.addAction(action)
        if self.extend_menu is not None:
            menu.addSeparator()
            self.extend_menu(menu, actor.name)
        menu.exec(self.view.viewport().mapToGlobal(pos))
