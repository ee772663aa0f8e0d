"""Turning phase results into the printed table (Markdown, so it pastes into RESULTS.md)."""

from __future__ import annotations

import platform
import sqlite3
import statistics
from collections import defaultdict
from importlib import metadata

TARGETS = {
    "import": "≥ 300 docs/s",
    "p95_ratio": "≤ 2.0×",
    "keystroke": "< 100 ms",
    "start": "< 1.5 s",
    "rss": "< 400 MB",
}


def machine() -> str:
    import os

    def version(dist: str) -> str:
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return "not installed"

    return (
        f"{os.cpu_count()} cores, {_memory_gib():.0f} GiB, {platform.platform()}; "
        f"Python {platform.python_version()}; Whoosh-Reloaded {version('Whoosh-Reloaded')}; "
        f"SQLite {sqlite3.sqlite_version}; PySide6 {version('PySide6-Essentials')}; "
        f"trafilatura {version('trafilatura')}"
    )


def _memory_gib() -> float:
    try:
        with open("/proc/meminfo") as f:
            return int(f.readline().split()[1]) / 1024**2
    except OSError:
        return 0.0


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def _row(name: str, values: list[str], target: str = "", growth: str = "") -> str:
    return "| " + " | ".join([name, *values, target, growth]) + " |"


def _growth(first: float, last: float) -> str:
    return f"{last / first:.2f}×" if first else ""


def size_table(sizes: list[int], imports: dict[int, dict], searches: dict[int, dict]) -> list[str]:
    """One column per archive size; the last column says how the figure grew first → last."""
    head = _row("figure", [f"{n:,}" for n in sizes], "target", f"growth {sizes[0]:,}→{sizes[-1]:,}")
    lines = [head, "|" + "---|" * (len(sizes) + 3)]
    metrics = _metrics(imports, searches)
    for name, (target, fn, fmt) in metrics.items():
        values = [fn(n) for n in sizes]
        if all(v is None for v in values):
            continue
        cells = ["" if v is None else fmt.format(v) for v in values]
        numbers = [v for v in values if isinstance(v, int | float)]
        lines.append(_row(name, cells, target, _growth(numbers[0], numbers[-1]) if len(numbers) > 1 else ""))
    return lines


def _metrics(imports: dict[int, dict], searches: dict[int, dict]) -> dict:
    def imp(key):  # noqa: ANN001, ANN202
        return lambda n: imports[n][key] if n in imports else None

    def sea(fn):  # noqa: ANN001, ANN202
        return lambda n: fn(searches[n]) if n in searches else None

    def shape(n: int) -> tuple[float, int] | None:
        found = imports.get(n, {})
        return (found["index_mb"], found["segments"]) if "segments" in found else None

    def rate(n: int) -> float | None:
        return imports[n]["files"] / imports[n]["seconds"] if n in imports else None

    def fts_rate(n: int) -> float | None:
        return imports[n]["fts_docs"] / imports[n]["fts_seconds"] if n in imports else None

    return {
        "import, whole pipeline (docs/s)": (TARGETS["import"], rate, "{:,.0f}"),
        "import (MB/s of files)": (
            "",
            lambda n: imports[n]["input_mb"] / imports[n]["seconds"] if n in imports else None,
            "{:.2f}",
        ),
        "FTS5 insert, same texts (docs/s)": ("", fts_rate, "{:,.0f}"),
        "FTS5 / ours, import speed": (
            "",
            lambda n: fts_rate(n) / rate(n) if n in imports else None,
            "{:.1f}×",
        ),
        "Whoosh index (MB) / segments": (
            "",
            shape,
            "{0[0]:,.0f} / {0[1]}",
        ),
        "FTS5 file (MB)": ("", lambda n: imports.get(n, {}).get("fts_mb"), "{:,.0f}"),
        "search median (ms)": ("", sea(lambda s: statistics.median(s["whoosh_ms"])), "{:.1f}"),
        "search p95 (ms)": ("", sea(lambda s: p95(s["whoosh_ms"])), "{:.1f}"),
        "FTS5 median (ms)": ("", sea(lambda s: statistics.median(s["fts_ms"])), "{:.1f}"),
        "FTS5 p95 (ms)": ("", sea(lambda s: p95(s["fts_ms"])), "{:.1f}"),
        "p95 ours / FTS5": (
            TARGETS["p95_ratio"],
            sea(lambda s: p95(s["whoosh_ms"]) / p95(s["fts_ms"])),
            "{:.2f}×",
        ),
        "median ours / FTS5": (
            "",
            sea(lambda s: statistics.median(s["whoosh_ms"]) / statistics.median(s["fts_ms"])),
            "{:.2f}×",
        ),
        "repeated query median (ms)": ("", sea(lambda s: statistics.median(s["repeat_ms"])), "{:.1f}"),
        "open archive (ms)": ("", sea(lambda s: s["open_ms"]), "{:.0f}"),
        "first search after open (ms)": ("", sea(lambda s: s["first_search_ms"]), "{:.0f}"),
        "overlap@20 with FTS5, term queries": ("", sea(lambda s: s["overlap"]["overlap_at_20"]), "{:.2f}"),
        "Jaccard top-20 with FTS5": ("", sea(lambda s: s["overlap"]["jaccard"]), "{:.2f}"),
        "result count ours / FTS5 (median)": (
            "",
            sea(lambda s: s["overlap"]["count_ratio_median"]),
            "{:.2f}",
        ),
        "peak RSS import, main process (MB)": (TARGETS["rss"], imp("rss_main_mb"), "{:.0f}"),
        "peak RSS import, largest worker (MB)": (TARGETS["rss"], imp("rss_worker_max_mb"), "{:.0f}"),
        "peak RSS search process (MB)": (TARGETS["rss"], sea(lambda s: s["rss_mb"]), "{:.0f}"),
    }


def kinds_table(search: dict) -> list[str]:
    by_kind: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for kind, ours, fts in zip(search["kinds"], search["whoosh_ms"], search["fts_ms"], strict=True):
        by_kind[kind].append((ours, fts))
    lines = ["| kind | queries | ours median | ours p95 | FTS5 median | FTS5 p95 |", "|---" * 6 + "|"]
    for kind, pairs in by_kind.items():
        ours, fts = [p[0] for p in pairs], [p[1] for p in pairs]
        lines.append(
            f"| {kind} | {len(pairs)} | {statistics.median(ours):.1f} | {p95(ours):.1f} | "
            f"{statistics.median(fts):.1f} | {p95(fts):.1f} |"
        )
    return lines
