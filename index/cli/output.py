"""How the CLI prints: the progress bar on stderr, summaries, results, and their JSON forms."""

from __future__ import annotations

import html
import json
import re
import shutil
import sys
import time
from dataclasses import asdict
from typing import TextIO

from .. import dates
from ..errors import ArchiveError
from ..formats import install_hint
from ..models import (
    ArchiveStats,
    CheckReport,
    Document,
    Hit,
    ImportReport,
    SearchResult,
    SimilarDocuments,
    Version,
)


class ProgressBar:
    """An `on_progress` callable drawing a bar on stderr (plain lines when not a terminal)."""

    def __init__(self, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.tty = self.stream.isatty()
        self._last = 0.0
        self._drawn = False

    def __call__(self, done: int, total: int, message: str) -> None:
        if not self.enabled or total <= 0:
            return
        now = time.monotonic()
        if done not in (0, total) and now - self._last < (0.1 if self.tty else 2.0):
            return
        self._last = now
        percent = done * 100 // total
        if self.tty:
            width = max(10, min(40, shutil.get_terminal_size().columns - 50))
            filled = width * done // total
            tail = message[-30:]
            self.stream.write(
                f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {percent:3d}% {tail:<30}"
            )
        else:
            self.stream.write(f"{done}/{total} ({percent}%) {message}\n")
        self.stream.flush()
        self._drawn = True

    def close(self) -> None:
        if self._drawn and self.tty:
            self.stream.write("\n")
            self.stream.flush()


def print_import_summary(report: ImportReport, stream: TextIO | None = None) -> None:
    out = stream or sys.stderr
    if report.cancelled:
        print("Import cancelled; what was imported before is kept.", file=out)
    print(
        f"Imported: {len(report.imported)}   duplicates skipped: {len(report.duplicates)}   "
        f"failed or skipped: {len(report.failed)}",
        file=out,
    )
    for outcome in report.imported:
        if outcome.reason:  # imported, with something worth knowing about it
            print(f"  note       {_one_line(outcome.path)}: {outcome.reason}", file=out)
    if report.versions:
        print(
            f"{len(report.versions)} of the imported files are versions of a statement the archive "
            "holds: kept, and shown once in searches (show DOC_ID lists a statement's versions)",
            file=out,
        )
    for outcome in report.duplicates:
        print(f"  duplicate  {outcome.path}: {outcome.reason}", file=out)
    for outcome in report.failed:
        print(f"  {outcome.status:<9}  {_one_line(outcome.path)}: {outcome.reason}", file=out)
    for outcome in report.imported:
        if outcome.needs_ocr:  # imported, but its scanned pages were not read
            print(f"  {'partly':<9}  {_one_line(outcome.path)}: {outcome.reason}", file=out)
    if report.needs_ocr and report.ocr_turned_off:
        print(
            f"{len(report.needs_ocr)} file(s) are scans or images whose text needs OCR, which was turned "
            "off (--no-ocr). Import them again without it to read them.",
            file=out,
        )
    elif report.needs_ocr:
        print(
            f"{len(report.needs_ocr)} file(s) are scans or images whose text needs OCR, and Tesseract OCR "
            f"is not installed. {install_hint()}, then import the files that failed again.",
            file=out,
        )


def _one_line(text: str) -> str:
    return text.replace("\n", "\\n").replace("\r", "\\r")


_TAG = re.compile(r"</?b>")


def print_search(result: SearchResult, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(search_json(result), ensure_ascii=False))
        return
    print(
        f"{result.total} document(s) for {result.query!r}"
        + (f" — did you mean {result.suggestion!r}?" if result.suggestion else "")
    )
    bold, plain = ("\033[1m", "\033[0m") if sys.stdout.isatty() else ("[", "]")
    for hit in result.hits:
        snippet = html.unescape(
            _TAG.sub(lambda m: plain if m.group().startswith("</") else bold, hit.snippet)
        )
        byline = f"{hit.issuer or '—'} · {dates.display(hit.date)} · {hit.format}"
        if hit.versions:
            others = ", ".join(f"#{v.doc_id}" for v in hit.versions if v.doc_id != hit.doc_id)
            byline += f" · {hit.version_count} versions ({others})"
        print(f"\n#{hit.doc_id}  {hit.title}\n     {byline}")
        print(f"     {snippet}")
    pages = (result.total + result.page_size - 1) // result.page_size
    if pages > 1:
        print(f"\npage {result.page} of {pages} (--page N)")


def check_page(result: SearchResult) -> None:
    """A page past the last is an error, not an empty page: say where the results end."""
    pages = (result.total + result.page_size - 1) // result.page_size
    if result.page > max(pages, 1):
        there = f"the last is page {pages}" if pages else "nothing matches"
        raise ArchiveError(f"--page {result.page} is past the last page of {result.query!r}: {there}.")


def search_json(result: SearchResult) -> dict[str, object]:
    return {
        "query": result.query,
        "total": result.total,
        "page": result.page,
        "page_size": result.page_size,
        "sort": result.sort,
        "all_versions": result.all_versions,
        "results": [hit_json(h) for h in result.hits],
        "facets": result.facets,
        "suggestion": result.suggestion,
    }


def hit_json(h: Hit) -> dict[str, object]:
    return {
        "id": h.doc_id,
        "title": h.title,
        "issuer": h.issuer,
        "date": h.date,
        "date_text": dates.display(h.date),
        "format": h.format,
        "score": h.score,
        "snippet": h.snippet,
        "hits": [list(s) for s in h.hits],
        # every version of its statement, earliest first (itself alone when it has none)
        "versions": _versions_json(h),
        "starred": h.starred,
        "tags": list(h.tags),
    }


def _versions_json(hit: Hit) -> list[dict[str, object]]:
    if hit.versions:
        return [version_json(v) for v in hit.versions]
    return [{"id": hit.doc_id, "title": hit.title, "issuer": hit.issuer, "date": hit.date}]


def version_json(version: Version) -> dict[str, object]:
    return {"id": version.doc_id, "title": version.title, "issuer": version.issuer, "date": version.date}


def print_similar(found: SimilarDocuments, title: str, *, as_json: bool) -> None:
    """The documents like one document, each with the key terms it shares (its reason)."""
    if as_json:
        print(json.dumps(asdict(found) | {"title": title}, ensure_ascii=False))
        return
    print(f"Documents like #{found.doc_id} {title}")
    if found.key_terms:
        print(f"  key terms: {', '.join(found.key_terms[:10])}")
    if found.versions:
        shown = ", ".join(f"#{v}" for v in found.versions)
        print(f"  left out as versions of the same statement: {shown}")
    if not found.documents:
        print("\nNo similar documents.")
    for doc in found.documents:
        print(f"\n#{doc.doc_id}  {doc.title}")
        print(f"     {doc.issuer or '—'} · {dates.display(doc.date)} · {doc.format}")
        print(f"     shares: {', '.join(doc.shared_terms)}")


def print_stats(stats: ArchiveStats, *, as_json: bool) -> None:
    if as_json:
        print(json.dumps(asdict(stats), ensure_ascii=False))
        return
    print(f"Archive: {stats.path}")
    print(
        f"Documents: {stats.documents}" + "".join(f"  {k}: {v}" for k, v in sorted(stats.by_format.items()))
    )
    if stats.statements != stats.documents:
        print(f"Statements: {stats.statements} (some are stored in more than one version)")
    print(f"Issuers: {stats.issuers}   actors: {stats.actors}   demands: {stats.demands}")
    if stats.first_date:
        print(f"Dates: {dates.display(stats.first_date)} to {dates.display(stats.last_date)}", end="")
        print(f"   undated: {stats.undated}" if stats.undated else "")
    elif stats.undated:
        print(f"Dates: none; undated: {stats.undated}")
    print(f"Originals: {stats.originals_bytes / 1e6:.1f} MB")


def date_line(doc: Document) -> str:
    """A document's date with where it came from: "September 2013 (from the file name)",
    "undated (file modified 2024-06-01)"."""
    if doc.date is None:
        return dates.UNDATED + (f" (file modified {doc.file_modified})" if doc.file_modified else "")
    source = _DATE_SOURCES.get(doc.date_source or "", doc.date_source)
    return f"{dates.display(doc.date)} ({source})" if source else dates.display(doc.date)


_DATE_SOURCES = {
    "page": "from the page",
    "header": "from the e-mail header",
    "text": "from the text",
    "file-name": "from the file name",
    "pdf-metadata": "from the PDF's properties",
    "docx-metadata": "from the document's properties",
}


def print_check(report: CheckReport, *, as_json: bool) -> None:
    """Every problem on one line (what was repaired, or what can be done), then a summary."""
    if as_json:
        body = asdict(report) | {"ok": report.ok, "remaining": len(report.remaining)}
        print(json.dumps(body, ensure_ascii=False))
        return
    for problem in report.problems:
        state = "repaired" if problem.repaired else "PROBLEM"
        remedy = f" — {problem.remedy}" if problem.remedy else ""
        print(f"{state:<8}  {problem.area}: {_one_line(problem.what)}{remedy}")
    checked = f"Checked {report.documents} documents and {report.originals} originals in {report.path}"
    if report.cancelled:
        print(f"{checked}: cancelled before the end.")
    elif not report.problems:
        print(f"{checked}: everything is in order.")
    else:
        found, left = len(report.problems), len(report.remaining)
        print(f"{checked}: {found} problem(s), {found - left} repaired, {left} remaining.")
