"""One benchmark phase per fresh process (`python -m benchmarks.phases PHASE ARGS-JSON`), so each
phase's peak memory is its own and nothing is warm that a user's process would not have warm.

Each phase prints one JSON object as its last line of output.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks import fts5
from benchmarks.memory import DescendantPeaks, self_peak_mb
from benchmarks.queries import WARMUP, Query, build


def run_import(args: dict) -> dict:
    """The whole pipeline through `Archive.import_paths`, then the same texts into FTS5."""
    from advocacy_archive.index.archive import Archive

    paths = Path(args["list"]).read_text().splitlines()
    archive_dir = Path(args["archive"])
    with DescendantPeaks() as workers:
        start = time.perf_counter()
        with Archive.open(archive_dir) as archive:
            report = archive.import_paths(paths, jobs=args.get("jobs", 0))
        seconds = time.perf_counter() - start
    main_peak = self_peak_mb()
    rows = list(fts5.catalog_rows(archive_dir / "catalog.sqlite"))
    fts_seconds, text_bytes = fts5.build(Path(args["fts"]), rows)
    return {
        **index_shape(archive_dir / "whoosh", Path(args["fts"])),
        "seconds": seconds,
        "files": len(paths),
        "outcomes": dict(Counter(o.status for o in report.outcomes)),
        "rss_main_mb": main_peak,
        "rss_worker_max_mb": workers.max_mb,
        "rss_workers_sum_mb": workers.sum_mb,
        "fts_seconds": fts_seconds,
        "fts_docs": len(rows),
        "text_bytes": text_bytes,
    }


def index_shape(whoosh_dir: Path, fts: Path) -> dict:
    """Segments and size of the Whoosh index (each segment costs every query a pass), and the
    FTS5 file's size beside it."""
    from advocacy_archive.index.engine.search_index import storage

    ix = storage(whoosh_dir).open_index()
    return {
        "segments": len(ix._segments()),
        "index_mb": sum(f.stat().st_size for f in whoosh_dir.iterdir()) / 2**20,
        "fts_mb": fts.stat().st_size / 2**20,
    }


def _timed(fn, *a, **kw) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn(*a, **kw)
    return (time.perf_counter() - start) * 1000, out


def run_search(args: dict) -> dict:
    """Every query once through Archive.search (page of 20, snippets, facets), then FTS5."""
    from advocacy_archive.index.archive import Archive

    queries = build()
    open_ms, archive = _timed(Archive.open, Path(args["archive"]))
    first_ms, _ = _timed(archive.search, "")
    for w in WARMUP:
        archive.search(w)
    whoosh_ms, whoosh_ids, totals = [], [], []
    for q in queries:
        ms, result = _timed(archive.search, q.whoosh, filters=q.filters or None, page_size=20)
        whoosh_ms.append(ms)
        whoosh_ids.append([h.doc_id for h in result.hits])
        totals.append(result.total)
    repeat_ms = [_timed(archive.search, q.whoosh, filters=q.filters or None)[0] for q in queries[:50]]
    archive.close()
    searcher = fts5.Fts5Searcher(Path(args["fts"]))
    for w in WARMUP:
        searcher.search(Query("warmup", w, fts5_term(w)))
    fts_ms, fts_ids, fts_totals = [], [], []
    for q in queries:
        ms, (ids, total) = _timed(searcher.search, q)
        fts_ms.append(ms)
        fts_ids.append(ids)
        fts_totals.append(total)
    searcher.close()
    return {
        "open_ms": open_ms,
        "first_search_ms": first_ms,
        "whoosh_ms": whoosh_ms,
        "fts_ms": fts_ms,
        "repeat_ms": repeat_ms,
        "kinds": [q.kind for q in queries],
        "overlap": overlap(queries, whoosh_ids, fts_ids, totals, fts_totals),
        "rss_mb": self_peak_mb(),
    }


def fts5_term(word: str) -> str:
    return '{title body} : "' + word + '"'


def overlap(
    queries: list[Query], a: list[list[int]], b: list[list[int]], ta: list[int], tb: list[int]
) -> dict:
    """Agreement of the two engines on plain one-term queries: shared share of the top 20
    (overlap@20), Jaccard of the top-20 sets, and how the result counts compare."""
    at20, jaccard, count_ratio = [], [], []
    for q, x, y, nx, ny in zip(queries, a, b, ta, tb, strict=True):
        if q.kind != "term" or not (x or y):
            continue
        sx, sy = set(x), set(y)
        at20.append(len(sx & sy) / max(1, min(len(sx), len(sy))))
        jaccard.append(len(sx & sy) / len(sx | sy))
        if ny:
            count_ratio.append(nx / ny)
    return {
        "queries": len(at20),
        "overlap_at_20": statistics.fmean(at20) if at20 else 0.0,
        "jaccard": statistics.fmean(jaccard) if jaccard else 0.0,
        "count_ratio_median": statistics.median(count_ratio) if count_ratio else 0.0,
    }


def main() -> None:
    phase, raw = sys.argv[1], sys.argv[2]
    args = json.loads(raw)
    if phase == "import":
        out = run_import(args)
    elif phase == "search":
        out = run_search(args)
    elif phase == "similar":
        from benchmarks import similar

        out = similar.run(args)
    else:
        from benchmarks import gui_probe

        out = gui_probe.run(phase, args)
        # PySide6 6.12 with the app's pool threads can abort in interpreter shutdown ("Fatal
        # Python error: none_dealloc", seen while garbage-collecting): the figures are already
        # taken, so leave without the shutdown (reported to the lead; not a benchmark matter).
        print(json.dumps(out), flush=True)
        os._exit(0)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
