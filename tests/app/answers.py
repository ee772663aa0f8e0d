"""Waiting for the window's answer to a search: its hits, then its facet counts (asked for as a
second background request once the hits are drawn)."""

from __future__ import annotations

from advocacy_archive.app.main_window import MainWindow


def wait_for_answer(qtbot, win: MainWindow) -> None:  # noqa: ANN001 (pytest-qt's fixture)
    ws = win.workspace
    qtbot.waitUntil(lambda: ws.controller.last_result is not None)
    qtbot.waitUntil(lambda: not ws.controller.facets_pending and not ws.facets.pending())


def wait_for_document(qtbot, win: MainWindow, doc_id: int | None = None) -> None:  # noqa: ANN001
    """Documents are read in the background: wait until the one asked for last is shown."""
    ws = win.workspace
    qtbot.waitUntil(lambda: not ws.document_pending and ws.reader.document() is not None)
    if doc_id is not None:
        assert ws.reader.document().id == doc_id
