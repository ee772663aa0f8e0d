"""The "more like this" phase: how long `Archive.similar` takes for documents drawn at random, in
a fresh process (the first after opening the archive pays for reading what later ones reuse).

The issue's target: at 30,000 documents the list appears in under half a second.
"""

from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

from benchmarks.memory import self_peak_mb

SEED = 20261205
DOCUMENTS = 60  # drawn at random, each asked once
TARGET_MS = 500


def run(args: dict) -> dict:
    from advocacy_archive.index.archive import Archive
    from advocacy_archive.index.errors import DocumentNotFound

    start = time.perf_counter()
    archive = Archive.open(Path(args["archive"]))
    open_ms = (time.perf_counter() - start) * 1000
    last = archive.stats().documents
    drawn = random.Random(SEED).sample(range(1, last + 1), min(DOCUMENTS, last))
    timings, listed, versions = [], [], 0
    for doc_id in drawn:
        start = time.perf_counter()
        try:
            found = archive.similar(doc_id)
        except DocumentNotFound:  # ids are not all in use (duplicates take none, failures none)
            continue
        timings.append((time.perf_counter() - start) * 1000)
        listed.append(len(found.documents))
        versions += len(found.versions)
    archive.close()
    return {
        "open_ms": open_ms,
        "ms": timings,
        "listed": listed,
        "versions": versions,
        "rss_mb": self_peak_mb(),
    }


def lines(n: int, result: dict) -> list[str]:
    """The phase's rows of the printed table."""
    from benchmarks.report import p95

    ms = result["ms"]
    return [
        f"| more like this, first after opening (ms) | {ms[0]:.0f} | < {TARGET_MS} ms |",
        f"| more like this, {len(ms)} documents at random: median / p95 / max (ms) | "
        f"{statistics.median(ms):.0f} / {p95(ms):.0f} / {max(ms):.0f} | < {TARGET_MS} ms |",
        f"| documents listed (median of {len(ms)}), versions left out (all) | "
        f"{statistics.median(result['listed']):.0f}, {result['versions']} | |",
        f"| peak RSS of the process (MB) | {result['rss_mb']:.0f} | |",
    ]
