"""The Batch search window: a pasted or loaded list of queries searched with the main window's
filters, a table of counts and best matches (broken lines shown as such), CSV exports, and a
row opening its query in the main window."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.batch_table import (
    COL_BEST,
    COL_COUNT,
    COL_LINE,
    COL_QUERY,
    BatchProxy,
    BatchTableModel,
    RowRole,
    SortRole,
)
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.models import BatchQuery


def test_the_table_model_shows_counts_best_matches_and_problems(qtmodeltester, archive: Archive) -> None:
    queries = Archive.read_queries(text='Aleppo\n"unclosed\nzzzqqq\nSyria')
    result = archive.batch_search(queries)
    model = BatchTableModel()
    model.set_rows(result.rows)
    proxy = BatchProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    aleppo, broken, nothing = result.rows[0], result.rows[1], result.rows[2]
    assert model.index(0, COL_QUERY).data() == "Aleppo"
    assert model.index(0, COL_COUNT).data() == f"{aleppo.total:,}"
    assert model.index(0, COL_BEST).data() == aleppo.hits[0].title
    assert model.index(1, COL_COUNT).data() == "error" and "never closed" in model.index(1, COL_BEST).data()
    assert model.index(1, COL_BEST).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(2, COL_BEST).data(Qt.ItemDataRole.ToolTipRole) == "No documents match."
    assert model.index(1, 0).data(RowRole) is broken and nothing.total == 0
    proxy.sort(COL_COUNT, Qt.SortOrder.DescendingOrder)
    counts = [proxy.index(r, COL_COUNT).data(SortRole) for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[-1] == -1  # the broken line last


def _run(qtbot, window: MainWindow, text: str):
    batch = window.show_batch_search()
    batch.queries.setPlainText(text)
    with qtbot.waitSignal(batch.finished, timeout=60_000) as done:
        batch.run_button.click()
    return batch, done.args[0]


def test_pasted_queries_run_with_the_main_windows_filters_and_broken_lines_are_named(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    issuer = "Refugees International"
    with qtbot.waitSignal(window.workspace.controller.results_changed):
        window.workspace.controller.add_filter("issuer", issuer)
    batch, result = _run(qtbot, window, 'Aleppo\n\n"unclosed\nSyria\n')
    assert issuer in batch.use_filters.text() and batch.use_filters.isChecked()
    expected = archive.batch_search(
        [BatchQuery(1, "Aleppo"), BatchQuery(3, '"unclosed'), BatchQuery(4, "Syria")],
        filters={"issuer": [issuer]},
    )
    assert result.rows == expected.rows
    assert batch.model.rowCount() == 3
    assert "could not be searched (line 3)" in batch.summary.text()
    batch.use_filters.setChecked(False)
    with qtbot.waitSignal(batch.finished, timeout=60_000) as again:
        batch.run()
    assert again.args[0].rows[0].total == archive.search("Aleppo").total


def test_a_csv_list_asks_for_its_column_and_keeps_the_files_line_numbers(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "places.csv"
    path.write_text("name,place\nRaif Badawi,Aleppo\nNobody,Srebrenica\n", encoding="utf-8")
    batch = window.show_batch_search()
    batch.load_file(path)
    qtbot.waitUntil(lambda: batch.queries.toPlainText() == "Raif Badawi\nNobody")
    assert batch.column.isVisibleTo(batch) and [batch.column.itemText(i) for i in range(2)] == [
        "name",
        "place",
    ]
    batch.column.setCurrentIndex(1)
    qtbot.waitUntil(lambda: batch.queries.toPlainText() == "Aleppo\nSrebrenica")
    assert "places.csv" in batch.source.text()
    with qtbot.waitSignal(batch.finished, timeout=60_000) as done:
        batch.run()
    assert [(row.line, row.query) for row in done.args[0].rows] == [(2, "Aleppo"), (3, "Srebrenica")]
    assert batch.proxy.index(0, COL_LINE).data() == "2"


def test_the_table_and_hits_export_as_csv_and_a_row_opens_its_query(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    batch, result = _run(qtbot, window, "Aleppo\nSrebrenica")
    table, hits = tmp_path / "table.csv", tmp_path / "hits.csv"
    batch.export(table, hits=False)
    batch.export(hits, hits=True)
    qtbot.waitUntil(lambda: table.exists() and hits.exists())
    with open(table, encoding="utf-8-sig", newline="") as handle:
        assert [r["query"] for r in csv.DictReader(handle)] == ["Aleppo", "Srebrenica"]
    with open(hits, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == sum(len(r.hits) for r in result.rows)
    index = batch.proxy.index(1, COL_QUERY)
    with qtbot.waitSignal(window.workspace.controller.results_changed):
        batch.table.activated.emit(index)
    assert window.workspace.search_bar.text() == "Srebrenica"


def test_escape_closes_the_batch_window(qtbot, window: MainWindow) -> None:
    batch = window.show_batch_search()
    qtbot.keyClick(batch.queries, Qt.Key.Key_Escape)
    assert not batch.isVisible()
