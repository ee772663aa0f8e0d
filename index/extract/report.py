"""Extraction results as the JSON the CLI prints (and score.py reads) and as a readable report."""

from __future__ import annotations

from typing import Any

from ..models import ACTOR_TYPES, Extraction


def extraction_json(
    path: str, text: str, title: str | None, date: str | None, extraction: Extraction
) -> dict[str, Any]:
    return {
        "file": path,
        "text": text,
        "title": title,
        "issuer": extraction.issuer,
        "date": date,
        "actors": [
            {"name": a.name, "type": a.type, "mentions": [[s, e] for s, e in a.mentions]}
            for a in extraction.actors
        ],
        "demands": [
            {
                "by": d.by,
                "targets": list(d.targets),
                "target_spans": [[s, e] for s, e in d.target_spans],
                "action": d.action,
                "kind": d.kind,
                "sentence": d.sentence,
                "start": d.start,
                "end": d.end,
            }
            for d in extraction.demands
        ],
    }


def format_report(obj: dict[str, Any]) -> str:
    """Actors grouped by type with mention counts, then demands as "by → targets: action"."""
    lines = [
        f"{obj.get('file', '')}",
        f"  title:  {obj.get('title') or '-'}",
        f"  issuer: {obj.get('issuer') or '-'}",
        f"  date:   {obj.get('date') or '-'}",
        "",
        "Actors",
    ]
    actors = obj.get("actors", [])
    order = {t: i for i, t in enumerate(ACTOR_TYPES)}
    for typ in sorted({a["type"] for a in actors}, key=lambda t: order.get(t, 99)):
        group = sorted(
            (a for a in actors if a["type"] == typ), key=lambda a: (-len(a["mentions"]), a["name"])
        )
        lines.append(f"  {typ}:")
        lines += [f"    {a['name']} ({len(a['mentions'])})" for a in group]
    if not actors:
        lines.append("  (none)")
    lines += ["", "Demands"]
    for d in obj.get("demands", []):
        targets = ", ".join(d["targets"]) or "(unspecified)"
        lines.append(f"  [{d['kind']}] {d['by'] or '?'} → {targets}: {d['action']}")
    if not obj.get("demands"):
        lines.append("  (none)")
    return "\n".join(lines) + "\n"
