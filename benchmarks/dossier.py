"""Dossier and tracked-demand timings (`python -m benchmarks --only dossier`): in a fresh
process, an actor's dossier opened for the most named actor and for actors further down the
list (first open, then again), demands grouped across the archive, and demands filtered by an
actor's alias. Target: a dossier opens in under a second at 30,000 documents."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

RANKS = (0, 9, 99)  # the most named actor, the 10th, the 100th


def _ms(fn, *a, **kw) -> tuple[float, object]:  # noqa: ANN001
    start = time.perf_counter()
    out = fn(*a, **kw)
    return (time.perf_counter() - start) * 1000, out


def run(args: dict) -> dict:
    from advocacy_archive.index.archive import Archive

    open_ms, archive = _ms(Archive.open, Path(args["archive"]))
    list_ms, actors = _ms(archive.actor_list)
    dossiers = []
    for rank in RANKS:
        if rank >= len(actors):
            continue
        name = actors[rank].name
        first, d = _ms(archive.dossier, name)
        again = statistics.median(_ms(archive.dossier, name)[0] for _ in range(3))
        dossiers.append(
            {
                "rank": rank + 1,
                "name": name,
                "documents": len(d.documents),
                "demands": len(d.demands_by) + len(d.demands_of),
                "quotes": len(d.quotes),
                "first_ms": first,
                "again_ms": again,
            }
        )
    rows_ms, rows = _ms(archive.all_demands)
    groups_ms, groups = _ms(archive.demand_groups)
    cached_ms, _ = _ms(archive.demand_groups)
    target = next((a.name for a in actors if a.type in ("state", "legislature", "igo")), actors[0].name)
    filter_ms, found = _ms(archive.find_demands, target=target.lower())
    archive.close()
    return {
        "open_ms": open_ms,
        "actor_list_ms": list_ms,
        "actors": len(actors),
        "dossiers": dossiers,
        "demands": len(rows),
        "all_demands_ms": rows_ms,
        "groups": len(groups),
        "repeated_groups": sum(1 for g in groups if len(g.members) > 1),
        "groups_ms": groups_ms,
        "groups_again_ms": cached_ms,
        "filter_target": target,
        "filter_ms": filter_ms,
        "filter_rows": len(found),
    }


def lines(sizes: list[int], results: dict[int, dict]) -> list[str]:
    """A table beside the search figures: one column per archive size."""
    shown = [n for n in sizes if n in results]
    if not shown:
        return []
    out = [
        "| figure | " + " | ".join(f"{n:,}" for n in shown) + " | target |",
        "|---|" + "---|" * (len(shown) + 1),
    ]

    def row(name: str, cell, target: str = "") -> None:  # noqa: ANN001
        out.append(f"| {name} | " + " | ".join(cell(results[n]) for n in shown) + f" | {target} |")

    for i, rank in enumerate(r + 1 for r in RANKS):

        def dossier_cell(r: dict, i: int = i) -> str:
            if i >= len(r["dossiers"]):
                return ""
            d = r["dossiers"][i]
            return f"{d['first_ms']:,.0f} / {d['again_ms']:,.0f} ms ({d['documents']:,} docs)"

        row(f"dossier of the #{rank} actor, first open / again", dossier_cell, "< 1 s" if rank == 1 else "")
    row("actors listed (`actors`)", lambda r: f"{r['actor_list_ms']:,.0f} ms ({r['actors']:,})")
    row("every demand read (`demands`)", lambda r: f"{r['all_demands_ms']:,.0f} ms ({r['demands']:,})")
    row(
        "demands grouped (`demands --group`), first / cached",
        lambda r: (
            f"{r['groups_ms']:,.0f} / {r['groups_again_ms']:,.0f} ms ({r['repeated_groups']:,} repeated)"
        ),
    )
    row(
        "demands of an actor by alias (`--target`)",
        lambda r: f"{r['filter_ms']:,.0f} ms ({r['filter_rows']:,})",
    )
    return out
