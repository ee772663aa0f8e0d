"""Statements per second for extraction alone (no reading, no indexing), on one core.

Run: ``python -m benchmarks.extraction_speed [--limit N]`` over the txt files of the shared corpus
(seeds, un-speeches, hrw-news, press-releases) and the us-state-dept HTML with tags stripped crudely.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import time
from pathlib import Path

from advocacy_archive.index.extract import extract, prepare
from advocacy_archive.index.extract.compiled import is_compiled

SHARED = Path(os.environ.get("ADVOCACY_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def load_texts(corpus: Path, limit: int | None) -> list[str]:
    texts = []
    for folder in ("seeds", "un-speeches", "hrw-news", "press-releases"):
        for p in sorted((corpus / folder).glob("*.txt")):
            texts.append(p.read_text(encoding="utf-8-sig", errors="replace").replace("\r\n", "\n"))
    for p in sorted((corpus / "us-state-dept").glob("*.htm*")):
        raw = p.read_text(encoding="utf-8", errors="replace")
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        texts.append(html.unescape(re.sub(r"<[^>]+>", " ", raw)))
    return texts[:limit] if limit else texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--limit", type=int, default=None, help="only the first N documents")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    args = ap.parse_args()
    t0 = time.perf_counter()
    prepare()  # the authority and its derived tables: a per-process cost, timed apart
    load = time.perf_counter() - t0
    texts = load_texts(args.corpus, args.limit)
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    c0 = time.process_time()  # on a shared machine CPU time is steadier than wall time
    demands = actors = 0
    for t in texts:
        ex = extract(t)
        actors += len(ex.actors)
        demands += len(ex.demands)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    # setup.py compiles the extractor with mypyc where it can: the figures differ twofold
    print(f"extractor: {'compiled (mypyc)' if is_compiled() else 'pure Python'}")
    print(f"authority load (with the tables derived from it): {load:.3f} s")
    print(f"{len(texts)} statements, {chars / 1e6:.1f} M characters, {actors} actors, {demands} demands")
    print(
        f"extraction: {dt:.2f} s = {len(texts) / dt:.0f} statements/s "
        f"({chars / dt / 1e6:.2f} M chars/s, one core)"
    )
    print(f"cpu time: {cpu:.2f} s = {len(texts) / cpu:.0f} statements/s")


if __name__ == "__main__":
    main()
