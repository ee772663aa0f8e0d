"""The menus a daily user reaches for: reindex, re-extract, backup and restore with progress and
Cancel; the settings dialog; the Help menu's query syntax and keyboard shortcuts."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QPushButton, QTextBrowser

from advocacy_archive.app.appearance import apply_theme
from advocacy_archive.app.colours import is_dark
from advocacy_archive.app.import_summary import summary_text
from advocacy_archive.app.long_task import LongTask
from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.settings_dialog import SettingsDialog
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.formats import install_hint
from tests.app.answers import wait_for_answer
from tests.scans import scanned_page, scanned_pdf, speech_paragraphs


def _menu_texts(window: MainWindow) -> dict[str, list[str]]:
    return {
        menu.title().replace("&", ""): [a.text().replace("&", "") for a in menu.actions() if a.text()]
        for menu in (action.menu() for action in window.menuBar().actions())
    }


def test_the_archive_menu_holds_backup_restore_reindex_and_reextract(window: MainWindow) -> None:
    menus = _menu_texts(window)
    assert menus["Archive"] == [
        "Open archive…",
        "Back up archive…",
        "Restore a backup…",
        "Rebuild search index",
        "Extract actors and demands again",
        "Check archive…",
    ]
    assert {"Save search…", "Batch search…", "Copy citation"} <= set(menus["Search"])
    assert {"Export results…", "Export document as PDF…", "Print document…", "Settings…"} <= set(
        menus["File"]
    )
    assert menus["Help"][:2] == ["Query syntax", "Keyboard shortcuts"]


def test_reindex_runs_with_a_progress_dialog_and_the_search_still_answers(qtbot, window: MainWindow) -> None:
    before = window.archive.search("").total
    task = window.tasks.reindex()
    assert isinstance(task.dialog, QProgressDialog) and task.dialog.isVisible()
    with qtbot.waitSignal(window.tasks.message, timeout=120_000) as said:
        pass
    assert said.args[0].startswith("Rebuilt the search index of")
    wait_for_answer(qtbot, window)
    assert window.workspace.controller.last_result.total == before


def test_reextract_refreshes_the_open_document(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.tasks.message, timeout=300_000) as said:
        window.actions_.reextract.trigger()
    assert "Extracted actors and demands again" in said.args[0]


def test_a_backup_written_from_the_menu_restores_into_a_new_archive(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bundle = tmp_path / "backup.aab"
    with qtbot.waitSignal(window.tasks.message, timeout=120_000) as said:
        window.tasks.back_up(bundle)
    assert str(bundle) in said.args[0] and bundle.stat().st_size > 1000
    with qtbot.waitSignal(window.tasks.restored, timeout=120_000):
        window.tasks.restore(bundle, tmp_path / "restored")
    box = window.findChild(QMessageBox, "openRestoredBox")
    assert box is not None and "restored" in box.text()
    box.button(QMessageBox.StandardButton.Open).click()
    qtbot.waitUntil(lambda: window.archive.path == tmp_path / "restored", timeout=30_000)
    assert window.archive.stats().documents == Archive.open(tmp_path / "restored").stats().documents
    wait_for_answer(qtbot, window)


def test_cancel_stops_long_work_without_an_error_box(qtbot, window: MainWindow) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(*, on_progress, cancel) -> int:
        started.set()
        while not cancel.is_set():
            release.wait(0.01)
        raise RuntimeError("stopped as asked")

    task = LongTask(window, "Slow work")
    task.start(slow)
    qtbot.waitUntil(started.is_set)
    (cancel,) = task.dialog.findChildren(QPushButton)
    assert cancel.text() == "Cancel"
    with qtbot.waitSignal(task.failed, timeout=10_000):
        cancel.click()
    assert task.was_cancelled and window.findChild(QMessageBox, "errorMessageBox") is None


def test_settings_change_the_theme_and_the_results_per_page(qtbot, window: MainWindow) -> None:
    app = QApplication.instance()
    dialog = SettingsDialog(window.settings, window.archive.path, window)
    dialog.applied.connect(window.apply_settings)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.per_page.setValue(10)
    try:
        with qtbot.waitSignal(window.workspace.controller.results_changed):
            dialog.accept()
        assert is_dark(app.palette())
        assert window.settings.theme == "dark" and window.settings.results_per_page == 10
        assert window.workspace.controller.last_result.total > 10
        assert len(window.workspace.controller.last_result.hits) == 10
    finally:
        apply_theme(app, "system")
    assert not is_dark(app.palette())


def test_ocr_is_turned_off_in_the_settings_and_the_next_import_leaves_scans_unread(
    qtbot, window: MainWindow, tesseract: None, corpus: Path, tmp_path: Path
) -> None:
    dialog = SettingsDialog(window.settings, window.archive.path, window)
    dialog.applied.connect(window.apply_settings)
    assert dialog.ocr.isEnabled() and dialog.ocr.isChecked()  # on by default where installed
    dialog.ocr.setChecked(False)
    dialog.accept()
    assert window.settings.ocr_enabled is False
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "scan.pdf").write_bytes(scanned_pdf([scanned_page(speech_paragraphs(corpus)[:2])]))
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=120_000) as done:
        window.import_paths([folder])
    report = done.args[0]
    assert [o.reason for o in report.needs_ocr] == [
        "scanned PDF with no text layer (needs OCR): OCR is turned off for this import"
    ]
    assert "which is turned off. Turn it on in Settings" in summary_text(report)
    again = SettingsDialog(window.settings, window.archive.path, window)
    assert not again.ocr.isChecked()  # the choice is kept
    again.close()


def test_without_tesseract_the_ocr_setting_is_disabled_and_says_how_to_install_it(
    window: MainWindow, no_tesseract: None
) -> None:
    dialog = SettingsDialog(window.settings, window.archive.path, window)
    assert not dialog.ocr.isEnabled() and not dialog.ocr.isChecked()
    assert "Tesseract OCR is not installed" in dialog.ocr.toolTip() and install_hint() in dialog.ocr.toolTip()
    assert dialog.chosen().ocr is True  # the user's choice is kept for when it is installed
    dialog.close()


def test_choosing_a_folder_that_holds_no_archive_offers_to_make_one(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "new-archive"
    folder.mkdir()
    dialog = SettingsDialog(window.settings, window.archive.path, window)
    dialog.applied.connect(window.apply_settings)
    dialog.archive.setText(str(folder))
    dialog.accept()
    qtbot.waitUntil(
        lambda: window.findChild(QMessageBox, "newArchiveBox") is not None
    )  # asked in the background
    box = window.findChild(QMessageBox, "newArchiveBox")
    assert box is not None and str(folder) in box.text()
    assert not (folder / "catalog.sqlite").exists()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.archive.path == folder, timeout=30_000)
    assert (folder / "catalog.sqlite").exists()
    assert window.settings.last_archive == str(folder)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome)


def test_help_shows_the_query_syntax_and_every_shortcut(qtbot, window: MainWindow) -> None:
    window.actions_.query_syntax.trigger()
    syntax = window.findChild(QDialog, "syntaxHelp").findChild(QTextBrowser).toPlainText()
    assert '"safe passage"' in syntax and "date:[2016-01-01 TO 2016-12-31]" in syntax
    window.actions_.shortcuts.trigger()
    shortcuts = window.findChild(QDialog, "shortcutsHelp").findChild(QTextBrowser).toPlainText()
    for action in window.actions_.all():
        if not action.shortcut().isEmpty():
            assert action.shortcut().toString() in shortcuts, action.text()
    assert "Ctrl+S" in shortcuts and "Down" in shortcuts and "Esc" in shortcuts
