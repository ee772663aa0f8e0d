"""How things read: file dates said to be file dates, translated type labels, a live light/dark
switch, and panels that wrap or elide sensibly in a small window."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from advocacy_archive.app.colours import highlight_colour
from advocacy_archive.app.document_view import header_html
from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.actors import actor_groups
from advocacy_archive.app.models.facets import facet_groups
from advocacy_archive.app.models.grouped import PayloadRole
from advocacy_archive.index import dates
from advocacy_archive.index.models import Actor, Document
from tests.app.answers import wait_for_answer, wait_for_document


def open_first(qtbot, window: MainWindow, query: str) -> None:
    ws = window.workspace
    with qtbot.waitSignal(ws.controller.results_changed):
        ws.search(query)
    wait_for_answer(qtbot, window)
    assert ws.open_first_result()
    wait_for_document(qtbot, window, ws.results.model.hit(0).doc_id)


def _document(**changes) -> Document:
    doc = Document(
        id=1, sha256="0" * 64, title="Open the crossings", issuer="Oxfam", date="2024-03-01",
        date_source="text", place="Geneva", language="en", word_count=120,
        source_path="/x/statement.pdf", format="pdf", text="Open the crossings now.",
        page_starts=(0,),
    )  # fmt: skip
    return dataclasses.replace(doc, **changes)


def test_an_undated_document_says_so_and_offers_its_file_day_marked_as_such() -> None:
    palette = QPalette()
    undated = _document(date=None, date_source=None, file_modified="2024-06-01")
    assert "undated (file modified 2024-06-01)" in header_html(undated, palette)
    assert "undated" not in header_html(_document(), palette)


def test_a_month_precise_date_reads_as_the_month() -> None:
    speech = _document(date="2013-09", date_source="file-name")
    assert "September 2013" in header_html(speech, QPalette())


def test_reader_header_shows_every_metadata_field(qtbot, window: MainWindow) -> None:
    open_first(qtbot, window, "Aleppo")
    doc = window.workspace.reader.document()
    header = window.workspace.reader.header.text()
    for value in (doc.title, doc.issuer, dates.display(doc.date), doc.format.upper()):
        if value:
            assert value in header
    assert doc.source_path.rsplit("/", 1)[-1] in header


@pytest.fixture
def shouting_translator(qapp):
    from PySide6.QtCore import QTranslator

    class Shouting(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return source.upper() if context in ("ActorTypes", "Facets") else ""

    translator = Shouting()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_actor_type_and_facet_labels_go_through_translation(shouting_translator) -> None:
    groups = actor_groups([Actor("Oxfam", "ngo", ((0, 5),))])
    assert [g.label for g in groups if g.entries] == ["NGOS"]
    facets = facet_groups({"actor_type": {"armed_force": 2}}, {})
    (group,) = [g for g in facets if g.key == "actor_type"]
    assert group.label == "ACTOR TYPE"
    assert group.entries[0].label == "ARMED FORCES"


def _dark_palette() -> QPalette:
    palette = QPalette(QColor("#2b2b2b"))
    for role, colour in (
        (QPalette.ColorRole.WindowText, "#eeeeee"),
        (QPalette.ColorRole.Text, "#eeeeee"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark_mode(qapp):
    light = qapp.palette()
    yield lambda: qapp.setPalette(_dark_palette())
    qapp.setPalette(light)


def test_highlights_and_lists_follow_a_live_switch_to_dark(qtbot, window: MainWindow, dark_mode) -> None:
    open_first(qtbot, window, "Aleppo")
    reader = window.workspace.reader

    def hit_colours() -> set[str]:
        return {s.format.background().color().name() for s in reader.text.extraSelections()}

    assert highlight_colour("hit", dark=False).name() in hit_colours()
    dark_mode()
    qtbot.waitUntil(lambda: highlight_colour("hit", dark=True).name() in hit_colours())
    assert highlight_colour("hit", dark=False).name() not in hit_colours()
    base = window.workspace.results.view.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 128, "lists must take the dark palette too"
    swatch = window.workspace.actors.model.groups()[0].colour
    assert swatch is not None and swatch.lightness() < 128


def test_small_window_wraps_demands_and_keeps_full_names_in_tooltips(qtbot, window: MainWindow) -> None:
    window.resize(1000, 700)
    open_first(qtbot, window, "Aleppo")
    ws = window.workspace
    assert min(ws.splitter.sizes()[i] for i in (0, 1, 3)) >= 150
    view = ws.demands.view
    metrics = view.fontMetrics()
    for row in range(ws.demands.model.rowCount()):
        index = ws.demands.model.index(row)
        text = index.data()
        width = view.viewport().width() - 12
        needed = metrics.boundingRect(0, 0, width, 10_000, int(Qt.TextFlag.TextWordWrap), text).height()
        assert view.visualRect(index).height() >= needed, f"demand {row} is cut: {text!r}"
    facets = ws.facets.model
    group = facets.index(0, 0)
    entry = facets.index(0, 0, group)
    assert entry.data(Qt.ItemDataRole.ToolTipRole) == entry.data(Qt.ItemDataRole.DisplayRole)
    assert entry.data(PayloadRole)
    assert QApplication.instance() is not None
