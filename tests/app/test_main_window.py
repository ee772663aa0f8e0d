"""The window as a whole: welcome page, imports refreshing results, settings across restarts,
screenshot mode."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from advocacy_archive.app.main import run_app
from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.settings import Settings
from advocacy_archive.index.archive import Archive
from tests.app.answers import wait_for_document


def test_empty_archive_shows_the_welcome_page(qtbot, empty_archive: Archive, settings: Settings) -> None:
    settings.sort_order = "date"  # a restored sort must not search an empty archive
    win = MainWindow(empty_archive, settings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.welcome)


def test_the_window_never_waits_on_a_busy_archive(
    qtbot, archive: Archive, settings: Settings, tmp_path: Path
) -> None:
    """A long search holds the archive: showing the page, counting its figures and switching to
    another archive (index repair included) all go on in the background, the window answering."""
    import threading
    import time

    held, release = threading.Event(), threading.Event()

    def long_search() -> None:
        with archive._reading():  # what a slow search on the read pool holds
            held.set()
            release.wait(30)

    busy = threading.Thread(target=long_search)
    busy.start()
    try:
        assert held.wait(10)
        started = time.perf_counter()
        win = MainWindow(archive, settings)
        qtbot.addWidget(win)
        win._update_page()
        assert win.switch_archive(tmp_path / "other-archive")
        assert time.perf_counter() - started < 2, "the window waited on the archive"
        qtbot.waitUntil(lambda: win.archive.path == tmp_path / "other-archive", timeout=30_000)
    finally:
        release.set()
        busy.join()
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.welcome)


def test_imported_documents_appear_without_restart(
    qtbot, empty_archive: Archive, settings: Settings, seeds: list[Path]
) -> None:
    win = MainWindow(empty_archive, settings)
    qtbot.addWidget(win)
    win.show()
    win.importer.show_summary = False
    with qtbot.waitSignal(win.importer.finished, timeout=120_000):
        win.import_paths(seeds)
    qtbot.waitUntil(lambda: win.stack.currentWidget() is win.workspace)
    qtbot.waitUntil(lambda: win.workspace.results.model.rowCount() == len(seeds))


def test_layout_and_preferences_survive_a_restart(qtbot, archive: Archive, settings_path: Path) -> None:
    first = MainWindow(archive, Settings(settings_path))
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # inside the offscreen screen, which restoreGeometry clamps to
    first.actions_.show_demands.setChecked(False)
    first.workspace.splitter.setSizes([120, 250, 250, 120])
    sizes = first.workspace.splitter.sizes()
    box = first.workspace.results.sort_box
    box.setCurrentIndex(box.findData("date"))
    first.close()

    second = MainWindow(archive, Settings(settings_path))
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.workspace.demands.isHidden()
    assert not second.actions_.show_demands.isChecked()
    assert second.workspace.splitter.sizes() == sizes
    assert second.workspace.controller.sort == "date"
    assert second.workspace.results.sort_box.currentData() == "date"


def test_screenshot_mode_writes_a_png(
    qtbot, built_archive: Path, settings_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "archive"
    shutil.copytree(built_archive, path)
    shot = tmp_path / "shot.png"
    assert run_app(path, query="Aleppo", screenshot=shot) == 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_dropping_files_imports_them(
    qtbot, empty_archive: Archive, settings: Settings, seeds: list[Path]
) -> None:
    win = MainWindow(empty_archive, settings)
    qtbot.addWidget(win)
    win.show()
    win.importer.show_summary = False
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(seeds[0]))])
    drop = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(win.importer.finished, timeout=120_000):
        win.dropEvent(drop)
    qtbot.waitUntil(lambda: win.workspace.results.model.rowCount() == 1)


def test_actor_context_action_lists_documents_naming_it(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    name = ws.controller.last_result.hits and next(iter(ws.controller.last_result.facets["actor"]))
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.show_documents_naming(name)
    assert ws.search_bar.text() == f'actor:"{name}"'
    assert ws.results.model.rowCount() >= 1


def test_all_demands_window_opens_a_demand_in_the_reader(qtbot, window: MainWindow, archive: Archive) -> None:
    row = archive.all_demands()[0]
    target = row.demand.targets[0] if row.demand.targets else ""
    window.show_all_demands(target)
    assert window.all_demands is not None and window.all_demands.isVisible()
    window.all_demands.open_document.emit(row.doc_id, row.demand.start, row.demand.end)
    reader = window.workspace.reader
    wait_for_document(qtbot, window, row.doc_id)
    texts = [sel.cursor.selectedText() for sel in reader.text.extraSelections()]
    assert reader.document().text[row.demand.start : row.demand.end] in texts
