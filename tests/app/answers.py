"""Waiting for the window's answer to a search: its hits, then its facet counts (asked for as a
second background request once the hits are drawn)."""

from __future__ import annotations

from advocacy_archive.app.main_window import MainWindow


def wait_for_answer(qtbot, win: MainWindow) -> None:  # noqa: ANN001 (pytest-qt's fixture)
    ws = win.workspace
    qtbot.waitUntil(lambda: ws.controller.last_result is not None)
    qtbot.waitUntil(lambda: not ws.controller.facets_pending and not ws.facets.pending())
