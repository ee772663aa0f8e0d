"""The main window's actions, menus and toolbar, built in one place so shortcuts are easy to find.

The window passes its slots in; this module only knows labels, shortcuts and where each action
appears.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class WindowActions:
    import_files: QAction
    import_folder: QAction
    open_archive: QAction
    quit: QAction
    show_actors: QAction
    show_demands: QAction
    all_demands: QAction
    about: QAction


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def _toggle(window: QMainWindow, text: str, slot: Callable[[bool], object]) -> QAction:
    action = QAction(text, window)
    action.setCheckable(True)
    action.setChecked(True)
    action.toggled.connect(slot)
    return action


def build_actions(window: QMainWindow, slots: dict[str, Callable[..., object]]) -> WindowActions:
    actions = WindowActions(
        import_files=_action(
            window, _tr("Import &files…"), slots["import_files"], QKeySequence.StandardKey.Open
        ),
        import_folder=_action(window, _tr("Import f&older…"), slots["import_folder"], "Ctrl+Shift+O"),
        open_archive=_action(window, _tr("Open &archive…"), slots["open_archive"]),
        quit=_action(window, _tr("&Quit"), slots["quit"], "Ctrl+Q"),
        show_actors=_toggle(window, _tr("&Actors panel"), slots["show_actors"]),
        show_demands=_toggle(window, _tr("&Demands panel"), slots["show_demands"]),
        all_demands=_action(window, _tr("All &demands…"), slots["all_demands"], "Ctrl+D"),
        about=_action(window, _tr("&About Advocacy Archive"), slots["about"]),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.import_files.setToolTip(_tr("Import statements from files (Ctrl+O)"))
    actions.import_folder.setToolTip(_tr("Import every statement in a folder"))
    actions.all_demands.setToolTip(_tr("Every demand in the archive, filterable by target (Ctrl+D)"))
    _menus(window, actions)
    _toolbar(window, actions)
    return actions


def _menus(window: QMainWindow, a: WindowActions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addActions([a.import_files, a.import_folder])
    file_menu.addSeparator()
    file_menu.addAction(a.open_archive)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    view_menu = bar.addMenu(_tr("&View"))
    view_menu.addActions([a.show_actors, a.show_demands])
    view_menu.addSeparator()
    view_menu.addAction(a.all_demands)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addAction(a.about)


def _toolbar(window: QMainWindow, a: WindowActions) -> None:
    toolbar = QToolBar(_tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")  # saveState() needs a name
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([a.import_files, a.import_folder])
    toolbar.addSeparator()
    toolbar.addAction(a.all_demands)
    toolbar.addSeparator()
    toolbar.addActions([a.show_actors, a.show_demands])
    window.addToolBar(toolbar)
