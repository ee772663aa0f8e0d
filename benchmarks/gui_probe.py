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
    import app.main as app_main
    from app.main_window import MainWindow
    from app.settings import Settings
    from index.archive import Archive

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
    """Enter in the search field → results model reset and drawn (the search runs on the GUI
    thread); and the last character typed → results, which includes the 250 ms debounce."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    qapp, archive, window = _window(Path(args["archive"]), Path(args["settings"]))
    bar, controller = window.workspace.search_bar, window.workspace.controller
    queries = _queries(args.get("count", 40))
    enter_ms = []
    for q in queries[::2]:
        bar.field.setText(q)  # programmatic: no search yet
        start = time.perf_counter()
        QTest.keyClick(bar.field, Qt.Key.Key_Return)
        qapp.processEvents()
        enter_ms.append((time.perf_counter() - start) * 1000)
        assert controller.query == q.strip()
    typed_ms = []
    for q in queries[1::2]:
        bar.field.setText(q[:-1])
        seen = []
        controller.results_changed.connect(seen.append)
        start = time.perf_counter()
        QTest.keyClick(bar.field, q[-1])
        while not seen and time.perf_counter() - start < 5:
            qapp.processEvents()
        qapp.processEvents()
        typed_ms.append((time.perf_counter() - start) * 1000)
        controller.results_changed.disconnect(seen.append)
    window.hide()
    archive.close()
    return {
        "enter_ms": enter_ms, "typed_ms": typed_ms,
        "enter_median": statistics.median(enter_ms), "typed_median": statistics.median(typed_ms),
        "page_size": _page_size(),
    }


def _page_size() -> int:
    from app.search_controller import PAGE_SIZE

    return PAGE_SIZE
