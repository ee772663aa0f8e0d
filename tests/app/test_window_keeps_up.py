"""A window that keeps up with a daily user: the reader follows a new search, the keyboard goes
from the search field into the results and the text, Esc closes the side windows, facet names
are elided with the whole name at hand, and every facet has a filter box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.facets import MAX_VALUES, FacetFilterProxy, FacetsModel
from advocacy_archive.app.models.grouped import GroupKeyRole, PayloadRole
from advocacy_archive.index.models import SearchResult
from tests.app.answers import wait_for_answer, wait_for_document


def _search(qtbot, window: MainWindow, query: str) -> SearchResult:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed) as answered:
        ws.search(query)
    wait_for_answer(qtbot, window)
    return answered.args[0]


def test_a_new_search_opens_its_first_result_instead_of_the_old_document(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    first = _search(qtbot, window, "Srebrenica")
    wait_for_document(qtbot, window, first.hits[0].doc_id)
    other = _search(qtbot, window, "China")
    assert first.hits[0].doc_id not in {h.doc_id for h in other.hits}
    wait_for_document(qtbot, window, other.hits[0].doc_id)
    reader = ws.reader
    assert reader.hits() == other.hits[0].hits
    highlighted = {sel.cursor.selectedText().lower() for sel in reader.text.extraSelections()}
    assert "china" in highlighted and "srebrenica" not in highlighted


def test_the_open_document_stays_with_the_new_querys_hits_when_it_still_matches(
    qtbot, window: MainWindow
) -> None:
    ws = window.workspace
    aleppo = _search(qtbot, window, "Aleppo")
    wait_for_document(qtbot, window)
    ws.results.select_row(1)  # the reader chooses another result
    chosen = aleppo.hits[1].doc_id
    wait_for_document(qtbot, window, chosen)
    narrower = _search(qtbot, window, "Aleppo civilians")
    row = next(i for i, hit in enumerate(narrower.hits) if hit.doc_id == chosen)
    assert not ws.document_pending and ws.reader.document().id == chosen
    assert ws.reader.hits() == narrower.hits[row].hits != aleppo.hits[1].hits
    assert ws.results.view.currentIndex().row() == row


def test_a_search_that_finds_nothing_clears_the_reader(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    _search(qtbot, window, "Aleppo")
    wait_for_document(qtbot, window)
    _search(qtbot, window, "zzzqqqxx")
    assert ws.reader.document() is None and ws.reader.text.toPlainText() == ""
    assert ws.actors.model.rowCount() == 0 and ws.demands.model.rowCount() == 0


def test_down_from_the_search_field_moves_into_the_results_and_enter_reads_one(
    qtbot, window: MainWindow
) -> None:
    ws = window.workspace
    result = _search(qtbot, window, "Aleppo")
    wait_for_document(qtbot, window, result.hits[0].doc_id)
    field = ws.search_bar.field
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert ws.results.view.hasFocus() or QApplication.focusWidget() is ws.results.view
    qtbot.keyClick(ws.results.view, Qt.Key.Key_Down)
    assert ws.results.view.currentIndex().row() == 1
    qtbot.keyClick(ws.results.view, Qt.Key.Key_Return)
    wait_for_document(qtbot, window, result.hits[1].doc_id)
    assert QApplication.focusWidget() is ws.reader.text


# The offscreen platform cannot grab the keyboard for a popup nor raise it; it says so.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard", r"does not support raise\(\)")
def test_down_while_choosing_a_recent_search_stays_in_the_list_of_recent_searches(
    qtbot, window: MainWindow
) -> None:
    bar = window.workspace.search_bar
    bar.set_recent(["Aleppo", "Aleppo civilians"])
    bar.field.setFocus()
    completer = bar.field.completer()
    completer.setCompletionPrefix("Ale")
    completer.complete()
    assert completer.popup().isVisible()
    with qtbot.assertNotEmitted(bar.down_pressed):
        qtbot.keyClick(bar.field, Qt.Key.Key_Down)
    completer.popup().hide()


def test_escape_closes_the_all_demands_window(qtbot, window: MainWindow) -> None:
    window.show_all_demands("")
    demands = window.all_demands
    assert demands is not None and demands.isVisible()
    qtbot.keyClick(demands.text_filter, Qt.Key.Key_Escape)
    assert not demands.isVisible()


def _facet_result(issuers: int) -> SearchResult:
    counts = {
        "issuer": {f"Issuer number {i:03d} of a long list of organisations": 100 - i for i in range(issuers)}
    }
    counts["format"] = {"txt": 3, "pdf": 2}
    return SearchResult(query="", total=100, page=1, page_size=50, sort="relevance", facets=counts)


def test_the_facet_proxy_shows_the_top_values_or_those_matching_a_groups_filter(qtmodeltester) -> None:
    model = FacetsModel()
    model.set_facets(
        _facet_result(45).facets, {"issuer": ["Issuer number 040 of a long list of organisations"]}
    )
    proxy = FacetFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    issuer = proxy.index(0, 0)
    assert issuer.data(GroupKeyRole) == "issuer"
    assert issuer.data() is None  # the heading widget shows the name (and the filter box)
    assert proxy.rowCount(issuer) == MAX_VALUES + 1  # the top values, and the chosen one
    proxy.set_filter("issuer", "NUMBER 04")
    names = [proxy.index(r, 0, issuer).data(PayloadRole)[1] for r in range(proxy.rowCount(issuer))]
    assert len(names) == 5 and all("number 04" in n for n in names)
    assert proxy.rowCount(proxy.index(1, 0)) == 2  # another facet keeps its values
    qtmodeltester.check(proxy)


def test_facet_names_are_elided_in_the_middle_with_the_whole_name_in_the_tooltip(
    qtbot, window: MainWindow
) -> None:
    facets = window.workspace.facets
    assert facets.view.textElideMode() == Qt.TextElideMode.ElideMiddle
    facets.show_result(_facet_result(3), {})
    facets.flush()
    entry = facets.proxy.index(0, 0, facets.proxy.index(0, 0))
    name = "Issuer number 000 of a long list of organisations"
    assert entry.data() == name and entry.data(Qt.ItemDataRole.ToolTipRole) == name


def test_each_facet_heading_has_a_filter_box_that_finds_values_beyond_the_top_ones(
    qtbot, window: MainWindow
) -> None:
    facets = window.workspace.facets
    facets.show_result(_facet_result(45), {})
    facets.flush()
    for key in ("issuer", "format"):
        assert facets.heading(key) is not None
    heading = facets.heading("issuer")
    issuer = facets.proxy.index(0, 0)
    assert facets.proxy.rowCount(issuer) == MAX_VALUES
    qtbot.keyClicks(heading.filter, "044")
    assert facets.proxy.rowCount(issuer) == 1
    value = facets.proxy.index(0, 0, issuer)
    with qtbot.waitSignal(facets.filter_chosen) as chosen:
        facets.view.clicked.emit(value)
    assert chosen.args == ["issuer", "Issuer number 044 of a long list of organisations"]
    facets.show_result(_facet_result(45), {})  # the next search's counts keep the filter
    facets.flush()
    assert facets.heading("issuer").filter.text() == "044"
    assert facets.proxy.rowCount(facets.proxy.index(0, 0)) == 1
