"""The real window, offscreen: time from a keystroke to results drawn, and cold start to a usable
window. Runs inside `benchmarks.phases` in a fresh process.
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KEYSTROKE_KINDS = ("term", "terms", "phrase", "title", "actor", "date", "typo", "prefix")


def _window(archive_dir: Path, settings_file: Path):  # noqa: ANN202 (Qt types imported lazily)
    import advocacy_archive.app.main as app_main
    from advocacy_archive.app.main_window import MainWindow
    from advocacy_archive.app.settings import Settings
    from advocacy_archive.index.archive import Archive

    qapp = app_main._application()
    archive = Archive.open(archive_dir)
    window = MainWindow(archive, Settings(settings_file))
    window.show()
    qapp.processEvents()
    return qapp, archive, window


def run(phase: str, args: dict) -> dict:
    if phase == "start":
        return _start(args)
    if phase == "keystroke":
        return _keystrokes(args)
    raise SystemExit(f"unknown phase {phase}")


def _start(args: dict) -> dict:
    """Wall-clock stamps (time.time) so the parent can measure from before it spawned us."""
    stamps = {"python_ready": time.time()}
    qapp, archive, window = _window(Path(args["archive"]), Path(args["settings"]))
    _settle(qapp, window.workspace.controller, None)  # the first search runs on the read pool
    qapp.processEvents()
    rows = window.workspace.results.model.rowCount()
    stamps["window_ready"] = time.time()
    window.hide()
    archive.close()
    return {"stamps": stamps, "rows": rows}


def _queries(count: int) -> list[str]:
    from benchmarks.queries import build

    chosen = [q.whoosh for q in build() if q.kind in KEYSTROKE_KINDS]
    step = max(1, len(chosen) // count)
    return chosen[::step][:count]


def _keystrokes(args: dict) -> dict:
    """Enter in the search field → results drawn; and the last character typed → results drawn,
    which includes the search bar's debounce. Searches run on the app's read pool, so each
    measurement waits for `results_changed` and then lets the window repaint.

    Also reported, for finding where the time goes (the end point above is unchanged): how long
    `Archive.search` itself took on the pool thread for each Enter, and the time until the facet
    panel, which is redrawn after the hits, showed the new counts too."""
    from PySide6.QtCore import Qt

    qapp, archive, window = _window(Path(args["archive"]), Path(args["settings"]))
    bar, controller = window.workspace.search_bar, window.workspace.controller
    _settle(qapp, controller, None)
    searched = _time_searches(archive)
    queries = _queries(args.get("count", 40))
    enter_ms, search_ms, facets_ms = [], [], []
    for q in queries[::2]:
        enter_ms.append(_measure(qapp, controller, bar.field, q, Qt.Key.Key_Return))
        search_ms.append(next(ms for text, page, ms in reversed(searched) if text == q and page == 1))
        facets_ms.append(enter_ms[-1] + _facets_drawn(qapp, window.workspace.facets))
    typed_ms = [_measure(qapp, controller, bar.field, q[:-1], q[-1]) for q in queries[1::2]]
    window.hide()
    archive.close()
    return {
        "enter_ms": enter_ms,
        "typed_ms": typed_ms,
        "enter_median": statistics.median(enter_ms),
        "typed_median": statistics.median(typed_ms),
        "search_ms": search_ms,
        "search_median": statistics.median(search_ms),
        "facets_drawn_ms": facets_ms,
        "facets_drawn_median": statistics.median(facets_ms),
        "page_size": _page_size(),
    }


def _time_searches(archive) -> list[tuple[str, int, float]]:  # noqa: ANN001 (an Archive)
    """Record (query, page, milliseconds) of each `archive.search` call, on whichever thread."""
    took: list[tuple[str, int, float]] = []
    search = archive.search

    def timed(*a, **kw):  # noqa: ANN002, ANN003, ANN202
        start = time.perf_counter()
        try:
            return search(*a, **kw)
        finally:
            took.append(
                (a[0] if a else kw.get("query", ""), kw.get("page", 1), (time.perf_counter() - start) * 1000)
            )

    archive.search = timed
    return took


def _facets_drawn(qapp, facets, limit: float = 5.0) -> float:  # noqa: ANN001 (Qt objects)
    """After the hits are drawn: milliseconds until the facet panel has drawn the new counts."""
    from PySide6.QtCore import QEventLoop

    start = time.perf_counter()
    deadline = start + limit
    while facets.pending() and time.perf_counter() < deadline:
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    qapp.processEvents()  # the facet tree's repaint
    return (time.perf_counter() - start) * 1000


def _measure(qapp, controller, field, text: str, key) -> float:  # noqa: ANN001 (Qt objects)
    """Put `text` in the field without searching, press `key`, time until results are drawn."""
    from PySide6.QtTest import QTest

    field.setText(text)
    seen: list[object] = []
    controller.results_changed.connect(seen.append)
    start = time.perf_counter()
    QTest.keyClick(field, key)
    _settle(qapp, controller, seen)
    qapp.processEvents()  # the model reset's repaint
    controller.results_changed.disconnect(seen.append)
    return (time.perf_counter() - start) * 1000


def _settle(qapp, controller, seen: list[object] | None, limit: float = 10.0) -> None:  # noqa: ANN001
    """Run the event loop until an answer arrived (`seen`) or the controller is idle."""
    from PySide6.QtCore import QEventLoop

    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
        if (seen is None and not controller.busy) or seen:
            return
        time.sleep(0.0005)


def _page_size() -> int:
    from advocacy_archive.app.search_controller import PAGE_SIZE

    return PAGE_SIZE
