"""A killed import leaves no process behind: its reader workers (and the fork server they come
from, ~170 MB each) notice the importer is gone and exit, instead of waiting on their task
queue for ever."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

from benchmarks.memory import descendants
from tests.offline_guard import guarded_python


def alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_exit_when_the_import_is_killed(corpus: Path, tmp_path: Path) -> None:
    code = (
        "from advocacy_archive.index.archive import Archive; "
        f"Archive.open({str(tmp_path / 'archive')!r}).import_paths([{str(corpus / 'hrw-news')!r}])"
    )
    importer = subprocess.Popen(guarded_python(code, workers=True))
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 3 and time.monotonic() < deadline:  # the fork server and two workers
            time.sleep(0.2)
            workers = set(descendants(importer.pid))
        assert len(workers) >= 3, "the import never started its worker processes"
    finally:
        os.kill(importer.pid, signal.SIGKILL)
        importer.wait()
    deadline = time.monotonic() + 15
    while any(alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = sorted(p for p in workers if alive(p))
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left, f"{len(left)} worker process(es) outlived the killed import"
