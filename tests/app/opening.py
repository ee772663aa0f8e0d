"""Opening a document in the window as a user does: search, then the first result."""

from __future__ import annotations

from advocacy_archive.app.main_window import MainWindow


def open_first(qtbot, window: MainWindow, query: str) -> int:  # noqa: ANN001 (pytest-qt's fixture)
    """Search for `query`, open the first result; its document id, once the reader shows it."""
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search(query)
    assert ws.open_first_result()
    qtbot.waitUntil(lambda: ws.reader.document() is not None)
    return ws.reader.document().id
