"""Exports from the window: the shown results (all or the selected ones) to CSV and briefings,
the open document to a PDF with its highlights, actors and demands, and printing it."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtPrintSupport import QPrinter

from advocacy_archive.app.main_window import MainWindow
from tests.app.answers import wait_for_answer, wait_for_document


def _show(qtbot, window: MainWindow, query: str) -> None:
    with qtbot.waitSignal(window.workspace.controller.results_changed):
        window.workspace.search(query)
    wait_for_answer(qtbot, window)
    wait_for_document(qtbot, window)


def _exported(qtbot, window: MainWindow, path: Path, **kwargs) -> str:
    with qtbot.waitSignal(window.exporter.done, timeout=60_000) as said:
        window.exporter.export_to(path, **kwargs)
    return said.args[0]


def test_every_result_of_the_shown_search_goes_to_csv(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _show(qtbot, window, "")
    total = window.workspace.controller.last_result.total
    said = _exported(qtbot, window, tmp_path / "all.csv")
    assert f"Exported {total} results" in said
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == total


def test_the_selected_results_go_to_a_word_briefing(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _show(qtbot, window, "Aleppo OR election")
    ws = window.workspace
    selection = ws.results.view.selectionModel()
    selection.select(ws.results.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    selection.select(ws.results.model.index(2), QItemSelectionModel.SelectionFlag.Select)
    chosen = ws.results.selected_hits()
    assert len(chosen) == 2
    _exported(qtbot, window, tmp_path / "two.docx", hits=chosen)
    headings = [
        p.text for p in docx.Document(str(tmp_path / "two.docx")).paragraphs if p.style.name == "Heading 2"
    ]
    assert headings == [window.archive.document(h.doc_id).title for h in chosen]


def test_the_open_document_goes_to_a_pdf_with_its_actors_and_demands(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    _show(qtbot, window, "Aleppo")
    doc, actors, demands = window.workspace.open_parts
    assert actors and demands
    path = tmp_path / "document.pdf"
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as said:
        window.exporter.write_pdf(path)
    assert said.args[0] == f"Wrote {path}"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert doc.title in text
    assert "Actors" in text and actors[0].name in text
    assert "Demands" in text and demands[0].action.split()[0] in text
    assert "search hits in bold on yellow" in text


def test_printing_lays_the_document_out_on_the_printer(qtbot, window: MainWindow, tmp_path: Path) -> None:
    _show(qtbot, window, "Aleppo")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a PDF printer: no device needed
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(window.exporter.done, timeout=30_000) as said:
        window.exporter.print_on(printer)
    assert "to the printer" in said.args[0]
    del printer
    reader = PdfReader(tmp_path / "printed.pdf")
    assert window.workspace.reader.document().title.split()[0] in reader.pages[0].extract_text()


def test_the_print_dialog_opens_without_blocking_the_window(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, "Aleppo")
    dialog = window.exporter.ask_and_print()
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
