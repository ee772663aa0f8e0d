"""Turning phase results into the printed table (Markdown, so it pastes into RESULTS.md)."""

from __future__ import annotations

import platform
import sqlite3
import statistics
from collections import defaultdict
from importlib import metadata

from benchmarks import agreement

TARGETS = {
    "import": "≥ 300 docs/s",
    "p95_ratio": "≤ 2.0×",
    "keystroke": "< 100 ms",
    "start": "< 1.5 s",
    "rss": "< 400 MB",
    "fuzzy_ratio": "≤ 2.0×",
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
        f"SQLite {sqlite3.sqlite_version}; tantivy {version('tantivy')}; "
        f"PySide6 {version('PySide6-Essentials')}; trafilatura {version('trafilatura')}"
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

    def peer_rate(n: int) -> float | None:
        found = imports.get(n, {})
        return found["fts_docs"] / found["tantivy_seconds"] if "tantivy_seconds" in found else None

    def peer(fn):  # noqa: ANN001, ANN202
        return lambda n: fn(searches[n]) if "tantivy_ms" in searches.get(n, {}) else None

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
        "tantivy index, same texts (docs/s)": ("", peer_rate, "{:,.0f}"),
        "tantivy index (MB, with stored bodies)": (
            "",
            lambda n: imports.get(n, {}).get("tantivy_mb"),
            "{:,.0f}",
        ),
        "search median (ms)": ("", sea(lambda s: statistics.median(asked(s, "whoosh"))), "{:.1f}"),
        "search p95 (ms)": ("", sea(lambda s: p95(asked(s, "whoosh"))), "{:.1f}"),
        "FTS5 median (ms)": ("", sea(lambda s: statistics.median(asked(s, "fts"))), "{:.1f}"),
        "FTS5 p95 (ms)": ("", sea(lambda s: p95(asked(s, "fts"))), "{:.1f}"),
        "p95 ours / FTS5": (
            TARGETS["p95_ratio"],
            sea(lambda s: p95(asked(s, "whoosh")) / p95(asked(s, "fts"))),
            "{:.2f}×",
        ),
        "median ours / FTS5": (
            "",
            sea(lambda s: statistics.median(asked(s, "whoosh")) / statistics.median(asked(s, "fts"))),
            "{:.2f}×",
        ),
        "tantivy median (ms)": ("", peer(lambda s: statistics.median(asked(s, "tantivy"))), "{:.1f}"),
        "tantivy p95 (ms)": ("", peer(lambda s: p95(asked(s, "tantivy"))), "{:.1f}"),
        "p95 ours / tantivy": (
            "",
            peer(lambda s: p95(asked(s, "whoosh")) / p95(asked(s, "tantivy"))),
            "{:.1f}×",
        ),
        "fuzzy term `word~` median, ours (ms)": (
            "",
            sea(lambda s: _kind_median(s, "whoosh", "fuzzy")),
            "{:.1f}",
        ),
        "fuzzy / plain term median, ours": (
            TARGETS["fuzzy_ratio"],
            sea(_fuzzy_ratio),
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


def asked(search: dict, engine: str) -> list[float]:
    """The engine's times over the queries FTS5 can also ask (not fuzzy terms), so the overall
    figures compare like with like and stay comparable with earlier runs."""
    cannot = agreement.CANNOT["fts"]
    return [
        ms for kind, ms in zip(search["kinds"], search[f"{engine}_ms"], strict=True) if kind not in cannot
    ]


def _kind_median(search: dict, engine: str, kind: str) -> float | None:
    values = [ms for k, ms in zip(search["kinds"], search[f"{engine}_ms"], strict=True) if k == kind]
    return statistics.median(values) if values else None


def _fuzzy_ratio(search: dict) -> float | None:
    """Fuzzy terms against plain terms, ours, in the same run (issue 14.3: at most 2×)."""
    fuzzy, term = _kind_median(search, "whoosh", "fuzzy"), _kind_median(search, "whoosh", "term")
    return fuzzy / term if fuzzy is not None and term else None


def kinds_table(search: dict) -> list[str]:
    engines = [e for e in ("whoosh", "fts", "tantivy") if f"{e}_ms" in search]
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, kind in enumerate(search["kinds"]):
        by_kind[kind].append(i)
    head = " | ".join(f"{agreement.NAMES[e]} median | {agreement.NAMES[e]} p95" for e in engines)
    lines = [f"| kind | queries | {head} |", "|---" * (2 + 2 * len(engines)) + "|"]
    for kind, idx in by_kind.items():
        cells = []
        for e in engines:
            values = [search[f"{e}_ms"][i] for i in idx]
            cells.append(f"{statistics.median(values):.1f} | {p95(values):.1f}")
        lines.append(f"| {kind} | {len(idx)} | " + " | ".join(cells) + " |")
    return lines


def agreement_table(search: dict) -> list[str]:
    """Per kind: the median count ratio, the share of counts within 10 %, and overlap@20, for
    each pair of engines the run has."""
    pairs = search.get("agreement", {})
    if not pairs:
        return []
    names = [tuple(agreement.NAMES[e] for e in pair.split("/")) for pair in pairs]
    head = " | ".join(f"{a}/{b} count ratio | {a}≈{b} counts | {a}∩{b} top 20" for a, b in names)
    lines = [f"| kind | {head} |", "|---" * (1 + 3 * len(pairs)) + "|"]
    kinds = list(dict.fromkeys(search["kinds"]))
    for kind in kinds:
        cells = []
        for by_kind in pairs.values():
            got = by_kind.get(kind)
            if got is None:
                cells.append("n/a | n/a | n/a")
                continue
            cells.append(
                " | ".join(
                    "–" if got[key] is None else fmt.format(got[key])
                    for key, fmt in (
                        ("count_ratio_median", "{:.2f}"),
                        ("counts_within_10pct", "{:.0%}"),
                        ("overlap_at_20", "{:.2f}"),
                    )
                )
            )
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    return lines


def disagreement_table(search: dict, count: int = 12) -> list[str]:
    """The queries on which ours and tantivy disagree most (agreement.disagreement)."""
    worst = agreement.most_disagreeing(search, "whoosh", "tantivy", count)
    if not worst:
        return []
    lines = ["| query | kind | ours | tantivy | FTS5 | ours∩tantivy top 20 |", "|---" * 6 + "|"]
    for i in worst:
        a, b = set(search["whoosh_ids"][i]), set(search["tantivy_ids"][i])
        shared = f"{len(a & b)}/{min(len(a), len(b))}" if a and b else "–"
        fts = "n/a" if search["kinds"][i] in agreement.CANNOT["fts"] else f"{search['fts_totals'][i]:,}"
        lines.append(
            f"| `{search['queries'][i]}` | {search['kinds'][i]} | {search['whoosh_totals'][i]:,} | "
            f"{search['tantivy_totals'][i]:,} | {fts} | {shared} |"
        )
    return lines
