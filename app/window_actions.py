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
    save_search: QAction
    batch_search: QAction
    copy_citation: QAction
    export_results: QAction
    export_selected: QAction
    export_pdf: QAction
    print_document: QAction
    settings: QAction
    back_up: QAction
    restore: QAction
    reindex: QAction
    reextract: QAction
    query_syntax: QAction
    shortcuts: QAction

    def all(self) -> list[QAction]:
        return [value for value in vars(self).values() if isinstance(value, QAction)]


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
        save_search=_action(
            window, _tr("&Save search…"), slots["save_search"], QKeySequence.StandardKey.Save
        ),
        batch_search=_action(window, _tr("&Batch search…"), slots["batch_search"], "Ctrl+B"),
        copy_citation=_action(window, _tr("Copy &citation"), slots["copy_citation"], "Ctrl+Shift+C"),
        export_results=_action(window, _tr("&Export results…"), slots["export_results"], "Ctrl+E"),
        export_selected=_action(
            window, _tr("Export &selected results…"), slots["export_selected"], "Ctrl+Shift+E"
        ),
        export_pdf=_action(window, _tr("Export document as P&DF…"), slots["export_pdf"]),
        print_document=_action(
            window, _tr("&Print document…"), slots["print_document"], QKeySequence.StandardKey.Print
        ),
        settings=_action(window, _tr("Se&ttings…"), slots["settings"], "Ctrl+,"),
        back_up=_action(window, _tr("&Back up archive…"), slots["back_up"]),
        restore=_action(window, _tr("&Restore a backup…"), slots["restore"]),
        reindex=_action(window, _tr("Rebuild search &index"), slots["reindex"]),
        reextract=_action(window, _tr("&Extract actors and demands again"), slots["reextract"]),
        query_syntax=_action(
            window, _tr("&Query syntax"), slots["query_syntax"], QKeySequence.StandardKey.HelpContents
        ),
        shortcuts=_action(window, _tr("&Keyboard shortcuts"), slots["shortcuts"]),
    )
    actions.quit.setMenuRole(QAction.MenuRole.QuitRole)
    actions.about.setMenuRole(QAction.MenuRole.AboutRole)
    actions.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    actions.save_search.setToolTip(_tr("Save the current search under a name (Ctrl+S)"))
    actions.batch_search.setToolTip(_tr("Search a list of names, places or queries at once (Ctrl+B)"))
    actions.copy_citation.setToolTip(_tr("Copy the selected passage as a quotation with its citation"))
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
    file_menu.addActions([a.export_results, a.export_selected, a.export_pdf, a.print_document])
    file_menu.addSeparator()
    file_menu.addAction(a.settings)
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    search_menu = bar.addMenu(_tr("&Search"))
    search_menu.addActions([a.save_search, a.batch_search])
    search_menu.addSeparator()
    search_menu.addAction(a.copy_citation)
    archive_menu = bar.addMenu(_tr("&Archive"))
    archive_menu.addAction(a.open_archive)
    archive_menu.addSeparator()
    archive_menu.addActions([a.back_up, a.restore])
    archive_menu.addSeparator()
    archive_menu.addActions([a.reindex, a.reextract])
    view_menu = bar.addMenu(_tr("&View"))
    view_menu.addActions([a.show_actors, a.show_demands])
    view_menu.addSeparator()
    view_menu.addAction(a.all_demands)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addActions([a.query_syntax, a.shortcuts])
    help_menu.addSeparator()
    help_menu.addAction(a.about)


def _toolbar(window: QMainWindow, a: WindowActions) -> None:
    toolbar = QToolBar(_tr("Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")  # saveState() needs a name
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addActions([a.import_files, a.import_folder])
    toolbar.addSeparator()
    toolbar.addActions([a.save_search, a.batch_search, a.export_results])
    toolbar.addSeparator()
    toolbar.addAction(a.all_demands)
    toolbar.addSeparator()
    toolbar.addActions([a.show_actors, a.show_demands])
    window.addToolBar(toolbar)
