"""Where alias grouping loses pairs: `python -m benchmarks.grouping_errors [--gold DIR …]`.

The scorer (`../shared/eval/score.py`) counts grouping over pairs of matched mentions within a
document, so one actor named forty times and split in two costs hundreds of pairs while a stray
alias costs a handful. This lists, heaviest first, the two ways a pair is lost:

- split: one gold actor whose mentions carry several predicted names (pairs the gold joins and
  we do not), with the surface forms under each predicted name;
- merged: one predicted name over mentions of several gold actors (pairs we join and the gold
  does not).

It runs the extractor on the gold documents through score.py's own loader and matcher, so the
mentions it counts are exactly the ones the scorer pairs. Never point it at `holdout2/`.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

SHARED = Path(os.environ.get("ADVOCACY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
REPO = Path(__file__).resolve().parents[1]
SETS = (
    SHARED / "eval" / "dev",
    REPO / "tests" / "extraction_eval" / "tune",
    REPO / "tests" / "extraction_eval" / "holdout",
)


def scorer() -> ModuleType:
    """score.py, loaded from the shared folder (it is no package)."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no scorer at {SHARED / 'eval' / 'score.py'}; set ADVOCACY_SHARED")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pairs(n: int) -> int:
    return n * (n - 1) // 2


@dataclass
class Error:
    kind: str  # "split" or "merged"
    doc: str
    name: str  # the gold actor (split) or the predicted name (merged)
    lost: int  # pairs lost
    parts: dict[str, Counter[str]] = field(default_factory=dict)  # other side's name -> surfaces

    def show(self, width: int) -> str:
        lines = [f"{self.lost:5d}  {self.kind:6s} {Path(self.doc).name[:40]:40s} {self.name!r}"]
        for other, surfaces in sorted(self.parts.items(), key=lambda p: -sum(p[1].values())):
            forms = ", ".join(f"{s!r}×{n}" if n > 1 else repr(s) for s, n in surfaces.most_common())
            lines.append(f"{'':14s}{sum(surfaces.values()):3d} → {other!r}: {forms}"[:width])
        return "\n".join(lines)


def doc_errors(score: ModuleType, doc: dict) -> list[Error]:
    """The split gold actors and merged predicted names of one scored document."""
    gm, pm = doc["mentions"], doc["pred_mentions"]
    matched = score.greedy_match(
        gm,
        pm,
        lambda g, p: (
            score.overlap(g["start"], g["end"], p["start"], p["end"]) + (0.5 if g["type"] == p["type"] else 0)
        ),
    )
    by_gold: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    by_pred: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for i, j in matched:
        gold, pred = gm[i]["name"], score.norm_name(pm[j]["name"])
        surface = " ".join(doc["text"][gm[i]["start"] : gm[i]["end"]].split())
        by_gold[gold][pred][surface] += 1
        by_pred[pred][gold][surface] += 1
    out = []
    for kind, groups in (("split", by_gold), ("merged", by_pred)):
        for name, parts in groups.items():
            sizes = [sum(c.values()) for c in parts.values()]
            lost = pairs(sum(sizes)) - sum(pairs(n) for n in sizes)
            if lost:
                out.append(Error(kind, doc["doc"], name, lost, dict(parts)))
    return out


def main() -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.grouping_errors", description=__doc__)
    p.add_argument("--gold", type=Path, action="append", help="annotations (default: dev, tune, holdout)")
    p.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    p.add_argument("--cmd", default=f"{Path(sys.executable).parent / 'advocacy-archive'} extract --json")
    p.add_argument("--top", type=int, default=40, help="errors shown (default %(default)s)")
    p.add_argument("--width", type=int, default=160)
    args = p.parse_args()
    score = scorer()
    errors: list[Error] = []
    for gold in args.gold or SETS:
        if "holdout2" in gold.parts:
            raise SystemExit("holdout2 is the unseen check: score it with score.py, summary only")
        docs = score.load_gold(gold, args.corpus)
        score.match_preds(docs, score.run_extractor(args.cmd, [d["path"] for d in docs]))
        found = [e for d in docs for e in doc_errors(score, d)]
        split = sum(e.lost for e in found if e.kind == "split")
        merged = sum(e.lost for e in found if e.kind == "merged")
        print(f"{gold.name}: {split} gold pairs split, {merged} pairs merged wrongly")
        errors += found
    errors.sort(key=lambda e: -e.lost)
    for e in errors[: args.top]:
        print(e.show(args.width))
    return 0


if __name__ == "__main__":
    sys.exit(main())
