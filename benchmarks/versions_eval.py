"""Precision and recall of the detection of versions (index/ingest/sketch.py, version_match.py)
on labelled pairs of real documents from the Senate and Australian bulk archives.

    python -m benchmarks.versions_eval draw --scratch DIR     # sketch both archives, draw pairs
    python -m benchmarks.versions_eval show --scratch DIR     # print each pair's word diff to label
    python -m benchmarks.versions_eval score --scratch DIR    # the detection against the labels

Two samples (see docs/versions.md): candidate pairs, as the bands find them (any estimated
similarity the bands surface, drawn in strata of estimated similarity so that the hard middle is
read as often as the easy ends), and random pairs of the same issuer within a week (what the
detection must leave apart, and versions the bands would miss). The labels, read by a person
from each pair's word diff, live in benchmarks/versions_labels.csv: file names and a label,
never texts. Texts are read as an import reads them (the readers, then the repairs).
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import difflib
import pickle
import random
import re
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from advocacy_archive.index.errors import ImportFailed
from advocacy_archive.index.ingest.pipeline import _repaired
from advocacy_archive.index.ingest.readers import read_file
from advocacy_archive.index.ingest.sketch import BANDS, ROWS, estimated_similarity, sketch
from advocacy_archive.index.ingest.version_match import MIN_ESTIMATED_SIMILARITY, compare

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bulk"
ARCHIVES = {"senate": "us-senate-72k.tar.xz", "au": "press-releases-14k.tar.xz"}
LABELS = Path(__file__).with_name("versions_labels.csv")
STRATA = ((0.3, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))
PER_STRATUM = 14  # per corpus: 2 corpora × 4 strata × 14 = 112 candidate pairs
RANDOM_PAIRS = 55  # per corpus: 110 same-issuer same-week pairs
SEED = 12


def text_of(path: Path) -> str:
    read, _ = _repaired(read_file(path, path.read_bytes()))
    return read.text


def _sketch_one(path: str) -> tuple[str, bytes | None]:
    try:
        found = sketch(text_of(Path(path)))
    except ImportFailed:  # an empty or unreadable file: an import would refuse it
        return path, None
    return path, found.values if found else None


def issuer_and_date(path: Path) -> tuple[str, dt.date] | None:
    name = path.name
    senate = re.match(r"(\d{1,2})([A-Z][a-z]{2})(\d{4})", name)
    if senate:
        day = dt.datetime.strptime(f"{int(senate[1]):02d}{senate[2]}{senate[3]}", "%d%b%Y").date()
        return path.parent.name, day
    au = re.match(r"(\d{4})-(\d\d)-(\d\d)-(.+)-\d+\.txt$", name)
    return (au[4], dt.date(int(au[1]), int(au[2]), int(au[3]))) if au else None


def draw(scratch: Path) -> None:
    rng = random.Random(SEED)
    pairs = []
    for corpus, archive in ARCHIVES.items():
        folder = scratch / corpus
        if not folder.exists():
            folder.mkdir(parents=True)
            subprocess.run(["tar", "-xJf", str(SHARED / archive), "-C", str(folder)], check=True)
        files = sorted(str(p) for p in folder.rglob("*.txt"))
        cache = scratch / f"{corpus}.sketches.pkl"
        if not cache.exists():
            with ProcessPoolExecutor(2) as pool:
                sketches = dict(pool.map(_sketch_one, files, chunksize=64))
            cache.write_bytes(pickle.dumps(sketches))
        sketches = pickle.loads(cache.read_bytes())
        candidates = _candidates(sketches)
        for low, high in STRATA:
            stratum = sorted(p for p, j in candidates.items() if low <= j < high)
            for a, b in rng.sample(stratum, min(PER_STRATUM, len(stratum))):
                pairs.append(("candidate", corpus, a, b))
        pairs.extend(("random", corpus, a, b) for a, b in _same_week(files, rng))
    with open(scratch / "pairs.csv", "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["sample", "corpus", "a", "b"])
        for sample, corpus, a, b in pairs:
            writer.writerow([sample, corpus, _rel(scratch, a), _rel(scratch, b)])
    print(f"{len(pairs)} pairs in {scratch / 'pairs.csv'}")


def _rel(scratch: Path, path: str) -> str:
    return str(Path(path).relative_to(scratch))


def _candidates(sketches: dict[str, bytes | None]) -> dict[tuple[str, str], float]:
    """Every pair sharing a band, with its estimated similarity (as the catalog's lookups find
    them; done here in memory, over a whole archive at once)."""
    paths = [p for p, v in sketches.items() if v is not None]
    values = np.stack([np.frombuffer(sketches[p], dtype=np.uint32) for p in paths])  # type: ignore[arg-type]
    found: dict[tuple[str, str], float] = {}
    for band in range(BANDS):
        buckets: dict[bytes, list[int]] = collections.defaultdict(list)
        for row, key in enumerate(map(bytes, values[:, band * ROWS : (band + 1) * ROWS])):
            buckets[key].append(row)
        for rows in buckets.values():
            for i, x in enumerate(rows):
                for y in rows[i + 1 :]:
                    pair = (paths[x], paths[y])
                    if pair not in found:
                        found[pair] = float(np.mean(values[x] == values[y]))
    return found


def _same_week(files: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """Random pairs of one issuer's documents at most three days apart."""
    by_issuer: dict[str, list[tuple[dt.date, str]]] = collections.defaultdict(list)
    for path in files:
        known = issuer_and_date(Path(path))
        if known is not None:
            by_issuer[known[0]].append((known[1], path))
    dated = sorted((issuer, day, path) for issuer, found in by_issuer.items() for day, path in found)
    pairs: list[tuple[str, str]] = []
    while len(pairs) < RANDOM_PAIRS:
        issuer, day, path = rng.choice(dated)
        near = [p for d, p in by_issuer[issuer] if abs((d - day).days) <= 3 and p != path]
        if near:
            pairs.append((path, rng.choice(near)))
    return pairs


def show(scratch: Path, start: int, count: int) -> None:
    rows = list(csv.DictReader(open(scratch / "pairs.csv")))
    for number, row in enumerate(rows[start : start + count], start=start):
        a, b = text_of(scratch / row["a"]), text_of(scratch / row["b"])
        found_a, found_b = sketch(a), sketch(b)
        j = estimated_similarity(found_a.values, found_b.values) if found_a and found_b else 0.0
        c = compare(a, b)
        print(f"#{number} {row['sample']} {row['corpus']} J={j:.2f} {c} {row['a']} | {row['b']}")
        print(_diff(a, b))
        print()


def _diff(a: str, b: str, width: int = 600) -> str:
    wa, wb = a.split(), b.split()
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if op == "equal":
            seg = wa[i1:i2]
            out.append(
                " ".join(seg)
                if len(seg) < 14
                else " ".join(seg[:5]) + f" …[{len(seg)}]… " + " ".join(seg[-5:])
            )
        else:
            if i2 > i1:
                out.append("[-" + " ".join(wa[i1:i2])[:250] + "-]")
            if j2 > j1:
                out.append("{+" + " ".join(wb[j1:j2])[:250] + "+}")
    return " ".join(out)[:width]


def decisions(a: str, b: str) -> dict[str, bool]:
    """The import's decision for a pair (the bands make it a candidate, the sketch's estimate
    reaches MIN_ESTIMATED_SIMILARITY, the word alignment confirms it), and for comparison the
    sketch alone at two thresholds."""
    found_a, found_b = sketch(a), sketch(b)
    if found_a is None or found_b is None or not set(found_a.bands) & set(found_b.bands):
        return dict.fromkeys(("import", "sketch >= 0.5", "sketch >= 0.8", "sketch >= 0.9"), False)
    estimate = estimated_similarity(found_a.values, found_b.values)
    confirmed = estimate >= MIN_ESTIMATED_SIMILARITY and compare(a, b).same_statement
    return {
        "import": confirmed,
        "sketch >= 0.5": estimate >= 0.5,
        "sketch >= 0.8": estimate >= 0.8,
        "sketch >= 0.9": estimate >= 0.9,
    }


def score(scratch: Path) -> None:
    labels = list(csv.DictReader(open(LABELS)))
    tally: dict[tuple[str, str], collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row in labels:
        truth = row["label"] == "version"
        for rule, guess in decisions(text_of(scratch / row["a"]), text_of(scratch / row["b"])).items():
            outcome = ("t" if truth == guess else "f") + ("p" if guess else "n")
            for key in ("all", row["sample"], f"{row['sample']}/{row['corpus']}"):
                tally[(rule, key)][outcome] += 1
            if rule == "import" and truth != guess:
                print(f"{'missed' if truth else 'wrong'}: {row['a']} | {row['b']} ({row['note']})")
    for (rule, key), t in sorted(tally.items(), key=lambda item: (item[0][0] != "import", item[0])):
        precision = t["tp"] / max(1, t["tp"] + t["fp"])
        recall = t["tp"] / max(1, t["tp"] + t["fn"])
        print(
            f"{rule:<14} {key:<18} pairs {sum(t.values()):>4}  versions {t['tp'] + t['fn']:>3}  "
            f"tp {t['tp']:>3} fp {t['fp']:>3} fn {t['fn']:>3}  precision {precision:.3f}  recall {recall:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.versions_eval", description=__doc__)
    parser.add_argument("step", choices=("draw", "show", "score"))
    parser.add_argument("--scratch", type=Path, default=Path("/tmp/versions-eval"))
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--count", type=int, default=20)
    args = parser.parse_args(argv)
    if args.step == "draw":
        draw(args.scratch)
    elif args.step == "show":
        show(args.scratch, args.start, args.count)
    else:
        score(args.scratch)
    return 0


if __name__ == "__main__":
    sys.exit(main())
