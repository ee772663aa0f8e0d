"""Correcting a record from the reader: the dialog shows the record, saves in the background, and
the header, the results and a search by the corrected value follow at once; a value the archive
refuses is said in the dialog and nothing is saved; a correction can be undone."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.record_editor import RecordEditor
from tests.app.answers import wait_for_answer
from tests.app.test_reader import open_first


def _editor(qtbot, window: MainWindow) -> RecordEditor:
    window.workspace.reader.record_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, RecordEditor) and w.isVisible() for w in QApplication.topLevelWidgets())
    )
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible())


def test_a_corrected_date_and_issuer_show_at_once_and_are_searchable(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    reader = window.workspace.reader
    doc_id = reader.document().id
    editor = _editor(qtbot, window)
    assert editor.fields["title"].text() == reader.document().title and not editor.undo_buttons
    editor.fields["date"].setText("13 December 2016")
    editor.fields["issuer"].setText("Coalition for a Democratic Syria")
    with qtbot.waitSignal(editor.saved, timeout=30_000):
        editor.save_button.click()
    qtbot.waitUntil(lambda: reader.document() is not None and reader.document().date == "2016-12-13")
    assert "2016-12-13 (corrected)" in reader.header.text()
    assert "Coalition for a Democratic Syria" in reader.header.text()
    with qtbot.waitSignal(window.workspace.controller.results_changed):
        window.workspace.search('issuer:"Coalition for a Democratic Syria"')
    wait_for_answer(qtbot, window)
    assert [window.workspace.results.model.hit(0).doc_id] == [doc_id]

    again = _editor(qtbot, window)
    assert set(again.undo_buttons) == {"date", "issuer"}
    with qtbot.waitSignal(again.saved, timeout=30_000):
        again.undo_buttons["date"].click()
    qtbot.waitUntil(lambda: reader.document().date != "2016-12-13")


def test_a_date_that_is_not_a_date_is_said_and_nothing_is_saved(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    before = window.workspace.reader.document()
    editor = _editor(qtbot, window)
    editor.fields["date"].setText("some day")
    editor.save_button.click()
    qtbot.waitUntil(lambda: "is not a date" in editor.error.text())
    assert editor.isVisible() and window.archive.document(before.id).date == before.date
    editor.reject()
