"""Review by hand from the window: the actor and demand entries of context menus (actors panel,
demands panel, All demands, dossiers), the small dialogs they open, and running each edit on
the writer pool. Every edit goes through an `Archive` method (recorded in the edit history,
undoable); `edited` tells the window to show the archive as it now is, `failed` why not.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from ...index.archive import Archive
from ...index.models import ACTOR_TYPES, DemandRow
from ..models.actors import type_label
from ..workers import run_in_background
from .correction_dialog import CorrectionDialog


def _elided(name: str, limit: int = 40) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


class ReviewController(QObject):
    edited = Signal(object)  # the EditRecord, or None after an undo with nothing left
    failed = Signal(str)
    dossier_requested = Signal(str)  # an actor's name

    def __init__(self, archive: Archive, window: QWidget) -> None:
        super().__init__(window)
        self.archive = archive
        self.window = window

    def set_archive(self, archive: Archive) -> None:
        self.archive = archive

    def run(self, edit: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        """Run an archive edit on the writer pool (one at a time, in order)."""
        run_in_background(
            lambda: edit(*args, **kwargs),
            on_success=self.edited.emit,
            on_failure=self.failed.emit,
            parent=self,
            writer=True,
        )

    def undo(self) -> None:
        self.run(self.archive.undo_edit)

    # -- actors ------------------------------------------------------------------------------
    def add_actor_actions(self, menu: QMenu, name: str) -> None:
        """Open the dossier of `name`, and every edit of it."""
        shown = _elided(name)
        self._add(menu, self.tr("Open the dossier of {0}").format(shown), lambda: self._dossier(name))
        menu.addSeparator()
        self._add(menu, self.tr("Rename {0}…").format(shown), lambda: self.ask_rename(name))
        self._add(menu, self.tr("Merge {0} into…").format(shown), lambda: self.ask_merge(name))
        types = menu.addMenu(self.tr("Change type of {0}").format(shown))
        for kind in ACTOR_TYPES:
            self._add(
                types, type_label(kind), functools.partial(self.run, self.archive.retype_actor, name, kind)
            )
        self._add(menu, self.tr("Split {0}…").format(shown), lambda: self.ask_split(name))
        self._add(menu, self.tr("Delete {0}…").format(shown), lambda: self.ask_delete(name))

    def _dossier(self, name: str) -> None:
        self.dossier_requested.emit(name)

    def _add(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def ask_rename(self, name: str) -> None:
        new, ok = QInputDialog.getText(
            self.window,
            self.tr("Rename actor"),
            self.tr("New name for {0} (an existing actor's name merges the two):").format(name),
            QLineEdit.EchoMode.Normal,
            name,
        )
        if ok and new.strip() and new.strip() != name:
            self.run(self.archive.rename_actor, name, new.strip())

    def ask_merge(self, name: str) -> None:
        other, ok = QInputDialog.getText(
            self.window, self.tr("Merge actor"), self.tr("Merge {0} into the actor named:").format(name)
        )
        if ok and other.strip():
            self.run(self._merge, name, other.strip())

    def _merge(self, name: str, other: str) -> object:
        found = self.archive.find_actors(other)
        if not found:
            from ...index.errors import ArchiveError

            raise ArchiveError(f"There is no actor named {other!r} to merge {name!r} into.")
        return self.archive.rename_actor(name, other if other in found else found[0])

    def ask_split(self, name: str) -> None:
        """Ask which of the names the actor stands for (after a merge) to give back their own."""
        run_in_background(
            lambda: self.archive.actor_names(name),
            on_success=lambda names: self._split_chosen(name, names),
            on_failure=self.failed.emit,
            parent=self,
        )

    def _split_chosen(self, name: str, names: tuple[str, ...]) -> None:
        if len(names) < 2:
            QMessageBox.information(
                self.window,
                self.tr("Split actor"),
                self.tr(
                    "{0} stands for one name only; a merge joins names, a split parts them again."
                ).format(name),
            )
            return
        part, ok = QInputDialog.getItem(
            self.window,
            self.tr("Split actor"),
            self.tr("Give this name its own actor again:"),
            list(names),
            0,
            False,
        )
        if ok and part:
            self.run(self.archive.split_actor, name, [part])

    def ask_delete(self, name: str) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("Delete actor"),
            self.tr("Hide {0} everywhere? Undo (Edit menu) brings it back.").format(name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.run(self.archive.delete_actor, name)

    # -- demands -----------------------------------------------------------------------------
    def add_demand_actions(self, menu: QMenu, row: DemandRow) -> None:
        """Confirm, reject, correct or restore a demand, and the dossiers of who it names."""
        if row.status != "confirmed":
            self._add(menu, self.tr("Confirm this demand"), lambda: self.review(row, "confirmed"))
        if row.status != "rejected":
            self._add(menu, self.tr("Reject (not a demand)"), lambda: self.review(row, "rejected"))
        self._add(menu, self.tr("Correct…"), lambda: self.ask_correction(row))
        if row.status != "extracted":
            self._add(menu, self.tr("Restore as extracted"), lambda: self.review(row, "extracted"))
        names = [n for n in (row.demand.by, *row.demand.targets) if n]
        if names:
            menu.addSeparator()
        for name in dict.fromkeys(names):
            self._add(
                menu,
                self.tr("Open the dossier of {0}").format(_elided(name)),
                functools.partial(self._dossier, name),
            )

    def review(self, row: DemandRow, status: str, **correction: Any) -> None:
        self.run(self.archive.review_demand, row.ref, status, **correction)

    def ask_correction(self, row: DemandRow) -> None:
        dialog = CorrectionDialog(row, self.window)
        if dialog.exec() and dialog.correction():
            self.review(row, "corrected", **dialog.correction())
