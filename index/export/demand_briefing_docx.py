"""A briefing as a Word document (python-docx): the same content as the HTML, the timeline as
a picture, quotations each followed by its citation, tables with a header row."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Inches, Pt

from .demand_briefing import Briefing

MAX_TABLE_ROWS = 500  # a Word table past this is unreadable: the CSV holds every row


def write_docx(b: Briefing, path: Path) -> Path:
    doc = Document()
    doc.core_properties.title = b.title
    doc.add_heading(b.title, level=0)
    facts = doc.add_table(rows=0, cols=2)
    for key, value in b.facts:
        cells = facts.add_row().cells
        cells[0].text, cells[1].text = key, value
        cells[0].paragraphs[0].runs[0].bold = True
    if b.timeline_png:
        doc.add_heading("Timeline", level=1)
        doc.add_picture(io.BytesIO(b.timeline_png), width=Inches(6.3))
    for heading, quotes in b.quotations:
        if not quotes:
            continue
        doc.add_heading(heading, level=1)
        for q in quotes:
            doc.add_paragraph(f"“{q.text}”", style="Quote")
            source = doc.add_paragraph(f"— {q.source}")
            source.runs[0].font.size = Pt(9)
    for table in b.tables:
        doc.add_heading(f"{table.title} ({len(table.rows)})", level=1)
        if not table.rows:
            doc.add_paragraph("None.")
            continue
        grid = doc.add_table(rows=1, cols=len(table.columns))
        grid.style = "Light Grid Accent 1"
        for cell, name in zip(grid.rows[0].cells, table.columns, strict=True):
            cell.text = name
        for row in table.rows[:MAX_TABLE_ROWS]:
            for cell, value in zip(grid.add_row().cells, row, strict=True):
                cell.text = value
        if len(table.rows) > MAX_TABLE_ROWS:
            doc.add_paragraph(f"… and {len(table.rows) - MAX_TABLE_ROWS} more rows in the CSV file.")
    doc.save(str(path))
    return path
