"""Two processes on one archive: reading while another process imports, a second writer refused
with a clear message (and nothing lost once it retries), and a lock left by a killed process."""

from __future__ import annotations

import contextlib
import io
import signal
import subprocess
import time
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import ArchiveBusy
from advocacy_archive.index.store.lock import WriterLock
from tests.offline_guard import guarded_python
from tests.reliability.archive_checks import corpus_sample, integrity_ok

DEADLINE = 120.0


def _lock_is_held(archive: Path) -> bool:
    lock = WriterLock(archive)
    try:
        lock.acquire()
    except ArchiveBusy:
        return True
    lock.release()
    return False


def test_readers_work_and_a_second_writer_is_refused_while_another_process_imports(
    corpus: Path, tmp_path: Path
) -> None:
    archive_dir = tmp_path / "archive"
    first = corpus_sample(corpus, press=10, state=0, seed=1)
    with Archive.open(archive_dir) as archive:
        archive.import_paths(first, jobs=1)
    batch = corpus_sample(corpus, press=60, state=20, seed=2)
    late = tmp_path / "late.txt"
    late.write_text("A statement imported after the other writer finished: release the prisoners.")
    code = (
        "from advocacy_archive.index.archive import Archive; "
        f"a = Archive.open({str(archive_dir)!r}); "
        f"r = a.import_paths([Path(p) for p in {[str(p) for p in batch]!r}], jobs=1, "
        "on_progress=lambda done, total, what: print(done, flush=True)); "
        "sys.exit(0 if not r.failed else 1)"
    )
    writer = subprocess.Popen(
        guarded_python("from pathlib import Path; " + code),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "0"  # importing now
        assert _lock_is_held(archive_dir) and writer.poll() is None
        reads_during = 0
        with Archive.open(archive_dir) as reader:  # opening works while the lock is held
            with pytest.raises(ArchiveBusy, match="in use by another process"):
                reader.import_paths([late], jobs=1)
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                status = main(["--archive", str(archive_dir), "import", "--quiet", str(late)])
            assert status == 2 and "in use by another process" in err.getvalue(), err.getvalue()
            assert err.getvalue().count("\n") == 1
            deadline = time.monotonic() + DEADLINE
            while writer.poll() is None and time.monotonic() < deadline:
                assert reader.search("government").total >= 1
                assert reader.stats().documents >= len(first)
                hit = reader.search("").hits[0]
                assert reader.document(hit.doc_id).text
                reads_during += 1
        _, err_text = writer.communicate(timeout=DEADLINE)
        assert writer.returncode == 0, err_text
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert reads_during >= 5, f"only {reads_during} reads overlapped the import"
    with Archive.open(archive_dir) as archive:
        before = archive.stats().documents
        report = archive.import_paths([late], jobs=1)  # the refused write, retried: not lost
        assert len(report.imported) == 1
        assert archive.stats().documents == before + 1
        assert archive.search('"imported after the other writer finished"').total == 1
        listed = archive.search("", page_size=1000)
        assert listed.total == archive.stats().documents  # the index agrees with the catalog
    integrity_ok(archive_dir)


def test_a_lock_left_by_a_killed_process_is_recovered(tmp_path: Path) -> None:
    archive_dir = tmp_path / "archive"
    Archive.open(archive_dir).close()
    code = (
        "from pathlib import Path; from advocacy_archive.index.store.lock import WriterLock; "
        f"WriterLock(Path({str(archive_dir)!r})).acquire(); print('locked', flush=True); "
        "import time; time.sleep(600)"
    )
    holder = subprocess.Popen(guarded_python(code), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with Archive.open(archive_dir) as archive, pytest.raises(ArchiveBusy, match=r"pid \d+"):
            archive.import_paths([], jobs=1)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
    assert "pid" in (archive_dir / "writer.lock").read_text()  # the dead holder's note is still there
    statement = tmp_path / "after.txt"
    statement.write_text("After the crash: the authorities must release the detained journalists.")
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths([statement], jobs=1)
        assert len(report.imported) == 1
        assert archive.search("journalists").total == 1
