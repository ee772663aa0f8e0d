"""Whether extraction gives the same actors and demands under every hash seed.

A user re-extracting the same archive must see the same actors every time; Python orders sets of
strings by a hash salted per process (``PYTHONHASHSEED``), so any rule that walks a set and keeps
what it meets first leaks that salt into the output. This runs one worker process per seed over a
sample (every 5th text of the speed benchmark, US Senate releases and State Department pages read
by the import pipeline) and prints every text whose output differs from seed 0's.

Run: ``python -m benchmarks.hash_seeds [--seeds 0 1 2 3 4 5] [--senate 100] [--state 50]``
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from .extraction_speed import SHARED, load_texts


def sample(corpus: Path, senate: int, state: int, every: int = 5) -> list[tuple[str, str | Path]]:
    """(label, text or file): benchmark texts by their index, files by path."""
    items: list[tuple[str, str | Path]] = [
        (f"bench#{i}", t) for i, t in enumerate(load_texts(corpus, None)) if i % every == 0
    ]
    items += [(p.name, p) for p in sorted((corpus / "us-senate").glob("*.txt"))[:senate]]
    items += [(p.name, p) for p in sorted((corpus / "us-state-dept").glob("*.htm*"))[:state]]
    return items


def _outcome(item: str | Path) -> dict[str, object]:
    """What a user sees of one text: its issuer, actors and demands, in the order given."""
    from advocacy_archive.index.extract import extract
    from advocacy_archive.index.extract.report import extraction_json
    from advocacy_archive.index.ingest.pipeline import analyse

    if isinstance(item, Path):
        a = analyse(item, item.read_bytes())
        obj = extraction_json(str(item), "", None, None, a.extraction)
    else:
        obj = extraction_json("", "", None, None, extract(item))
    return {k: obj[k] for k in ("issuer", "actors", "demands")}


def worker(corpus: Path, senate: int, state: int, every: int) -> None:
    for label, item in sample(corpus, senate, state, every):
        print(json.dumps([label, _outcome(item)], ensure_ascii=False), flush=True)


def run_seed(seed: int, args: argparse.Namespace) -> dict[str, str]:
    cmd = [sys.executable, "-m", "benchmarks.hash_seeds", "--worker"]
    cmd += ["--corpus", str(args.corpus), "--senate", str(args.senate), "--state", str(args.state)]
    cmd += ["--every", str(args.every)]
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout
    rows = (json.loads(line) for line in out.splitlines() if line.strip())
    return {label: json.dumps(result, ensure_ascii=False, sort_keys=True) for label, result in rows}


def _names(result: str) -> set[str]:
    return {f"{a['name']} ({a['type']})" for a in json.loads(result)["actors"]}


def report(base: dict[str, str], other: dict[str, str], seed: int) -> int:
    """Print how each differing text differs from seed 0's output; return how many differ."""
    differing = [label for label in base if other.get(label) != base[label]]
    for label in differing:
        gone = sorted(_names(base[label]) - _names(other[label]))
        new = sorted(_names(other[label]) - _names(base[label]))
        what = f"actors -{gone} +{new}" if gone or new else "same actors, other order/demands"
        print(f"  seed {seed}: {label}: {what}")
    return len(differing)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4, 5])
    ap.add_argument("--senate", type=int, default=100, help="how many US Senate releases")
    ap.add_argument("--state", type=int, default=50, help="how many State Department pages")
    ap.add_argument("--every", type=int, default=5, help="every Nth benchmark text")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.corpus, args.senate, args.state, args.every)
        return
    outputs = {seed: run_seed(seed, args) for seed in args.seeds}
    base = outputs[args.seeds[0]]
    differing: set[str] = set()
    for seed in args.seeds[1:]:
        report(base, outputs[seed], seed)
        differing |= {label for label in base if outputs[seed].get(label) != base[label]}
    print(f"{len(base)} texts, {len(args.seeds)} seeds: {len(differing)} texts differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
