"""More like this in the window: from the reader's button and a result's menu, the window lists
the documents like it with the terms they share, and opens one in the reader."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.similar import (
    COL_SHARED,
    COL_SOURCE,
    COL_TITLE,
    DOC_ID_ROLE,
    SORT_ROLE,
    SimilarModel,
    SimilarProxy,
)
from advocacy_archive.index.archive import Archive
from tests.app.opening import open_first

SHOTS = Path("/tmp/shots")


def test_more_like_this_from_the_reader_lists_and_opens_similar_documents(
    qtbot, window: MainWindow, archive: Archive
) -> None:
    doc_id = open_first(qtbot, window, "Aleppo")
    ws = window.workspace
    assert ws.reader.like_button.isEnabled()
    ws.reader.like_button.click()
    similar = ws.similar
    assert similar is not None
    with qtbot.waitSignal(similar.loaded, timeout=30_000) as arrived:
        pass
    expected = archive.similar(doc_id)
    assert arrived.args[0] == expected
    assert similar.isVisible()
    assert similar.model.rowCount() == len(expected.documents) > 0
    assert ws.reader.document().title in similar.heading.text()
    assert "Key terms: " in similar.details.text()
    first = similar.proxy.index(0, COL_TITLE)
    assert first.data() == expected.documents[0].title
    assert similar.proxy.index(0, COL_SHARED).data() == ", ".join(expected.documents[0].shared_terms)
    SHOTS.mkdir(exist_ok=True)
    assert similar.grab().save(str(SHOTS / "more-like-this.png"))
    similar.table.setCurrentIndex(first)
    qtbot.keyClick(similar.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ws.reader.document().id == expected.documents[0].doc_id)
    similar.activateWindow()  # the reader's window came forward; the user goes back to this one
    qtbot.waitUntil(similar.isActiveWindow)
    qtbot.keyClick(similar, Qt.Key.Key_Escape)
    assert not similar.isVisible()


def test_more_like_this_from_a_results_menu(qtbot, window: MainWindow, archive: Archive) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search("Secretary")
    hit = ws.results.model.hit(0)
    menu = ws.results.context_menu_for(0)
    menu.actions()[1].trigger()
    assert ws.similar is not None
    with qtbot.waitSignal(ws.similar.loaded, timeout=30_000):
        pass
    assert ws.similar.heading.text() == f"Documents like “{hit.title}”"
    shown = [
        ws.similar.proxy.index(r, COL_TITLE).data(DOC_ID_ROLE) for r in range(ws.similar.proxy.rowCount())
    ]
    assert shown == [d.doc_id for d in archive.similar(hit.doc_id).documents]
    assert hit.doc_id not in shown


def test_similar_model_and_its_sorting(qtmodeltester, archive: Archive) -> None:
    doc_id = archive.search("Aleppo").hits[0].doc_id
    found = archive.similar(doc_id)
    model = SimilarModel()
    model.set_rows(found.documents)
    proxy = SimilarProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert model.rowCount() == len(found.documents) > 2
    top = found.documents[0]
    assert model.index(0, COL_TITLE).data() == top.title
    assert (top.issuer or "") in model.index(0, COL_SOURCE).data()
    assert model.index(0, COL_SHARED).data() == ", ".join(top.shared_terms)
    assert model.index(0, COL_TITLE).data(DOC_ID_ROLE) == top.doc_id
    proxy.sort(COL_TITLE, Qt.SortOrder.DescendingOrder)  # the title column sorts by rank
    assert proxy.index(0, COL_TITLE).data(DOC_ID_ROLE) == found.documents[-1].doc_id
    proxy.sort(COL_SHARED, Qt.SortOrder.DescendingOrder)
    counts = [proxy.index(r, COL_SHARED).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert counts == sorted(counts, reverse=True)
