"""How far two engines agree on the same queries: how their result counts compare, and how much of
their first page of 20 they share, per kind of query; and the queries they disagree on most.

Two engines with different analysers and BM25 variants are not expected to agree exactly; the
figures show where they part, and the disagreeing queries show why (RESULTS.md reads their
documents).
"""

from __future__ import annotations

import math
import statistics
from collections import defaultdict

# Pairs compared, and the kinds a side cannot ask (FTS5 has no fuzzy terms: it looks the
# misspelt word up as written, so comparing the counts would say nothing).
PAIRS = (("whoosh", "fts"), ("whoosh", "tantivy"), ("fts", "tantivy"))
CANNOT = {"fts": {"fuzzy"}}
NAMES = {"whoosh": "ours", "fts": "FTS5", "tantivy": "tantivy"}


def summary(a: list[list[int]], b: list[list[int]], ta: list[int], tb: list[int]) -> dict:
    """overlap@20 (shared share of the smaller first page), Jaccard of the two first pages, the
    median count ratio a/b (where b found something), and the share of queries whose counts are
    equal or within 10 % (where either found something)."""
    at20, jaccard, ratio, equal, close = [], [], [], [], []
    for x, y, nx, ny in zip(a, b, ta, tb, strict=True):
        if nx or ny:
            equal.append(nx == ny)
            close.append(abs(nx - ny) <= 0.1 * max(nx, ny))
        if ny:
            ratio.append(nx / ny)
        if not (x or y):
            continue
        sx, sy = set(x), set(y)
        at20.append(len(sx & sy) / max(1, min(len(sx), len(sy))))
        jaccard.append(len(sx & sy) / len(sx | sy))
    return {  # None where no query of the set could say
        "queries": len(at20),
        "overlap_at_20": statistics.fmean(at20) if at20 else None,
        "jaccard": statistics.fmean(jaccard) if jaccard else None,
        "count_ratio_median": statistics.median(ratio) if ratio else None,
        "counts_equal": statistics.fmean(equal) if equal else None,
        "counts_within_10pct": statistics.fmean(close) if close else None,
    }


def by_kind(kinds: list[str], runs: dict[str, dict]) -> dict[str, dict[str, dict]]:
    """{"whoosh/tantivy": {kind: summary}} for every pair whose two runs are present."""
    out: dict[str, dict[str, dict]] = {}
    for left, right in PAIRS:
        if left not in runs or right not in runs:
            continue
        rows: dict[str, list[int]] = defaultdict(list)
        for i, kind in enumerate(kinds):
            if kind not in CANNOT.get(left, set()) | CANNOT.get(right, set()):
                rows[kind].append(i)
        a, b = runs[left], runs[right]
        out[f"{left}/{right}"] = {
            kind: summary(
                [a["ids"][i] for i in idx],
                [b["ids"][i] for i in idx],
                [a["totals"][i] for i in idx],
                [b["totals"][i] for i in idx],
            )
            for kind, idx in rows.items()
        }
    return out


def disagreement(na: int, nb: int, a: list[int], b: list[int]) -> float:
    """How far apart two answers are: the log2 ratio of their counts, plus the share of the
    first page not shared (0 when both found nothing)."""
    if not (na or nb):
        return 0.0
    shared = len(set(a) & set(b)) / max(1, min(len(a), len(b))) if a and b else 0.0
    return abs(math.log2((na + 1) / (nb + 1))) + (1 - shared)


def most_disagreeing(search: dict, left: str, right: str, count: int, per_kind: int = 3) -> list[int]:
    """Indexes of the `count` queries on which `left` and `right` disagree most, at most
    `per_kind` of one kind (so one kind's misses do not hide the others')."""
    if f"{right}_totals" not in search:
        return []
    cannot = CANNOT.get(left, set()) | CANNOT.get(right, set())
    scored = [
        (
            disagreement(
                search[f"{left}_totals"][i],
                search[f"{right}_totals"][i],
                search[f"{left}_ids"][i],
                search[f"{right}_ids"][i],
            ),
            i,
        )
        for i, kind in enumerate(search["kinds"])
        if kind not in cannot
    ]
    chosen: list[int] = []
    taken: dict[str, int] = defaultdict(int)
    for score, i in sorted(scored, key=lambda p: (-p[0], p[1])):
        kind = search["kinds"][i]
        if score > 0 and taken[kind] < per_kind and len(chosen) < count:
            chosen.append(i)
            taken[kind] += 1
    return chosen
