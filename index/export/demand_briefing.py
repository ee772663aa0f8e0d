"""A briefing a press officer can send: a dossier, a group of demands, or a search's demands, as
one self-contained HTML file, a DOCX, and a CSV per table (demand_briefing_html.py, demand_briefing_docx.py).

`Briefing` is what every format is written from: a title, a few facts, the timeline picture,
tables, and quotations each with its citation (title, issuer, date, page). A demand's sentence
is a quotation too, cited so.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..models import DemandGroup, DemandRow, Dossier

CITED_DEMANDS = 200  # sentences quoted in full; the CSV holds every demand


@dataclass(frozen=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Citation:
    """A quotation and where it comes from."""

    text: str
    source: str


@dataclass(frozen=True)
class Briefing:
    title: str
    facts: tuple[tuple[str, str], ...]
    timeline_png: bytes | None
    tables: tuple[Table, ...] = ()
    quotations: tuple[tuple[str, tuple[Citation, ...]], ...] = ()  # (heading, quotations)
    notes: tuple[str, ...] = field(default=())


def demand_source(row: DemandRow) -> str:
    parts = [f"“{row.doc_title}”", row.issuer, row.doc_date]
    return ", ".join(p for p in parts if p)


def _demand_table(title: str, rows: Sequence[DemandRow]) -> Table:
    return Table(
        title,
        ("Date", "By", "Of", "Demand", "Document", "Reference"),
        tuple(
            (r.doc_date or "", r.by or "", ", ".join(r.demand.targets), r.demand.action, r.doc_title, r.ref)
            for r in rows
        ),
    )


def _cited(rows: Sequence[DemandRow]) -> tuple[Citation, ...]:
    return tuple(Citation(r.demand.sentence, demand_source(r)) for r in rows[:CITED_DEMANDS])


def dossier_briefing(d: Dossier, timeline_png: bytes | None, period: str = "") -> Briefing:
    seen = f"{d.first_seen} to {d.last_seen}" if d.first_seen else "undated"
    facts = [
        ("Type", d.type),
        ("Seen", seen),
        ("Documents", str(len(d.documents))),
        ("Demands made", str(len(d.demands_by))),
        ("Demands made of it", str(len(d.demands_of))),
        ("Also written", "; ".join(a for a, _ in d.aliases[:12] if a != d.name) or "—"),
        ("Named most often with", "; ".join(n for n, _ in d.co_actors[:8]) or "—"),
    ]
    if period:
        facts.insert(0, ("Period", period))
    return Briefing(
        title=f"{d.name}: dossier",
        facts=tuple(facts),
        timeline_png=timeline_png,
        tables=(
            _demand_table("Demands made", d.demands_by),
            _demand_table("Demands made of it", d.demands_of),
            Table(
                "Documents",
                ("Date", "Title", "Issuer", "Mentions"),
                tuple((x.date or "", x.title, x.issuer or "", str(x.mentions)) for x in d.documents),
            ),
        ),
        quotations=(
            ("Quoted as saying", tuple(Citation(q.text, q.citation) for q in d.quotes)),
            ("Demands made, as written", _cited(d.demands_by)),
            ("Demands made of it, as written", _cited(d.demands_of)),
        ),
    )


def group_briefing(g: DemandGroup, timeline_png: bytes | None) -> Briefing:
    facts = (
        ("Of", ", ".join(g.targets) or "no target named"),
        ("Demand", g.wording),
        ("Made", f"{len(g.members)} times"),
        ("By", "; ".join(f"{n} ({c})" for n, c in g.by_counts)),
        ("First made", f"{g.first.doc_date or 'undated'}, “{g.first.doc_title}”"),
        ("Last made", f"{g.last.doc_date or 'undated'}, “{g.last.doc_title}”"),
    )
    return Briefing(
        title=f"Tracked demand: {g.wording}",
        facts=facts,
        timeline_png=timeline_png,
        tables=(_demand_table("Every time it was made", g.members),),
        quotations=(("As written", _cited(g.members)),),
    )


def demands_briefing(title: str, rows: Sequence[DemandRow], timeline_png: bytes | None) -> Briefing:
    return Briefing(
        title=title,
        facts=(("Demands", str(len(rows))),),
        timeline_png=timeline_png,
        tables=(_demand_table("Demands", rows),),
        quotations=(("As written", _cited(rows)),),
    )


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:60] or "table"


def write_csv(table: Table, path: Path) -> Path:
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:  # BOM: spreadsheets read UTF-8
        writer = csv.writer(handle)
        writer.writerow(table.columns)
        writer.writerows(table.rows)
    return path


def write_briefing(briefing: Briefing, path: Path) -> list[Path]:
    """`path` as HTML, the same stem as DOCX, and `stem-<table>.csv` per table; returns them."""
    from .demand_briefing_docx import write_docx
    from .demand_briefing_html import write_html

    path = Path(path)
    stem = path.with_suffix("")
    written = [
        write_html(briefing, stem.with_suffix(".html")),
        write_docx(briefing, stem.with_suffix(".docx")),
    ]
    for table in briefing.tables:
        written.append(write_csv(table, stem.parent / f"{stem.name}-{slug(table.title)}.csv"))
    return written
