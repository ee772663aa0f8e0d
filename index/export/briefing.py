"""A briefing: search results as a document to send on (title, issuer, date, the snippet with
the matched words marked, and a citation for each), written as HTML here and as DOCX by
`briefing_docx.py`.

The HTML is self-contained and inert: every piece of text is escaped, the style is inline, and a
Content-Security-Policy forbids any script or remote resource, so opening it in a browser
fetches nothing even if a document's title held markup.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..models import Document, Hit
from .citation import citation
from .snippets import Segment, segments, snippet_offset


@dataclass(frozen=True)
class Entry:
    doc_id: int
    title: str
    issuer: str | None
    date: str | None
    snippet: tuple[Segment, ...]
    citation: str


@dataclass(frozen=True)
class Briefing:
    query: str
    entries: tuple[Entry, ...]
    filters: Mapping[str, Sequence[str]] = field(default_factory=dict)
    generated: str = field(default_factory=lambda: dt.date.today().isoformat())

    @property
    def heading(self) -> str:
        return f"Briefing: {self.query}" if self.query else "Briefing"

    def criteria(self) -> str:
        """ "Query: …; filters: Year = 2016; 12 documents; 2026-12-05" on one line."""
        parts = [f"Query: {self.query or '(everything)'}"]
        chosen = [f"{key} = {value}" for key, values in self.filters.items() for value in values]
        if chosen:
            parts.append("filters: " + ", ".join(chosen))
        count = len(self.entries)
        parts.append(f"{count} document{'s' if count != 1 else ''}")
        parts.append(f"prepared {self.generated}")
        return "; ".join(parts)


def entry(hit: Hit, doc: Document) -> Entry:
    return Entry(
        doc_id=hit.doc_id,
        title=doc.title,
        issuer=doc.issuer,
        date=doc.date,
        snippet=tuple(segments(hit.snippet)),
        citation=citation(doc, snippet_offset(doc.text, hit)),
    )


def byline(item: Entry) -> str:
    return " · ".join(p for p in (item.issuer, item.date or "undated") if p)


_STYLE = (
    "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;padding:0 1em;line-height:1.45;"
    "color:#1d1d1d;background:#fff}h1{font-size:1.5em;margin-bottom:.2em}"
    ".criteria{color:#555;margin-top:0}article{border-top:1px solid #ddd;padding:.6em 0}"
    "h2{font-size:1.1em;margin:.2em 0}.byline{color:#555;margin:.1em 0}"
    "blockquote{margin:.4em 0 .4em 1em}mark{background:#fde68a;color:inherit;font-weight:bold}"
    ".cite{font-size:.9em;color:#333}"
)
_POLICY = "default-src 'none'; style-src 'unsafe-inline'"


def to_html(briefing: Briefing) -> str:
    e = html.escape
    articles = []
    for item in briefing.entries:
        quoted = "".join(f"<mark>{e(text)}</mark>" if marked else e(text) for text, marked in item.snippet)
        articles.append(
            f"<article><h2>{e(item.title)}</h2>"
            f"<p class='byline'>{e(byline(item))}</p>"
            f"<blockquote>{quoted}</blockquote>"
            f"<p class='cite'>{e(item.citation)}</p></article>"
        )
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<meta http-equiv='Content-Security-Policy' content=\"{_POLICY}\">"
        f"<title>{e(briefing.heading)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{e(briefing.heading)}</h1><p class='criteria'>{e(briefing.criteria())}</p>"
        + "\n".join(articles)
        + "</body></html>\n"
    )
