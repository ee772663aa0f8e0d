"""Crash safety, killing for real: SIGKILL an import at random moments, many times over.

After every kill the archive must be whole: the catalog passes SQLite's integrity check, every
document it lists is complete (title, text, its byte-exact original) and searchable, the Whoosh
index holds exactly the catalog's documents once the archive is opened, `originals/` holds no
partial file; and importing again finishes the job with one document per distinct text.
"""

from __future__ import annotations

import os
import random
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.offline_guard import guarded_python
from tests.reliability.archive_checks import (
    assert_consistent,
    corpus_sample,
    distinct_texts,
)

SEED = 20261121
KILLS = 25
BATCH = 4  # documents per catalog transaction in the killed imports: many commit points
REPLY_SECONDS = 120


class Zygote:
    """Drives `import_zygote.py`: each `start(dir)` forks one real import into `dir`."""

    def __init__(self, files: list[Path], listing: Path) -> None:
        listing.write_text("\n".join(map(str, files)) + "\n", encoding="utf-8")
        code = f"from tests.reliability.import_zygote import main; main({str(listing)!r}, {BATCH})"
        self.proc = subprocess.Popen(
            guarded_python(code), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        self._select = selectors.DefaultSelector()
        assert self.proc.stdout is not None
        self._select.register(self.proc.stdout, selectors.EVENT_READ)
        assert self._reply() == "ready"

    def _reply(self) -> str:
        assert self._select.select(timeout=REPLY_SECONDS), "the import zygote stopped answering"
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line, f"the import zygote died (exit {self.proc.poll()})"
        return line

    def start(self, archive: Path) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.write(f"run {archive}\n")
        self.proc.stdin.flush()
        kind, pid = self._reply().split()
        assert kind == "pid"
        return int(pid)

    def wait(self) -> int:
        """The wait status of the last import (killed or finished)."""
        kind, status = self._reply().split()
        assert kind == "exit"
        return int(status)

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=30)


def test_sigkilled_imports_leave_a_whole_archive_and_reimport_completes(corpus: Path, tmp_path: Path) -> None:
    files = corpus_sample(corpus, press=200, state=100)
    files += files[:10]  # the same files twice in one import: duplicates
    expected = distinct_texts(files)
    rng = random.Random(SEED)
    rounds = 1
    archive = tmp_path / f"archive-{rounds}"
    zygote = Zygote(files, tmp_path / "files.txt")
    killed, counts = 0, []
    started = time.monotonic()
    try:
        for _ in range(KILLS):
            pid = zygote.start(archive)
            time.sleep(rng.uniform(0.05, 1.2))  # the random moment of the kill, not a wait
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            status = zygote.wait()
            if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
                killed += 1
            else:
                assert status == 0, f"an import that was not killed failed with status {status}"
            count = assert_consistent(archive, rng)
            assert not counts or count >= counts[-1], f"documents were lost: {counts} then {count}"
            counts.append(count)
            if count == expected:  # finished before a kill caught it: start again, so that
                rounds += 1  # every kill can land mid-import however fast this machine is
                archive = tmp_path / f"archive-{rounds}"
                counts.append(0)
        zygote.start(archive)
        assert zygote.wait() == 0, "the final import, not killed, failed"
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
