"""Archive › Check archive…: the check runs in the background with progress, its report names
what is wrong, and its Repair button puts back what can be repaired."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from advocacy_archive.app.main_window import MainWindow
from tests.app.answers import wait_for_answer


def _check_action(window: MainWindow) -> QAction:
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    action = next(a for a in menus["Archive"].actions() if a.objectName() == "checkArchiveAction")
    assert action.isEnabled()
    return action


def _run(qtbot, window: MainWindow, trigger) -> QMessageBox:  # noqa: ANN001
    checker = window.check_archive  # type: ignore[attr-defined]
    steps: list[tuple[int, int, str]] = []
    before = checker.last_report
    trigger()
    assert checker.progress is not None and checker.progress.isVisible()
    checker.task.progress.connect(lambda d, t, m: steps.append((d, t, m)))
    qtbot.waitUntil(lambda: checker.last_report is not before and checker.task is None, timeout=60_000)
    assert steps and steps[-1][0] == steps[-1][1], steps  # progress, to the end
    box = checker.report_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    return box


def test_checking_a_whole_archive_from_the_menu_says_all_is_in_order(qtbot, window: MainWindow) -> None:
    box = _run(qtbot, window, _check_action(window).trigger)
    assert "Everything is in order" in box.text()
    assert box.findChild(QPushButton, "repairButton") is None
    box.close()


def test_a_changed_original_is_named_and_repaired_from_the_report(qtbot, window: MainWindow) -> None:
    archive = window.archive
    hit = archive.search("", page_size=1).hits[0]
    original = archive.original_path(hit.doc_id)
    original.chmod(0o600)
    with open(original, "ab") as handle:
        handle.write(b"tampered")
    box = _run(qtbot, window, _check_action(window).trigger)
    assert "1 problem(s) found" in box.text()
    assert str(original) in box.detailedText() and f"document {hit.doc_id}" in box.detailedText()
    repair = box.findChild(QPushButton, "repairButton")
    assert repair is not None
    box = _run(qtbot, window, repair.click)
    report = window.check_archive.last_report  # type: ignore[attr-defined]
    assert report.repair and report.ok, report
    assert Path(original).read_bytes() == Path(archive.document(hit.doc_id).source_path).read_bytes()
    box.close()
    wait_for_answer(qtbot, window)  # the window searched again after the repair
