"""Reading a document: hits, actor mentions and demand sentences highlighted, stepping, find."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from advocacy_archive.app.import_flow import ImportController
from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.grouped import PayloadRole
from advocacy_archive.index.archive import Archive
from tests.app.answers import wait_for_document
from tests.scans import PAGE_TWO_WORD, scanned_page, scanned_pdf, speech_paragraphs


def highlighted_texts(window: MainWindow) -> list[str]:
    return [sel.cursor.selectedText() for sel in window.workspace.reader.text.extraSelections()]


def open_first(qtbot, window: MainWindow, query: str) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search(query)
    assert ws.open_first_result()
    wait_for_document(qtbot, window, ws.results.model.hit(0).doc_id)


def first_entry(model):
    return model.index(0, 0, model.index(0, 0))


def test_opening_a_result_highlights_hits_and_fills_both_panels(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    ws = window.workspace
    # toPlainText() turns no-break spaces into spaces; positions are unchanged
    assert ws.reader.text.toPlainText() == ws.reader.document().text.replace("\u00a0", " ")
    assert any(t.lower() == "aleppo" for t in highlighted_texts(window))
    assert ws.actors.model.rowCount() > 0
    assert ws.demands.model.rowCount() > 0
    assert ws.reader.document().title in ws.reader.header.text()


def test_clicking_an_actor_highlights_its_mentions(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    ws = window.workspace
    index = first_entry(ws.actors.model)
    actor = index.data(PayloadRole)
    rect = ws.actors.view.visualRect(index)
    qtbot.mouseClick(ws.actors.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = ws.reader.document().text
    shown = highlighted_texts(window)
    for start, end in actor.mentions:
        assert text[start:end] in shown
    assert ws.reader.current_step() == sorted(actor.mentions)[0]
    ws.actors.next_button.click()
    if len(actor.mentions) > 1:
        assert ws.reader.current_step() == sorted(actor.mentions)[1]


def test_clicking_a_demand_highlights_and_scrolls_to_its_sentence(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    ws = window.workspace
    last = ws.demands.model.rowCount() - 1
    demand = ws.demands.model.demand(last)
    ws.reader.text.verticalScrollBar().setValue(0)
    ws.demands.view.scrollTo(ws.demands.model.index(last))
    rect = ws.demands.view.visualRect(ws.demands.model.index(last))
    qtbot.mouseClick(ws.demands.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = ws.reader.document().text
    assert text[demand.start : demand.end] in highlighted_texts(window)
    cursor_rect = ws.reader.text.cursorRect()
    assert ws.reader.text.viewport().rect().contains(cursor_rect.center())
    assert ws.reader.highlighter.to_offset(ws.reader.text.textCursor().position()) == demand.start


def test_f3_steps_through_hits_and_find_bar_finds(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    reader = window.workspace.reader
    first = reader.current_step()
    qtbot.keyClick(reader.text, Qt.Key.Key_F3)
    if len(reader._steps) > 1:
        assert reader.current_step() != first
    qtbot.keyClick(reader.text, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert reader.find_bar.isVisible()
    qtbot.keyClicks(reader.find_bar.field, "the")
    assert "of" in reader.find_bar.count.text()
    assert reader.document().text[slice(*reader.current_step())].lower() == "the"


def test_copy_citation_puts_a_line_on_the_clipboard(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    reader = window.workspace.reader
    with qtbot.waitSignal(reader.citation_copied):
        reader.cite_button.click()
    doc = reader.document()
    copied = QGuiApplication.clipboard().text()
    assert copied == window.archive.citation(doc.id, reader.current_offset())
    assert doc.title.split()[0] in copied


def test_copy_citation_quotes_the_selected_passage_with_its_citation(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    reader = window.workspace.reader
    doc = reader.document()
    start, end = max(reader.hits())  # the last hit, well inside the text
    assert start > 20
    cursor = reader.highlighter.cursor_for((start - 20, end + 25))
    reader.text.setTextCursor(cursor)  # as if dragged over with the mouse
    with qtbot.waitSignal(reader.citation_copied):
        window.actions_.copy_citation.trigger()
    copied = QGuiApplication.clipboard().text()
    passage = " ".join(doc.text[start - 20 : end + 25].split())
    assert copied.startswith(f"“{passage}” — “{doc.title}”")
    assert copied.endswith(")") and "Copied:" in window.statusBar().currentMessage()


def test_reader_never_renders_document_text_as_html(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    reader = window.workspace.reader
    assert reader.text.loadResource(2, "http://example.org/x.png") is None
    assert not reader.text.openLinks()


def test_text_read_by_ocr_is_marked_in_the_header_and_its_page_cited(
    qtbot, window: MainWindow, archive: Archive, tesseract: None, corpus: Path, tmp_path: Path
) -> None:
    paragraphs = speech_paragraphs(corpus)
    scan = tmp_path / "jordan-scan.pdf"
    scan.write_bytes(scanned_pdf([scanned_page(paragraphs[:2]), scanned_page(paragraphs[2:4])]))
    controller = ImportController(archive, window, show_summary=False)
    with qtbot.waitSignal(controller.finished, timeout=120_000):
        controller.start([scan])

    open_first(qtbot, window, PAGE_TWO_WORD)
    reader = window.workspace.reader
    header = reader.header.text()
    assert "Text read by OCR (pages 1–2): may contain recognition errors" in header
    with qtbot.waitSignal(reader.citation_copied):
        reader.cite_button.click()  # the hit on page 2 is the current step
    assert ", p. 2 (jordan-scan.pdf)" in QGuiApplication.clipboard().text()


def test_header_of_a_text_document_says_nothing_of_ocr(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    assert "OCR" not in window.workspace.reader.header.text()


def test_a_page_break_in_a_text_file_shows_as_a_rule_not_a_gap(
    qtbot, window: MainWindow, archive: Archive, corpus: Path
) -> None:
    # UN records carry a form feed between pages, often mid-sentence, with blank lines around it
    speech = next(p for p in sorted((corpus / "un-speeches").glob("*.txt")) if "\n\f\n" in p.read_text())
    controller = ImportController(archive, window, show_summary=False)
    with qtbot.waitSignal(controller.finished, timeout=120_000):
        controller.start([speech])
    text = speech.read_text()
    before, after = text[: text.index("\f")].rstrip().splitlines()[-1], text[text.index("\f") + 1 :].split()
    open_first(qtbot, window, f'"{" ".join(after[:3])}"')
    view = window.workspace.reader.text
    assert view.toPlainText() == window.workspace.reader.document().text.replace("\u00a0", " ")
    layout, doc = view.document().documentLayout(), view.document()
    last_line = doc.findBlock(view.toPlainText().index(before))
    next_line = doc.findBlock(view.toPlainText().index("\f") + 2)
    gap = layout.blockBoundingRect(next_line).top() - layout.blockBoundingRect(last_line).bottom()
    line = layout.blockBoundingRect(last_line).height()
    assert 0 < gap < 2 * line  # a thin rule between the pages, not three empty lines
