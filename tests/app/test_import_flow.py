"""Importing from the desktop against a real archive: progress, cancel, summary, busy archive."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QWidget

from advocacy_archive.app import messages
from advocacy_archive.app.import_flow import ImportController, drop_paths, name_filter
from advocacy_archive.app.import_summary import ImportSummaryDialog, report_as_text, summary_text
from advocacy_archive.app.models.import_outcomes import (
    COL_FILE,
    COL_REASON,
    COL_RESULT,
    OUTCOME_ROLE,
    ImportOutcomeModel,
)
from advocacy_archive.app.workers import wait_for_all
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.formats import SUPPORTED_SUFFIXES, install_hint
from advocacy_archive.index.models import ImportOutcome, ImportReport
from advocacy_archive.index.store.lock import WriterLock
from tests.scans import image_file, scanned_page, scanned_pdf, speech_paragraphs

SHOTS = Path("/tmp/shots")


@pytest.fixture(autouse=True)
def no_leaked_tasks(qapp):
    yield
    assert wait_for_all(60_000, cancel=True), "a background task outlived its test"
    for box in messages.open_error_boxes():
        box.close()


@pytest.fixture
def archive(tmp_path):
    arch = Archive.open(tmp_path / "archive")
    yield arch
    arch.close()


@pytest.fixture
def window(qtbot):
    widget = QWidget()
    widget.resize(900, 600)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def mixed_folder(tmp_path, seeds, corpus):
    """Two statements, a copy of one (a duplicate) and a PDF that is really random bytes."""
    folder = tmp_path / "to import"
    folder.mkdir()
    for seed in seeds[:2]:
        shutil.copy(seed, folder / seed.name)
    shutil.copy(seeds[0], folder / "copy of first.txt")
    (folder / "broken.pdf").write_bytes(os.urandom(4096))
    return folder


@pytest.fixture
def many_statements(tmp_path, corpus):
    folder = tmp_path / "state-dept"
    folder.mkdir()
    for page in sorted((corpus / "us-state-dept").glob("*.html"))[:60]:
        shutil.copy(page, folder / page.name)
    return folder


def _run(qtbot, controller, paths, timeout=120_000):
    with qtbot.waitSignal(controller.finished, timeout=timeout) as blocker:
        controller.start(paths)
    return blocker.args[0]


def test_summary_lists_imported_duplicate_and_failed_file_with_reason(qtbot, archive, window, mixed_folder):
    controller = ImportController(archive, window)
    report = _run(qtbot, controller, [mixed_folder])

    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert by_name["broken.pdf"].status in ("failed", "skipped") and by_name["broken.pdf"].reason
    assert len(report.imported) == 2
    assert len(report.duplicates) == 1

    dialog = controller.summary_dialog
    assert isinstance(dialog, ImportSummaryDialog) and dialog.isVisible()
    assert "Imported 2 documents." in dialog.headline.text()
    assert "1 file was already in the archive." in dialog.headline.text()
    assert "1 file could not be imported." in dialog.headline.text()
    first = dialog.proxy.index(0, COL_FILE)  # problems sort first
    assert first.data() == "broken.pdf"
    assert dialog.proxy.index(0, COL_RESULT).data() == "Failed"
    assert dialog.proxy.index(0, COL_REASON).data() == by_name["broken.pdf"].reason

    SHOTS.mkdir(exist_ok=True)
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(SHOTS / "import_summary.png"))

    dialog.copy_button.click()
    copied = QApplication.clipboard().text()
    assert "broken.pdf" in copied and by_name["broken.pdf"].reason in copied
    dialog.close()


def test_import_shows_progress_and_gui_stays_responsive(qtbot, archive, window, many_statements):
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    controller = ImportController(archive, window, show_summary=False)
    seen = []

    def on_progress(done, total, _message):
        dialog = controller.progress_dialog
        seen.append((done, total, dialog.isVisible()))
        if len(seen) == 2:
            SHOTS.mkdir(exist_ok=True)
            dialog.grab().save(str(SHOTS / "import_progress.png"))

    with qtbot.waitSignal(controller.finished, timeout=180_000) as blocker:
        task = controller.start([many_statements])
        task.progress.connect(on_progress)
    timer.stop()
    report = blocker.args[0]
    assert len(report.imported) == 60
    assert seen and all(visible for *_dt, visible in seen)
    assert seen[-1][1] >= 60  # the total is known
    assert len(ticks) >= 10, "the event loop stalled during the import"
    assert controller.progress_dialog is None  # closed when done
    assert archive.stats().documents == 60


def _pause_after(archive, monkeypatch, count: int) -> None:
    """Hold the import after `count` documents until it is cancelled, so a fast machine cannot
    finish all of them before the GUI thread has handled the progress signal and cancelled."""
    import_paths = archive.import_paths

    def paused(paths, *, on_progress, cancel, **kwargs):
        def progress(done, total, message):
            on_progress(done, total, message)
            if done >= count:
                cancel.wait(30)

        return import_paths(paths, on_progress=progress, cancel=cancel, **kwargs)

    monkeypatch.setattr(archive, "import_paths", paused)


def test_cancel_midway_imports_fewer_documents_and_leaves_archive_consistent(
    qtbot, archive, window, many_statements, tmp_path, monkeypatch
):
    _pause_after(archive, monkeypatch, 3)
    controller = ImportController(archive, window)
    reports = []
    controller.finished.connect(reports.append)
    task = controller.start([many_statements])
    task.progress.connect(lambda done, total, msg: controller.cancel() if done >= 3 else None)
    qtbot.waitUntil(lambda: bool(reports), timeout=120_000)
    report = reports[0]

    assert report.cancelled
    assert 0 < len(report.imported) < 60
    assert archive.stats().documents == len(report.imported)
    assert archive.search("").total == len(report.imported)
    assert "cancelled" in controller.summary_dialog.headline.text()
    assert controller.summary_dialog.windowTitle() == "Import cancelled"
    controller.summary_dialog.close()
    # Reopening finds the same consistent archive, and a second import finishes the job.
    archive.close()
    again = Archive.open(tmp_path / "archive")
    try:
        assert again.stats().documents == len(report.imported)
        rest = _run(qtbot, ImportController(again, window, show_summary=False), [many_statements])
        assert len(rest.imported) == 60 - len(report.imported)
        assert len(rest.duplicates) == len(report.imported)
    finally:
        again.close()


def test_busy_archive_shows_its_message_and_emits_failed(qtbot, archive, window, mixed_folder):
    controller = ImportController(archive, window)
    with WriterLock(archive.path):  # as another process importing would hold it
        with qtbot.waitSignal(controller.failed, timeout=30_000) as blocker:
            controller.start([mixed_folder])
    message = blocker.args[0]
    assert "in use by another process" in message
    (box,) = messages.open_error_boxes()
    assert box.text() == message
    assert controller.summary_dialog is None and not controller.running


def test_outcome_model_passes_model_tester_and_shows_reasons(qtmodeltester):
    model = ImportOutcomeModel()
    model.set_rows(
        [
            ImportOutcome("/a/one.txt", "imported", doc_id=1),
            ImportOutcome("/a/bad.pdf", "failed", "not a PDF"),
        ]
    )
    qtmodeltester.check(model)
    assert model.index(1, COL_RESULT).data() == "Failed"
    assert model.index(1, COL_FILE).data() == "bad.pdf"
    assert model.index(1, COL_FILE).data(Qt.ItemDataRole.ToolTipRole) == "/a/bad.pdf"
    assert model.index(1, COL_REASON).data() == "not a PDF"
    assert model.index(0, 0).data(OUTCOME_ROLE).doc_id == 1


def test_summary_text_reads_well():
    report = ImportReport((ImportOutcome("a.txt", "imported"),), cancelled=False)
    assert summary_text(report) == "Imported 1 document."
    assert report_as_text(report).splitlines()[-1] == "Imported: a.txt"


def test_drop_paths_keeps_local_files_only(tmp_path):
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "a.txt")),
            QUrl("https://example.org/x.html"),
            QUrl.fromLocalFile(str(tmp_path)),
        ]
    )
    assert drop_paths(mime) == [tmp_path / "a.txt", tmp_path]
    assert drop_paths(QMimeData()) == []
    assert drop_paths(None) == []


def test_file_chooser_filter_lists_every_supported_format():
    assert {".png", ".jpg", ".pdf", ".eml"} <= SUPPORTED_SUFFIXES
    assert all(f"*{suffix}" in name_filter() for suffix in SUPPORTED_SUFFIXES)


def test_summary_says_which_files_need_ocr_and_how_to_install_it(
    qtbot, archive, window, no_tesseract, corpus, seeds, tmp_path
):
    paragraphs = speech_paragraphs(corpus)
    folder = tmp_path / "scans"
    folder.mkdir()
    shutil.copy(seeds[0], folder / seeds[0].name)
    (folder / "scan.pdf").write_bytes(scanned_pdf([scanned_page(paragraphs[:2])]))
    (folder / "photo.jpg").write_bytes(image_file(scanned_page(paragraphs[1:2], size=(1654, 700)), "JPEG"))
    report = archive.import_paths([folder], jobs=1)  # read here: this process has no Tesseract
    assert len(report.imported) == 1  # the statement: nothing else of the import is lost

    dialog = ImportSummaryDialog(report, window)
    qtbot.addWidget(dialog)
    dialog.show()
    headline = dialog.headline.text()
    assert "2 files could not be imported." in headline
    assert "2 files are scans or images whose text needs OCR, and Tesseract OCR is not installed." in headline
    assert f"{install_hint()}, then import the files that failed again." in headline
    reasons = {
        dialog.proxy.index(row, COL_FILE).data(): dialog.proxy.index(row, COL_REASON).data()
        for row in range(3)
    }
    assert reasons["scan.pdf"] == "scanned PDF with no text layer (needs OCR): Tesseract OCR is not installed"
    assert reasons["photo.jpg"] == "image (needs OCR): Tesseract OCR is not installed"
    dialog.close()
