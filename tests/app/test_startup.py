"""Starting the app: the log file is set up before anything else, an unexpected error lands in it
and in a readable dialog, and --query/--open-first open the first result (searches run in the
background, so start-up waits for the answer)."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from advocacy_archive.app import main as app_main
from advocacy_archive.app import messages


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    """run_app logs where index.locations.log_dir() says; point it at a temporary folder, and
    undo the root handler and the exception hooks run_app installs."""
    folder = tmp_path / "logs"
    monkeypatch.setattr(messages, "log_dir", lambda: folder)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield folder
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for box in messages.open_error_boxes():
        box.close()


def _archive_copy(built_archive: Path, tmp_path: Path) -> Path:
    path = tmp_path / "archive"
    shutil.copytree(built_archive, path)
    return path


def test_start_up_logs_to_the_user_log_folder_and_unexpected_errors_reach_it(
    qtbot, built_archive, tmp_path, settings_path, log_folder
) -> None:
    shot = tmp_path / "shot.png"
    assert app_main.run_app(_archive_copy(built_archive, tmp_path), screenshot=shot) == 0
    log_file = log_folder / messages.LOG_FILE_NAME
    assert log_file.exists(), "run_app must call setup_logging() at start-up"
    assert sys.excepthook is messages._excepthook, "run_app must install the exception hook"

    try:
        raise RuntimeError("the flux capacitor melted")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "the flux capacitor melted" in text and "Traceback" in text
    (box,) = messages.open_error_boxes()
    assert "the flux capacitor melted" in box.text()
    assert "Traceback" not in box.text() and "Traceback" in box.detailedText()


def test_query_and_open_first_show_the_first_result_in_the_reader(
    qtbot, built_archive, tmp_path, settings_path, log_folder, monkeypatch
) -> None:
    opened = []

    def fake_exec() -> int:  # instead of the event loop: look at the window, then quit
        shown = QApplication.topLevelWidgets()
        (window,) = [w for w in shown if w.objectName() == "mainWindow" and w.isVisible()]
        opened.append(window.workspace.reader.document())
        window.close()
        return 0

    monkeypatch.setattr(QCoreApplication.instance(), "exec", fake_exec, raising=False)
    assert app_main.run_app(_archive_copy(built_archive, tmp_path), query="Aleppo", open_first=True) == 0
    assert opened and opened[0] is not None
    assert "aleppo" in opened[0].text.lower()
