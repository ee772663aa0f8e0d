"""The All demands table: model data, filters by text/target/by/year, date sort, CSV export,
double-click to open, and the same against a real imported archive."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from advocacy_archive.app.demands_view import AllDemandsWindow, write_demands_csv
from advocacy_archive.app.models.demand_table import (
    COL_ACTION,
    COL_BY,
    COL_DATE,
    COL_DOCUMENT,
    COL_TARGETS,
    DOC_ID_ROLE,
    ROW_ROLE,
    SPAN_ROLE,
    DemandFilterProxy,
    DemandTableModel,
)
from advocacy_archive.app.workers import wait_for_all
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.models import Demand, DemandRow

SHOTS = Path("/tmp/shots")


def _row(doc_id, date, by, targets, action, start=10, title=None, issuer="Amnesty International"):
    sentence = f"{by or issuer} calls on {' and '.join(targets)} to {action}."
    demand = Demand(
        by=by,
        targets=tuple(targets),
        target_spans=(),
        action=action,
        kind="call_on",
        sentence=sentence,
        start=start,
        end=start + len(sentence),
    )
    return DemandRow(
        doc_id=doc_id, doc_title=title or f"Statement {doc_id}", doc_date=date, issuer=issuer, demand=demand
    )


ROWS = (
    _row(1, "2021-05-21", "Human Rights Watch", ["Sudan"], "release detained protesters", start=120),
    _row(2, "2023-02-01", None, ["Israel", "Hamas"], "agree a ceasefire", start=5),
    _row(
        3,
        "2022-11-30",
        "UN Secretary-General",
        ["Sudan", "RSF"],
        "stop attacks on civilians",
        issuer="United Nations",
    ),
    _row(4, None, "Human Rights Watch", ["Myanmar"], "free Aung San Suu Kyi", title="Café statement é"),
    _row(5, "2023-07-14", "UN Secretary-General", ["Sudan"], "open humanitarian corridors"),
)


@pytest.fixture(autouse=True)
def no_leaked_tasks(qapp):
    yield
    assert wait_for_all(10_000, cancel=True)


@pytest.fixture
def window(qtbot):
    win = AllDemandsWindow(archive=None)
    qtbot.addWidget(win)
    win.set_grouped(False)  # these tests are about the flat table (grouped is the default)
    win.set_rows(ROWS)
    return win


def test_model_passes_the_model_tester_and_shows_each_column(qtmodeltester):
    model = DemandTableModel()
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    index = model.index(1, 0)
    assert model.index(1, COL_DATE).data() == "2023-02-01"
    assert model.index(1, COL_BY).data() == "Amnesty International"  # falls back to the issuer
    assert model.index(1, COL_TARGETS).data() == "Israel, Hamas"
    assert model.index(1, COL_ACTION).data() == "agree a ceasefire"
    assert model.index(1, COL_DOCUMENT).data() == "Statement 2"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == ROWS[1].demand.sentence
    assert index.data(ROW_ROLE) is ROWS[1]
    assert index.data(DOC_ID_ROLE) == 2
    assert index.data(SPAN_ROLE) == (ROWS[1].demand.start, ROWS[1].demand.end)
    assert model.headerData(COL_TARGETS, Qt.Orientation.Horizontal) == "Targets"


def test_proxy_passes_the_model_tester_while_filtering(qtmodeltester):
    model = DemandTableModel()
    model.set_rows(ROWS)
    proxy = DemandFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_target("Sudan")
    qtmodeltester.check(proxy)
    proxy.set_text("corridors")
    assert [r.doc_id for r in proxy.visible_rows()] == [5]


def test_filters_by_target_and_year(window):
    window.show_target("Sudan")
    assert sorted(r.doc_id for r in window.visible_rows()) == [1, 3, 5]
    window.year_combo.setCurrentIndex(window.year_combo.findData("2023"))
    assert [r.doc_id for r in window.visible_rows()] == [5]
    window.show_target(None)
    assert sorted(r.doc_id for r in window.visible_rows()) == [2, 5]
    assert window.count_label.text() == "Showing 2 of 5 demands"


def test_filters_by_who_and_by_free_text(window, qtbot):
    window.by_combo.setCurrentIndex(window.by_combo.findData("Human Rights Watch"))
    assert sorted(r.doc_id for r in window.visible_rows()) == [1, 4]
    window.by_combo.setCurrentIndex(0)
    qtbot.keyClicks(window.text_filter, "CEASEFIRE")
    assert [r.doc_id for r in window.visible_rows()] == [2]


def test_filters_by_issuer_of_the_document(window):
    issuers = [window.issuer_combo.itemData(i) for i in range(window.issuer_combo.count())]
    # the issuer published the document; "by" is who makes the demand in it (row 3 differs)
    assert issuers == [None, "Amnesty International", "United Nations"]
    window.issuer_combo.setCurrentIndex(window.issuer_combo.findData("United Nations"))
    assert [r.doc_id for r in window.visible_rows()] == [3]
    window.issuer_combo.setCurrentIndex(window.issuer_combo.findData("Amnesty International"))
    assert sorted(r.doc_id for r in window.visible_rows()) == [1, 2, 4, 5]
    assert window.issuer_combo.accessibleName()


def test_combos_are_filled_from_the_data(window):
    targets = [window.target_combo.itemData(i) for i in range(window.target_combo.count())]
    assert targets == [None, "Hamas", "Israel", "Myanmar", "RSF", "Sudan"]
    assert window.target_combo.itemText(5) == "Sudan (3)"
    years = [window.year_combo.itemData(i) for i in range(window.year_combo.count())]
    assert years == [None, "2023", "2022", "2021", "undated"]  # an undated document's demands too


def test_show_target_unknown_name_shows_nothing_and_stays_selectable(window):
    window.show_target("Atlantis")
    assert window.visible_rows() == []
    assert window.target_combo.currentData() == "Atlantis"


def test_sorts_by_date_newest_first_and_by_header_click(window, qtbot):
    dates = [r.doc_date for r in window.visible_rows()]
    assert dates == ["2023-07-14", "2023-02-01", "2022-11-30", "2021-05-21", None]
    window.show()
    qtbot.waitExposed(window)
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_DATE) + header.sectionSize(COL_DATE) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    dates = [r.doc_date for r in window.visible_rows()]
    assert dates == [None, "2021-05-21", "2022-11-30", "2023-02-01", "2023-07-14"]


def test_double_click_emits_open_document_with_the_demand_offsets(window, qtbot):
    window.resize(1000, 400)
    window.show()
    qtbot.waitExposed(window)
    window.show_target("Israel")
    rect = window.table.visualRect(window.proxy.index(0, COL_ACTION))
    viewport = window.table.viewport()
    with qtbot.waitSignal(window.open_document, timeout=1000) as blocker:
        # A real double-click starts with a press and release; QTest's DClick alone does not.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    demand = ROWS[1].demand
    assert blocker.args == [2, demand.start, demand.end]


def test_export_writes_the_visible_rows_as_csv_excel_can_open(window, tmp_path):
    window.show_target("Sudan")
    path = tmp_path / "demands.csv"
    assert window.export_csv(path) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [
        "date",
        "by",
        "issuer",
        "targets",
        "action",
        "kind",
        "sentence",
        "document title",
        "doc_id",
    ]
    assert [r["doc_id"] for r in rows] == ["5", "3", "1"]  # shown order: newest first
    assert rows[1]["targets"] == "Sudan; RSF"
    assert rows[1]["sentence"] == ROWS[2].demand.sentence


def test_csv_keeps_accents_and_commas(tmp_path):
    path = tmp_path / "out.csv"
    write_demands_csv([ROWS[3]], path)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["document title"] == "Café statement é"
    assert row["date"] == "undated"


def test_real_archive_demands_load_filter_open_and_export(qtbot, tmp_path, corpus, seeds):
    pages = sorted((corpus / "us-state-dept").glob("*.html"))[:40]
    archive = Archive.open(tmp_path / "archive")
    try:
        archive.import_paths([*seeds, *pages])
        expected = archive.all_demands()
        assert expected, "the corpus sample should hold some demands"
        win = AllDemandsWindow(archive)
        qtbot.addWidget(win)
        win.resize(1200, 700)
        with qtbot.waitSignal(win.loaded, timeout=30_000):
            win.show()  # showing the window loads it: callers need not remember reload()
        assert win.model.rowCount() == len(expected)

        # Opening a row points at the demand's own sentence in the stored text.
        first = win.proxy.index(0, COL_ACTION).data(ROW_ROLE)
        text = archive.document(first.doc_id).text
        assert first.demand.action.split()[0] in text[first.demand.start : first.demand.end]

        target = Counter(t for r in expected for t in r.demand.targets).most_common(1)[0][0]
        win.show_target(target)
        shown = win.visible_rows()
        assert shown and all(target in r.demand.targets for r in shown)
        assert len(shown) == len(archive.all_demands(target=target))
        assert win.export_csv(tmp_path / "out.csv") == len(shown)

        win.show_target(None)
        qtbot.waitExposed(win)
        SHOTS.mkdir(exist_ok=True)
        assert win.grab().save(str(SHOTS / "all_demands.png"))
    finally:
        archive.close()
