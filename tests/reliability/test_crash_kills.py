"""Crash safety, killing for real: SIGKILL an import at random moments, many times over.

After every kill the archive must be whole: the catalog passes SQLite's integrity check, every
document it lists is complete (title, text, its byte-exact original) and searchable, the Whoosh
index holds exactly the catalog's documents once the archive is opened, `originals/` holds no
partial file; and importing again finishes the job with one document per distinct text.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from advocacy_archive.index.archive import CATALOG
from tests.reliability.archive_checks import (
    assert_consistent,
    corpus_sample,
    distinct_texts,
)
from tests.reliability.zygote import Zygote

SEED = 20261121
KILLS = 25
BATCH = 4  # documents per catalog transaction in the killed imports: many commit points


def test_sigkilled_imports_leave_a_whole_archive_and_reimport_completes(corpus: Path, tmp_path: Path) -> None:
    files = corpus_sample(corpus, press=200, state=100)
    files += files[:10]  # the same files twice in one import: duplicates
    expected = distinct_texts(files)
    rng = random.Random(SEED)
    rounds = 1
    archive = tmp_path / f"archive-{rounds}"
    zygote = Zygote(sorted({p.suffix: p for p in files}.values()))
    killed, counts = 0, []
    started = time.monotonic()
    try:
        for _ in range(KILLS):
            moment = rng.uniform(0.05, 1.2)
            killed += zygote.killed_after(moment, op="import", archive=archive, paths=files, batch=BATCH)
            if not (archive / CATALOG).exists():
                # killed before the new archive's catalog was written (a busy machine starts the
                # child late): nothing existed to lose, and the next import creates it
                counts.append(0)
                continue
            count = assert_consistent(archive, rng)
            assert not counts or count >= counts[-1], f"documents were lost: {counts} then {count}"
            counts.append(count)
            if count == expected:  # finished before a kill caught it: start again, so that
                rounds += 1  # every kill can land mid-import however fast this machine is
                archive = tmp_path / f"archive-{rounds}"
                counts.append(0)
        assert zygote.run(op="import", archive=archive, paths=files, batch=BATCH) == 0, (
            "the final import, not killed, failed"
        )
    finally:
        zygote.close()
    final = assert_consistent(archive, rng, sample=len(files))
    print(
        f"\n{killed} of {KILLS} SIGKILLs landed mid-import and were survived, over {rounds} archive(s), "
        f"in {time.monotonic() - started:.0f} s; documents after each kill: {counts}; "
        f"final {final} of {expected}",
        file=sys.stderr,
    )
    assert killed >= KILLS * 0.8, "too few imports were killed mid-way to prove anything"
    assert final == expected
