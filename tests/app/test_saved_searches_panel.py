"""Saved searches in the window: saved from the shown search, listed in the sidebar, opened in
one click (query, filters and sort), renamed in place, deleted, and showing how many documents
arrived since each was last opened."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.saved_searches import (
    NewMatchesRole,
    SavedRole,
    SavedSearchesModel,
    SavedSearchesProxy,
)
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.models import SavedSearch
from tests.app.answers import wait_for_answer


def test_the_model_lists_saved_searches_by_name_with_their_new_matches(qtmodeltester) -> None:
    rows = [
        SavedSearch("syria weekly", "Syria", {"year": ("2016",)}, "date", new_matches=3),
        SavedSearch("Aleppo", "Aleppo", new_matches=0),
        SavedSearch("Broken", "x", new_matches=None),
    ]
    model = SavedSearchesModel()
    model.set_rows(rows)
    proxy = SavedSearchesProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["Aleppo", "Broken", "syria weekly"]
    weekly = model.index(0, 0)
    assert weekly.data(NewMatchesRole) == 3 and weekly.data(SavedRole) is rows[0]
    tip = weekly.data(Qt.ItemDataRole.ToolTipRole)
    assert "“Syria”" in tip and "Year: 2016" in tip and "newest first" in tip and "3 new" in tip
    assert model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole) == "Aleppo"
    assert model.flags(weekly) & Qt.ItemFlag.ItemIsEditable


def _saved(qtbot, window: MainWindow, count: int) -> list[SavedSearch]:
    panel = window.workspace.saved
    qtbot.waitUntil(lambda: len(panel.saved()) == count)
    return panel.saved()


def test_the_shown_search_is_saved_and_opens_again_in_one_click(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    issuer = "Refugees International"
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.controller.apply("Aleppo", {"issuer": [issuer]}, "date")
    ws.save_search_as("  Aleppo   by RI ")
    (saved,) = _saved(qtbot, window, 1)
    assert (saved.name, saved.query, saved.filters, saved.sort) == (
        "Aleppo by RI",
        "Aleppo",
        {"issuer": (issuer,)},
        "date",
    )
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.controller.apply("Srebrenica", {}, "relevance")
    view = ws.saved.view
    rect = view.visualRect(ws.saved.proxy.index(0, 0))
    with qtbot.waitSignal(ws.controller.results_changed):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert ws.search_bar.text() == "Aleppo"
    assert ws.controller.filters() == {"issuer": [issuer]} and ws.controller.sort == "date"
    assert ws.results.sort_box.currentData() == "date"
    assert [chip.property("filter") for chip in ws.results.chips.chips()] == [("issuer", issuer)]
    qtbot.waitUntil(lambda: window.archive.saved_searches()[0].opened_at is not None)


def test_documents_imported_since_show_as_new_until_the_search_is_opened(
    qtbot, window: MainWindow, corpus: Path
) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("Syria")
    ws.save_search_as("Syria")
    _saved(qtbot, window, 1)
    window.importer.show_summary = False
    with qtbot.waitSignal(window.importer.finished, timeout=120_000):
        window.import_paths(sorted((corpus / "un-speeches").glob("*.txt"))[:6])
    expected = window.archive.saved_searches()[0].new_matches
    assert expected and expected > 0
    qtbot.waitUntil(lambda: ws.saved.saved()[0].new_matches == expected)
    assert ws.saved.proxy.index(0, 0).data(NewMatchesRole) == expected
    ws.saved.open_named("Syria")
    qtbot.waitUntil(lambda: ws.saved.saved()[0].new_matches == 0)


def test_a_saved_search_is_renamed_in_place_and_a_refused_name_comes_back(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    ws.save_search_as("Aleppo")
    _saved(qtbot, window, 1)
    ws.search("Syria")
    ws.save_search_as("Syria")
    _saved(qtbot, window, 2)
    index = ws.saved.proxy.index(0, 0)
    assert index.data() == "Aleppo"
    with qtbot.waitSignal(ws.message, check_params_cb=lambda text: text.startswith("Renamed")):
        ws.saved.proxy.setData(index, "Aleppo (weekly)")  # what the editor does on Enter
    assert [s.name for s in window.archive.saved_searches()] == ["Aleppo (weekly)", "Syria"]
    with qtbot.waitSignal(ws.message, check_params_cb=lambda text: "already called" in text):
        ws.saved.proxy.setData(ws.saved.proxy.index(0, 0), "syria")
    qtbot.waitUntil(lambda: [s.name for s in ws.saved.saved()] == ["Aleppo (weekly)", "Syria"])
    ws.saved.delete("Syria")
    qtbot.waitUntil(lambda: [s.name for s in ws.saved.saved()] == ["Aleppo (weekly)"])


def test_saving_under_a_name_in_use_asks_before_replacing(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    ws = window.workspace
    ws.save_search_as("Watch")
    _saved(qtbot, window, 1)
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("Srebrenica")
    box = ws.save_search_as("watch")
    assert isinstance(box, QMessageBox) and "Watch" in box.text()
    assert archive.saved_searches()[0].query == ""
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: archive.saved_searches()[0].query == "Srebrenica")


def test_the_save_dialog_offers_the_query_as_the_name(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("Homs")
    wait_for_answer(qtbot, window)
    window.actions_.save_search.trigger()
    (dialog,) = window.findChildren(QInputDialog, "saveSearchDialog")
    assert dialog.textValue() == "Homs"
    dialog.accept()
    assert [s.name for s in _saved(qtbot, window, 1)] == ["Homs"]
