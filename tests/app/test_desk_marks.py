"""Tags, stars and notes in the window: the reader's mark bar, the star in the results list, the
facets that follow them, and the models behind them; all driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QStyleOptionViewItem

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.facets import FacetsModel
from advocacy_archive.app.models.grouped import GroupKeyRole
from advocacy_archive.app.models.results import BylineRole, ResultsModel, StarRole
from advocacy_archive.app.models.tags import CountRole, TagsModel
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.models import DocumentMarks
from tests.app.opening import open_first

SHOTS = Path("/tmp/shots")


def open_with_marks(qtbot, window: MainWindow, query: str) -> int:
    """The first result of `query` opened, its marks shown in the reader."""
    doc_id = open_first(qtbot, window, query)
    qtbot.waitUntil(lambda: window.workspace.reader.mark_bar.doc_id() == doc_id)
    return doc_id


def saved(qtbot, window: MainWindow):  # noqa: ANN201 - a pytest-qt blocker
    return qtbot.waitSignal(window.workspace.marks.changed, timeout=30_000)


def facet_keys(window: MainWindow) -> list[str]:
    model = window.workspace.facets.model
    return [model.index(r, 0).data(GroupKeyRole) for r in range(model.rowCount())]


def test_star_from_the_reader_shows_in_the_results_and_the_facets(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    doc_id = open_with_marks(qtbot, window, "Aleppo")
    bar = window.workspace.reader.mark_bar
    assert bar.star_button.text().endswith("Star") and not bar.star_button.isChecked()
    with saved(qtbot, window):
        qtbot.mouseClick(bar.star_button, Qt.MouseButton.LeftButton)
    assert archive.marks(doc_id).starred
    assert bar.star_button.isChecked() and "Starred" in bar.star_button.text()
    results = window.workspace.results.model
    assert results.index(results.row_of(doc_id)).data(StarRole) is True
    qtbot.waitUntil(lambda: "star" in facet_keys(window) and not window.workspace.facets.pending())


def test_tags_are_added_with_completion_and_removed_by_their_chip(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    archive.tag(archive.search("").hits[-1].doc_id, add=["Follow up"])
    doc_id = open_with_marks(qtbot, window, "Aleppo")
    bar = window.workspace.reader.mark_bar
    bar.tag_field.setFocus()  # the tags another window added are read as the user starts a tag
    qtbot.waitUntil(lambda: bar.tags_model.tags() == ["Follow up"])
    completer = bar.tag_field.completer()
    completer.setCompletionPrefix("foll")
    assert completer.currentCompletion() == "Follow up"
    # (typed with setText: the completer's popup cannot be shown offscreen without warnings)
    with saved(qtbot, window):
        bar.tag_field.setText("follow UP")
        qtbot.keyClick(bar.tag_field, Qt.Key.Key_Return)
    with saved(qtbot, window):
        bar.tag_field.setText("Syria")
        qtbot.keyClick(bar.tag_field, Qt.Key.Key_Return)
    assert archive.marks(doc_id).tags == ("Follow up", "Syria")  # the archive's spelling kept
    assert [chip.property("tag") for chip in bar.tag_chips()] == ["Follow up", "Syria"]
    assert bar.tag_field.text() == ""
    row = window.workspace.results.model.row_of(doc_id)
    assert "[Follow up] · [Syria]" in window.workspace.results.model.index(row).data(BylineRole)
    with saved(qtbot, window):
        qtbot.mouseClick(bar.tag_chips()[1], Qt.MouseButton.LeftButton)
    assert archive.marks(doc_id).tags == ("Follow up",)
    qtbot.waitUntil(lambda: [c.property("tag") for c in bar.tag_chips()] == ["Follow up"])
    counts = bar.tags_model
    qtbot.waitUntil(lambda: counts.rowCount() == 1 and counts.index(0).data(CountRole) == 2)


def test_a_note_is_saved_then_found_with_note_and_shown_again(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    doc_id = open_with_marks(qtbot, window, "Aleppo")
    bar = window.workspace.reader.mark_bar
    assert not bar.save_button.isEnabled()
    qtbot.keyClicks(bar.note_edit, "Ask legal about the evacuation deal")
    assert bar.save_button.isEnabled() and bar.note_state.text() == "Not saved"
    with saved(qtbot, window):
        qtbot.keyClick(bar.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert archive.marks(doc_id).note == "Ask legal about the evacuation deal"
    assert bar.note_state.text() == "Saved" and not bar.save_button.isEnabled()
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("note:evacuated")
    assert [ws.results.model.hit(r).doc_id for r in range(ws.results.model.rowCount())] == [doc_id]
    ws.reader.clear()
    assert bar.note_edit.toPlainText() == ""
    ws.open_document(doc_id)
    qtbot.waitUntil(lambda: bar.note_edit.toPlainText() == "Ask legal about the evacuation deal")


def test_a_note_being_typed_survives_a_star(qtbot, window: MainWindow, archive: Archive) -> None:
    doc_id = open_with_marks(qtbot, window, "Aleppo")
    bar = window.workspace.reader.mark_bar
    qtbot.keyClicks(bar.note_edit, "half a thought")
    with saved(qtbot, window):
        bar.star_button.click()
    assert bar.note_edit.toPlainText() == "half a thought" and bar.save_button.isEnabled()
    assert archive.marks(doc_id).note == ""


def test_the_star_in_the_results_list_toggles_without_opening(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("Aleppo")
    view, delegate = ws.results.view, ws.results.delegate
    rect = view.visualRect(ws.results.model.index(1))
    star = delegate.star_rect(rect).center()
    doc_id = ws.results.model.hit(1).doc_id
    with saved(qtbot, window):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=star)
    assert archive.marks(doc_id).starred
    assert ws.reader.document() is None or ws.reader.document().id != doc_id  # not opened
    assert ws.results.model.index(1).data(StarRole) is True
    menu = ws.results.context_menu_for(1)
    assert [a.text() for a in menu.actions()] == ["Remove the star", "More like this"]
    with saved(qtbot, window):
        menu.actions()[0].trigger()
    assert not archive.marks(doc_id).starred


def test_the_reader_with_its_marks_looks_right(qtbot, window: MainWindow, archive: Archive) -> None:
    doc_id = open_with_marks(qtbot, window, "Aleppo")
    with saved(qtbot, window):
        window.workspace.marks.tag(doc_id, add=["Follow up", "Syria", "Briefing Dec"])
    with saved(qtbot, window):
        window.workspace.marks.star(doc_id, True)
    with saved(qtbot, window):
        window.workspace.marks.set_note(doc_id, "Quote the second paragraph in the December briefing.")
    window.workspace.search("Aleppo")
    qtbot.waitUntil(lambda: "star" in facet_keys(window) and not window.workspace.facets.pending())
    window.workspace.facets.flush()
    SHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SHOTS / "reader-marks.png"))
    bar = window.workspace.reader.mark_bar
    assert bar.isVisible() and bar.note_edit.isVisible() and len(bar.tag_chips()) == 3
    assert bar.star_button.isChecked()


def test_tags_model(qtmodeltester) -> None:
    model = TagsModel()
    model.set_tags({"Follow up": 3, "Syria": 1})
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = model.index(0)
    assert first.data() == "Follow up" == first.data(Qt.ItemDataRole.EditRole)
    assert first.data(CountRole) == 3
    assert "3 document" in first.data(Qt.ItemDataRole.ToolTipRole)
    model.set_tags({})
    assert model.rowCount() == 0


def test_results_model_shows_marks_as_they_change(qtmodeltester, archive: Archive) -> None:
    result = archive.search("Aleppo")
    model = ResultsModel()
    model.set_rows(result.hits)
    qtmodeltester.check(model)
    doc_id = result.hits[0].doc_id
    changed = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append(a.row()))
    model.set_marks(DocumentMarks(doc_id, ("Syria",), True, "note"))
    model.set_marks(DocumentMarks(99_999, ("Elsewhere",), True))  # not listed: nothing happens
    assert changed == [0]
    assert model.index(0).data(StarRole) is True
    assert model.index(0).data(BylineRole).endswith("[Syria]")
    assert model.index(0).data(Qt.ItemDataRole.AccessibleTextRole).endswith("starred")
    assert model.index(1).data(StarRole) is False


def test_facets_model_lists_the_users_marks_first(qtmodeltester) -> None:
    model = FacetsModel()
    facets = {"issuer": {"Amnesty": 2}, "tag": {"Syria": 2, "Follow up": 1}, "star": {"starred": 1}}
    model.set_facets(facets, {"tag": ["Syria"]})
    qtmodeltester.check(model)
    assert [model.index(r, 0).data(GroupKeyRole) for r in range(3)] == ["star", "tag", "issuer"]
    star = model.index(0, 0, model.index(0, 0))
    assert star.data() == "★ Starred"


def test_a_mouse_press_on_the_star_is_taken_by_the_star(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("Aleppo")
    index = ws.results.model.index(2)
    option = QStyleOptionViewItem()
    option.rect = ws.results.view.visualRect(index)
    delegate = ws.results.delegate

    def press_at(pos: QPointF) -> bool:
        event = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            pos,
            ws.results.view.viewport().mapToGlobal(pos),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        return delegate.editorEvent(event, ws.results.model, option, index)

    assert press_at(QPointF(delegate.star_rect(option.rect).center()))  # the row is not selected
    assert not press_at(QPointF(option.rect.center()))  # elsewhere the row is
