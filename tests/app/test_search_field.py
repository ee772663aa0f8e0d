"""Searching from the window: typing, broken queries, facets and chips, sorting."""

from __future__ import annotations

from PySide6.QtCore import Qt

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.grouped import PayloadRole
from tests.app.answers import wait_for_answer


def type_query(qtbot, window: MainWindow, text: str, *, signal: str = "results_changed") -> None:
    field = window.workspace.search_bar.field
    with qtbot.waitSignal(getattr(window.workspace.controller, signal), timeout=3000):
        if text:
            field.clear()
            qtbot.keyClicks(field, text)  # no Enter: the debounce timer must start the search
        else:
            qtbot.keyClick(field, Qt.Key.Key_Return)  # an empty query lists everything
    if signal == "results_changed":
        wait_for_answer(qtbot, window)


def test_typing_a_query_shows_matching_documents(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "Aleppo")
    results = window.workspace.results
    assert results.model.rowCount() >= 1
    assert "Aleppo" in results.model.hit(0).snippet or results.model.hit(0).hits
    assert "document" in results.count_label.text()


def test_broken_query_explains_itself_and_next_query_works(qtbot, window: MainWindow) -> None:
    bar = window.workspace.search_bar
    type_query(qtbot, window, 'title:"Aleppo', signal="query_failed")
    assert bar.message.isVisible()
    assert bar.message.text()
    type_query(qtbot, window, "Aleppo")
    assert not bar.message.isVisible()
    assert window.workspace.results.model.rowCount() >= 1


def test_ctrl_l_focuses_the_search_field(qtbot, window: MainWindow) -> None:
    window.workspace.reader.text.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace.search_bar.field.hasFocus())


def _facet_index(window: MainWindow, key: str):
    """The first value of a facet, as the tree shows it (through the filter proxy)."""
    facets = window.workspace.facets
    model = facets.model
    for row, group in enumerate(model.groups()):
        if group.key == key:
            return facets.proxy.mapFromSource(model.index(0, 0, model.index(row, 0)))
    raise AssertionError(f"no {key} facet")


def test_facet_click_narrows_and_chip_removal_restores(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "")
    ws = window.workspace
    everything = ws.controller.last_result.total
    index = _facet_index(window, "issuer")
    key, value = index.data(PayloadRole)
    window.workspace.facets.view.scrollTo(index)
    rect = ws.facets.view.visualRect(index)
    with qtbot.waitSignal(ws.controller.results_changed):
        qtbot.mouseClick(ws.facets.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    narrowed = ws.controller.last_result.total
    assert narrowed < everything
    assert ws.controller.filters() == {key: [value]}
    chips = ws.results.chips.chips()
    assert len(chips) == 1 and value in chips[0].text()
    with qtbot.waitSignal(ws.controller.results_changed):
        qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)
    assert ws.controller.last_result.total == everything
    qtbot.waitUntil(lambda: not ws.results.chips.chips())


def test_sorting_by_date_lists_newest_first(qtbot, window: MainWindow) -> None:
    type_query(qtbot, window, "")
    box = window.workspace.results.sort_box
    with qtbot.waitSignal(window.workspace.controller.results_changed):
        box.setCurrentIndex(box.findData("date"))
    dates = [h.date for h in window.workspace.controller.last_result.hits if h.date]
    assert dates == sorted(dates, reverse=True)
    assert window.settings.sort_order == "date"
