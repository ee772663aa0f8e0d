"""One benchmark phase per fresh process (`python -m benchmarks.phases PHASE ARGS-JSON`), so each
phase's peak memory is its own and nothing is warm that a user's process would not have warm.

Each phase prints one JSON object as its last line of output.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

from benchmarks import agreement, fts5, tantivy_peer
from benchmarks.memory import DescendantPeaks, self_peak_mb
from benchmarks.queries import WARMUP, Query, build


def run_import(args: dict) -> dict:
    """The whole pipeline through `Archive.import_paths`, then the same texts into FTS5 and
    (when installed) tantivy."""
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
    peer: dict = {}
    if tantivy_peer.available():
        peer_seconds, peer_mb = tantivy_peer.build(Path(args["tantivy"]), rows)
        peer = {"tantivy_seconds": peer_seconds, "tantivy_mb": peer_mb}
    return {
        **index_shape(archive_dir / "whoosh", Path(args["fts"])),
        **peer,
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
    """Every query once through Archive.search (page of 20, snippets, facets), then FTS5, then
    tantivy (when installed and its index was built), each engine warmed by the same words."""
    from advocacy_archive.index.archive import Archive

    queries = build()
    open_ms, archive = _timed(Archive.open, Path(args["archive"]))
    first_ms, _ = _timed(archive.search, "")

    def ours(q: Query) -> tuple[list[int], int]:
        result = archive.search(q.whoosh, filters=q.filters or None, page_size=20)
        return [h.doc_id for h in result.hits], result.total

    runs = {"whoosh": _run(queries, ours, lambda w: archive.search(w))}
    repeat_ms = [_timed(archive.search, q.whoosh, filters=q.filters or None)[0] for q in queries[:50]]
    archive.close()
    searcher = fts5.Fts5Searcher(Path(args["fts"]))
    runs["fts"] = _run(queries, searcher.search, lambda w: searcher.search(Query("warmup", w, fts5_term(w))))
    searcher.close()
    rss_mb = self_peak_mb()  # ours and FTS5, as before the peer was added (its index is mapped)
    peer = Path(args.get("tantivy", ""))
    if tantivy_peer.available() and (peer / "meta.json").exists():
        tv = tantivy_peer.TantivySearcher(peer)
        runs["tantivy"] = _run(queries, tv.search, lambda w: tv.search(Query("warmup", w, "", words=(w,))))
    elif not tantivy_peer.available():
        print(tantivy_peer.MISSING, file=sys.stderr)
    kinds = [q.kind for q in queries]
    out = {
        "open_ms": open_ms,
        "first_search_ms": first_ms,
        "repeat_ms": repeat_ms,
        "kinds": kinds,
        "queries": [q.whoosh for q in queries],
        "overlap": overlap(
            queries,
            runs["whoosh"]["ids"],
            runs["fts"]["ids"],
            runs["whoosh"]["totals"],
            runs["fts"]["totals"],
        ),
        "agreement": agreement.by_kind(kinds, runs),
        "rss_mb": rss_mb,
    }
    for name, run in runs.items():
        out[f"{name}_ms"], out[f"{name}_ids"], out[f"{name}_totals"] = run["ms"], run["ids"], run["totals"]
    return out


def _run(queries: list[Query], search, warm) -> dict:  # noqa: ANN001 (search(q) → (ids, total); warm(word))
    """Each query once, timed, after the warm-up words (not in the measured set)."""
    for w in WARMUP:
        warm(w)
    ms, ids, totals = [], [], []
    for q in queries:
        took, (found, total) = _timed(search, q)
        ms.append(took)
        ids.append(found)
        totals.append(total)
    return {"ms": ms, "ids": ids, "totals": totals}


def fts5_term(word: str) -> str:
    return '{title body} : "' + word + '"'


def overlap(
    queries: list[Query], a: list[list[int]], b: list[list[int]], ta: list[int], tb: list[int]
) -> dict:
    """Agreement of the two engines on plain one-term queries: shared share of the top 20
    (overlap@20), Jaccard of the top-20 sets, and how the result counts compare."""
    terms = [i for i, q in enumerate(queries) if q.kind == "term"]
    return agreement.summary(*([values[i] for i in terms] for values in (a, b, ta, tb)))


def main() -> None:
    phase, raw = sys.argv[1], sys.argv[2]
    args = json.loads(raw)
    if phase == "import":
        out = run_import(args)
    elif phase == "search":
        out = run_search(args)
    elif phase == "dossier":
        from benchmarks import dossier

        out = dossier.run(args)
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
