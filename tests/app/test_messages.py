"""Errors reach the person readably, with copyable details, and always reach the log."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox

from advocacy_archive.app import messages
from advocacy_archive.app.about import show_about
from advocacy_archive.index import __version__


@pytest.fixture
def close_boxes(qtbot):
    yield
    for box in messages.open_error_boxes():
        box.close()


@pytest.fixture
def root_logger_restored():
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_setup_logging_writes_a_rotating_log_once(tmp_path, root_logger_restored):
    path = messages.setup_logging(tmp_path)
    assert messages.setup_logging(tmp_path) == path
    ours = [
        h
        for h in logging.getLogger().handlers
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename) == path
    ]
    assert len(ours) == 1 and ours[0].maxBytes > 0 and ours[0].backupCount > 0
    logging.getLogger("advocacy_archive.app.test").warning("hello log")
    ours[0].flush()
    assert "hello log" in path.read_text(encoding="utf-8")


def test_show_error_has_readable_text_and_copyable_details(qtbot, close_boxes):
    box = messages.show_error(None, "Import failed", "The archive is busy.", details="line 1\nline 2")
    qtbot.waitExposed(box)
    assert box.isVisible()
    assert box.text() == "The archive is busy."
    assert box.detailedText() == "line 1\nline 2"
    assert box.windowTitle() == "Import failed"
    assert box.icon() == QMessageBox.Icon.Warning


def test_excepthook_logs_and_shows_unexpected_errors(qtbot, caplog, close_boxes):
    try:
        raise RuntimeError("index went away")
    except RuntimeError:
        exc_info = sys.exc_info()
    with caplog.at_level(logging.ERROR, logger="advocacy_archive.app.messages"):
        messages._excepthook(*exc_info)
    assert any(r.exc_info and r.exc_info[1] is exc_info[1] for r in caplog.records)
    (box,) = messages.open_error_boxes()
    assert "index went away" in box.text()
    assert "Traceback" not in box.text()
    assert "RuntimeError: index went away" in box.detailedText()


def test_install_excepthook_replaces_the_hooks(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    import threading

    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    messages.install_excepthook()
    assert sys.excepthook is messages._excepthook
    assert threading.excepthook is messages._thread_excepthook


def test_status_goes_to_the_status_bar(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    messages.status(window, "Imported 3 documents", 2000)
    assert window.statusBar().currentMessage() == "Imported 3 documents"


def test_about_box_names_version_location_licences_and_offline(qtbot, tmp_path):
    box = show_about(None, tmp_path / "my archive")
    qtbot.addWidget(box)
    text = box.text()
    for expected in (__version__, "my archive", "LGPL", "Whoosh", "CAMEO", "MIT", "never connects"):
        assert expected in text
    box.close()
