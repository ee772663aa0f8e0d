"""The dossier window and review by hand, driven as a user would on a real archive (the seeds
and State Department pages): open a dossier from the actors panel, narrow it to a period on the
timeline, export a briefing, rename an actor and reject a demand from context menus, see the
edit in the history and undo it; and the models behind it checked with the model tester."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from advocacy_archive.app.dossier.install import actor_named_by
from advocacy_archive.app.dossier.window import DossierWindow
from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.records import RECORD_ROLE, Column, PeriodProxy, RecordsModel
from advocacy_archive.index.models import DossierDocument
from tests.app.answers import wait_for_answer

RI = "Refugees International"


def _open(qtbot, window: MainWindow, name: str) -> DossierWindow:
    dossier = window.review_desk.open_dossier(name)
    qtbot.addWidget(dossier)
    qtbot.waitUntil(lambda: dossier.dossier is not None, timeout=20_000)
    return dossier


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def _trigger(menu: QMenu, starts: str) -> None:
    next(a for a in menu.actions() if a.text().startswith(starts)).trigger()


def test_records_and_period_proxy_pass_the_model_tester(qtmodeltester) -> None:
    docs = [DossierDocument(i, f"Statement {i}", "HRW", f"201{i}-0{i}-01", i) for i in range(1, 6)]
    model = RecordsModel(
        [Column("Date", lambda d: d.date), Column("Title", lambda d: d.title)], lambda d: d.date
    )
    model.set_rows(docs)
    qtmodeltester.check(model)
    proxy = PeriodProxy()
    proxy.setSourceModel(model)
    proxy.set_period("2012-01", "2013-12")
    qtmodeltester.check(proxy)
    assert [d.doc_id for d in proxy.records()] == [2, 3]
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "Statement 1"


def test_the_actors_panel_menu_opens_a_dossier_of_the_actor(qtbot, window: MainWindow) -> None:
    window.workspace.search(f'actor:"{RI}"')
    wait_for_answer(qtbot, window)
    window.workspace.open_first_result()
    panel = window.workspace.actors
    qtbot.waitUntil(lambda: panel.select_actor(RI))
    menu = QMenu()
    panel.extend_menu(menu, RI)
    assert any(t.startswith("Open the dossier") for t in _menu_texts(menu))
    _trigger(menu, "Open the dossier")
    dossier = window.review_desk.dossiers[RI]
    qtbot.addWidget(dossier)
    qtbot.waitUntil(lambda: dossier.dossier is not None, timeout=20_000)
    assert dossier.title.toolTip() == RI
    assert dossier.by_model.rowCount() == len(window.archive.dossier(RI).demands_by) > 0
    assert window.review_desk.dossier_button.isVisible()
    assert actor_named_by(f'actor:"{RI}"') == RI and actor_named_by("Aleppo") is None


def test_a_period_chosen_on_the_timeline_narrows_every_list(qtbot, window: MainWindow) -> None:
    # the window's archive spans one month (State Department pages of May 2021): one statement
    # naming the United States is dated earlier, as a user's correction would
    naming = window.archive.search('actor:"United States"', page_size=5).hits
    window.archive.edit_record(naming[-1].doc_id, {"date": "2016-12-13"})
    dossier = _open(qtbot, window, "United States")
    d = dossier.dossier
    assert d is not None and len(dossier.chart.bars) > 1
    busiest = max(range(len(dossier.chart.bars)), key=lambda i: dossier.chart.bars[i].counts[0])
    dossier.chart.select(busiest)
    bar = dossier.chart.bars[busiest]
    shown = dossier.shown(dossier.proxies[0])
    assert 0 < len(shown) < len(d.documents)
    assert all(bar.first <= (doc.date or "")[:7] <= bar.last for doc in shown)
    assert dossier.clear_period.isVisible()
    dossier.clear_period.click()
    assert len(dossier.shown(dossier.proxies[0])) == len(d.documents)


def test_a_long_name_is_elided_with_the_full_name_in_its_tooltip(qtbot, window: MainWindow) -> None:
    dossier = _open(qtbot, window, RI)
    dossier.resize(400, 500)
    dossier._set_title("The Extraordinarily Long Name of an International Humanitarian Coalition of Agencies")
    assert dossier.title.text().endswith("…")
    assert dossier.title.toolTip().startswith("The Extraordinarily Long Name")


def test_a_dossier_briefing_is_html_docx_and_csv_with_every_quotation_cited(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dossier = _open(qtbot, window, RI)
    written = dossier.export_briefing(tmp_path / "ri.html")
    names = {p.name for p in written}
    assert {"ri.html", "ri.docx", "ri-demands-made.csv"} <= names
    html = (tmp_path / "ri.html").read_text(encoding="utf-8")
    assert "<script" not in html.lower() and "http://" not in html and "https://" not in html
    assert 'src="data:image/png;base64,' in html
    for row in dossier.dossier.demands_by:
        assert row.demand.sentence.replace("&", "&amp;")[:40] in html.replace("&#x27;", "'")
    from docx import Document

    text = "\n".join(p.text for p in Document(str(tmp_path / "ri.docx")).paragraphs)
    assert "end their assault on Aleppo" in text and "—" in text
    assert Document(str(tmp_path / "ri.docx")).inline_shapes, "the timeline picture"


def test_rename_from_the_menu_is_shown_everywhere_and_undone_from_the_history(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("RI (renamed)", True))
    review = window.review_desk.review
    with qtbot.waitSignal(review.edited, timeout=20_000):
        review.ask_rename(RI)
    assert "RI (renamed)" in window.archive.find_actors("ri (renamed)")
    history = window.review_desk.show_history()
    qtbot.addWidget(history)
    qtbot.waitUntil(lambda: history.model.rowCount() == 1)
    assert history.model.index(0, 1).data() == f"Renamed {RI} to RI (renamed)"
    with qtbot.waitSignal(review.edited, timeout=20_000):
        history.undo_button.click()
    assert window.archive.find_actors(RI) == (RI,)
    qtbot.waitUntil(lambda: history.model.index(0, 2).data() != "")


def test_a_demand_rejected_from_the_panel_leaves_the_panel_and_comes_back_on_undo(
    qtbot, window: MainWindow
) -> None:
    window.workspace.search(f'by:"{RI}"')
    wait_for_answer(qtbot, window)
    window.workspace.open_first_result()
    panel = window.workspace.demands
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    before = panel.model.rowCount()
    row = panel.model.index(0).data(Qt.ItemDataRole.UserRole + 2)
    menu = QMenu()
    panel.extend_menu(menu, row)
    assert "Reject (not a demand)" in _menu_texts(menu)
    with qtbot.waitSignal(window.review_desk.review.edited, timeout=20_000):
        _trigger(menu, "Reject")
    qtbot.waitUntil(lambda: panel.model.rowCount() == before - 1)
    with qtbot.waitSignal(window.review_desk.review.edited, timeout=20_000):
        window.review_desk.undo_action.trigger()
    qtbot.waitUntil(lambda: panel.model.rowCount() == before)


def test_the_edit_menu_sits_after_file(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:2] == ["&File", "&Edit"]


def test_documents_of_a_dossier_open_in_the_reader(qtbot, window: MainWindow) -> None:
    dossier = _open(qtbot, window, RI)
    index = dossier.documents_view.model().index(0, 0)
    doc = index.data(RECORD_ROLE)
    dossier.documents_view.activated.emit(index)
    qtbot.waitUntil(lambda: window.workspace.reader.document() is not None)
    assert window.workspace.reader.document().id == doc.doc_id


def test_the_current_search_exports_its_demands_as_a_briefing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    window.workspace.search("Aleppo")
    wait_for_answer(qtbot, window)
    written = window.review_desk.search_briefing(tmp_path / "aleppo.html")
    html = (tmp_path / "aleppo.html").read_text(encoding="utf-8")
    rows = window.archive.search_demands("Aleppo")
    assert rows and f"Demands ({len(rows)})" in html
    found = {h.doc_id for h in window.archive.search("Aleppo", page_size=1000).hits}
    assert {r.doc_id for r in rows} <= found
    assert any(p.suffix == ".docx" for p in written)
    assert window.review_desk.briefing_action in window.menuBar().actions()[0].menu().actions()
