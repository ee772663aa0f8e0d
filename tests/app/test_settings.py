"""Preferences survive a restart, keep their types, and stay inside the test's own file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from advocacy_archive.app.settings import MAX_RECENT_SEARCHES, Settings


@pytest.fixture
def settings_path(tmp_path):
    return tmp_path / "settings.ini"


def test_fresh_settings_have_sensible_defaults(settings_path):
    settings = Settings(settings_path)
    assert settings.window_geometry == b""
    assert settings.window_state == b""
    assert settings.splitter_state("main") == b""
    assert settings.panel_visible("facets") is True
    assert settings.panel_visible("actors", default=False) is False
    assert settings.sort_order == "relevance"
    assert settings.recent_searches == []
    assert settings.last_archive == ""


def test_every_setting_round_trips_through_a_new_instance(settings_path):
    first = Settings(settings_path)
    first.window_geometry = b"\x01\x02geometry\x00"
    first.window_state = b"state\xff"
    first.set_splitter_state("reader", b"\x00split")
    first.set_panel_visible("facets", False)
    first.set_panel_visible("demands", True)
    first.sort_order = "date"
    first.add_recent_search("sudan")
    first.last_archive = "/home/someone/archive"
    first.sync()

    second = Settings(settings_path)
    assert second.window_geometry == b"\x01\x02geometry\x00"
    assert second.window_state == b"state\xff"
    assert second.splitter_state("reader") == b"\x00split"
    assert second.splitter_state("other") == b""
    assert second.panel_visible("facets") is False
    assert second.panel_visible("demands") is True
    assert second.sort_order == "date"
    assert second.recent_searches == ["sudan"]
    assert second.last_archive == "/home/someone/archive"
    assert second.file_name == str(settings_path)


def test_recent_searches_are_most_recent_first_deduplicated_and_capped(settings_path):
    settings = Settings(settings_path)
    for n in range(20):
        settings.add_recent_search(f"query {n}")
    settings.add_recent_search("query 10")
    settings.add_recent_search("  ")
    recent = Settings(settings_path).recent_searches
    assert len(recent) == MAX_RECENT_SEARCHES
    assert recent[:3] == ["query 10", "query 19", "query 18"]
    assert recent.count("query 10") == 1


def test_unknown_sort_order_is_refused(settings_path):
    with pytest.raises(ValueError):
        Settings(settings_path).sort_order = "alphabetical"


def test_real_window_and_splitter_state_restore(qtbot, settings_path):
    window = QMainWindow()
    splitter = QSplitter()
    qtbot.addWidget(window)
    window.setCentralWidget(splitter)
    window.resize(640, 480)
    settings = Settings(settings_path)
    settings.window_geometry = bytes(window.saveGeometry().data())
    settings.window_state = bytes(window.saveState().data())
    settings.set_splitter_state("main", bytes(splitter.saveState().data()))
    settings.sync()

    again = Settings(settings_path)
    assert window.restoreGeometry(QByteArray(again.window_geometry))
    assert window.restoreState(QByteArray(again.window_state))
    assert splitter.restoreState(QByteArray(again.splitter_state("main")))
