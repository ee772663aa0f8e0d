"""Versions of one statement in the window: one result saying "2 versions", a switch showing every
version, the reader listing the versions (a click opens one) and "What differs"."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.results import BylineRole, ResultsModel
from advocacy_archive.app.models.versions import DocIdRole, VersionsModel
from advocacy_archive.app.versions_panel import DifferencesDialog, differences_html
from advocacy_archive.app.workspace import Workspace
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.models import DiffPiece, Hit, Version

JOINT = ("24Oct2007Clinton233.txt", "24Oct2007Klobuchar197.txt")  # one release, two senators' sites


@pytest.fixture
def with_versions(archive: Archive, corpus: Path) -> Archive:
    report = archive.import_paths([corpus / "us-senate" / name for name in JOINT])
    assert len(report.versions) == 1
    return archive


def _versions() -> tuple[Version, ...]:
    return (
        Version(
            1,
            "Senate Women's Caucus on Burma",
            "Hillary Clinton",
            "2007-10-24",
            "/in/24Oct2007Clinton233.txt",
        ),
        Version(2, "Senate Women's Caucus on Burma", None, "2007-10-24", "/in/24Oct2007Klobuchar197.txt"),
    )


def test_versions_model_lists_each_version_and_marks_the_open_one(qtmodeltester) -> None:
    model = VersionsModel()
    model.set_versions(_versions(), open_id=2)
    qtmodeltester.check(model)
    rows = [model.index(r).data() for r in range(model.rowCount())]
    assert rows[0] == "2007-10-24 · Hillary Clinton · 24Oct2007Clinton233.txt"
    assert rows[1].endswith("24Oct2007Klobuchar197.txt (open)")
    assert model.index(0).data(DocIdRole) == 1
    model.set_versions((), None)
    assert model.rowCount() == 0


def test_a_result_with_versions_says_how_many() -> None:
    model = ResultsModel()
    alone = Hit(3, "Alone", None, "2016-12-13", "txt", 1.0, "")
    copied = Hit(1, "Burma", "Hillary Clinton", "2007-10-24", "txt", 2.0, "", versions=_versions())
    model.set_rows([alone, copied])
    assert "versions" not in model.index(0).data(BylineRole)
    assert model.index(1).data(BylineRole) == "Hillary Clinton · 2007-10-24 · TXT · 2 versions"


def test_differences_are_escaped_and_marked() -> None:
    pieces = (
        DiffPiece("same", "Senators <b>urge</b>"),
        DiffPiece("removed", "Clinton"),
        DiffPiece("added", "Klobuchar"),
    )
    shown = differences_html(pieces)
    assert "&lt;b&gt;urge&lt;/b&gt;" in shown and "<b>" not in shown
    assert "line-through'>Clinton" in shown and "underline'>Klobuchar" in shown


def searched(qtbot, window: MainWindow, query: str) -> Workspace:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search(query)
    return ws


def test_window_shows_a_statement_once_and_every_version_on_request(
    qtbot, window: MainWindow, with_versions: Archive
) -> None:
    ws = searched(qtbot, window, "Burma India junta")
    once = ws.controller.last_result
    assert once is not None and once.total == 1
    assert ws.results.model.index(0).data(BylineRole).endswith("2 versions")
    assert "1 document" in ws.results.count_label.text()
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.results.every_version.setChecked(True)
    assert ws.controller.last_result.total == 2
    assert ws.results.model.rowCount() == 2


def test_reader_lists_the_versions_opens_one_and_shows_what_differs(
    qtbot, window: MainWindow, with_versions: Archive
) -> None:
    ws = searched(qtbot, window, "Burma India junta")
    assert ws.open_first_result()
    panel = ws.reader.versions
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    assert panel.isVisible()
    opened = ws.reader.document()
    assert opened is not None
    other = panel.chosen_other()
    assert other is not None and other.doc_id != opened.id
    panel.show_differences()
    dialog = panel.findChild(DifferencesDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(dialog.pieces))
    assert {p.kind for p in dialog.pieces} >= {"removed", "added"}
    dialog.close()
    row = panel.model.row_of(other.doc_id)
    assert row is not None
    panel.list.clicked.emit(panel.model.index(row))
    qtbot.waitUntil(lambda: ws.reader.document() is not None and ws.reader.document().id == other.doc_id)
    qtbot.waitUntil(
        lambda: (
            panel.model.row_of(other.doc_id) is not None
            and "(open)" in (panel.model.index(panel.model.row_of(other.doc_id)).data() or "")
        )
    )


def test_a_document_without_versions_shows_no_versions_list(qtbot, window: MainWindow) -> None:
    ws = searched(qtbot, window, "Aleppo")
    assert ws.open_first_result()
    qtbot.waitUntil(lambda: ws.reader.document() is not None)
    qtbot.wait(50)
    assert not ws.reader.versions.isVisible()


def test_all_demands_window_counts_a_demand_of_a_statement_once(
    qtbot, window: MainWindow, with_versions: Archive
) -> None:
    from advocacy_archive.app.demands_view import AllDemandsWindow

    demands = AllDemandsWindow(with_versions)
    qtbot.addWidget(demands)
    with qtbot.waitSignal(demands.loaded) as once:
        demands.reload()
    with qtbot.waitSignal(demands.loaded) as every:
        demands.every_version.setChecked(True)
    assert once.args[0] < every.args[0]


def test_an_older_archive_opens_in_the_background_and_finds_its_versions(
    qtbot, with_versions: Archive, tmp_path: Path
) -> None:
    """Sketching an archive made before versions were found runs where every opening runs: on a
    pool thread behind the opener's progress dialog (app/archive_opener.py), the window waiting
    on nothing."""
    import sqlite3

    from advocacy_archive.app.archive_opener import ArchiveOpener

    path = with_versions.path
    expected = {h.doc_id: h.version_count for h in with_versions.search("").hits}
    with_versions.close()
    conn = sqlite3.connect(path / "catalog.sqlite")
    with conn:  # as an earlier release left it: nothing sketched yet
        conn.execute("DELETE FROM sketches")
        conn.execute("UPDATE documents SET statement = NULL")
        conn.execute("UPDATE meta SET value = 'pending' WHERE key = 'sketches'")
    conn.close()
    opener = ArchiveOpener(None)
    with qtbot.waitSignal(opener.opened, timeout=60_000) as opened:
        opener.start(path, create=False)
    reopened = opened.args[0]
    try:
        assert {h.doc_id: h.version_count for h in reopened.search("").hits} == expected
        assert any(count > 1 for count in expected.values())
    finally:
        reopened.close()
