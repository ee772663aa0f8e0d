"""A child process that forks real imports on demand, so a test can SIGKILL many of them cheaply.

Starting Python, loading the readers and the actor authority file takes seconds; the zygote pays
that once, then for each `run` line on stdin forks a fresh process that opens the archive and
imports the listed files (one process, no pool) into the archive named on that line
(`run DIR`), prints `pid N`, and after that process ends
(normally or killed) prints `exit STATUS`. Run it through `offline_guard.guarded_python`.

Usage: main(file_list, batch) — `batch` lowers the importer's documents per catalog
transaction so that kills land inside commits often (the guarantees cannot depend on its size).
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path


def main(listing: str, batch: int) -> None:
    import advocacy_archive.index.ingest.importer as importer
    from advocacy_archive.index.archive import Archive
    from advocacy_archive.index.ingest.pipeline import analyse

    importer.BATCH = batch
    paths = [Path(line) for line in Path(listing).read_text(encoding="utf-8").splitlines() if line]
    for suffix in {p.suffix for p in paths}:  # load every reader, the language model and the authority
        sample = next(p for p in paths if p.suffix == suffix)
        analyse(sample, sample.read_bytes())
    print("ready", flush=True)
    for line in sys.stdin:
        command, _, archive = line.strip().partition(" ")
        if command != "run":
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                with Archive.open(archive) as opened:
                    opened.import_paths(paths, jobs=1)
            except BaseException:
                traceback.print_exc()
                code = 3
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)
