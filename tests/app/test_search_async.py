"""Searching never blocks the window: searches run on the read pool, the latest query wins, and
a slow search says "Searching…" while the window keeps handling events."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from advocacy_archive.app import search_controller
from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.workers import wait_for_all


def _hold(monkeypatch, query: str) -> threading.Event:
    """Make searches for `query` wait until the returned event is set."""
    gate = threading.Event()
    search = search_controller._search

    def held(archive, q, filters, sort, page=1, *rest):
        if q == query:
            gate.wait(20)
        return search(archive, q, filters, sort, page, *rest)

    monkeypatch.setattr(search_controller, "_search", held)
    return gate


def test_a_stale_answer_never_replaces_the_latest(qtbot, window: MainWindow, monkeypatch) -> None:
    controller = window.workspace.controller
    gate = _hold(monkeypatch, "Syria")
    controller.set_query("Syria")  # held on its pool thread
    with qtbot.waitSignal(controller.results_changed) as blocker:
        controller.set_query("Aleppo")
    assert blocker.args[0].query == "Aleppo"
    shown = window.workspace.results.model.rowCount()
    answers = []
    controller.results_changed.connect(answers.append)
    gate.set()  # the older search now answers: it must be dropped
    assert wait_for_all(10_000)
    assert answers == []
    assert controller.last_result.query == "Aleppo"
    assert window.workspace.results.model.rowCount() == shown


def test_window_keeps_running_and_says_searching_while_a_search_is_slow(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    controller = window.workspace.controller
    gate = _hold(monkeypatch, "Aleppo")
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    controller.set_query("Aleppo")
    assert controller.busy
    label = window.workspace.results.count_label
    qtbot.waitUntil(lambda: label.text() == "Searching…")
    assert len(ticks) >= 5, "the event loop stalled while searching"
    with qtbot.waitSignal(controller.results_changed):
        gate.set()
    timer.stop()
    assert not controller.busy
    assert "document" in label.text()


def test_broken_query_answer_is_inline_and_not_a_recent_search(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    ws.search_bar.field.setText('title:"Aleppo')
    with qtbot.waitSignal(ws.controller.query_failed):
        ws.search_bar.field.returnPressed.emit()
    assert 'title:"Aleppo' not in window.settings.recent_searches
    ws.search_bar.field.setText("Aleppo")
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search_bar.field.returnPressed.emit()
    assert window.settings.recent_searches[0] == "Aleppo"
    assert "Aleppo" in ws.search_bar.field.completer().model().stringList()
