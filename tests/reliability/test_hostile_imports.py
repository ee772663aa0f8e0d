"""Hostile and broken files imported beside good ones, end to end (Archive.import_paths and the CLI).

Each bad file (empty, binary junk under a document's name, truncated, encrypted, self-drawing and
exploding PDFs, a DOCX zip bomb and billion laughs, bombs attached to an e-mail, a 50 MB text,
links in a ring, a folder containing its own parent, a named pipe, an unreadable file) must be
skipped with a one-line reason naming it, in bounded time and memory; every good file (odd
names and encodings, a page full of scripts) must be imported; the process never hangs or dies.
"""

from __future__ import annotations

import errno
import os
import random
import resource
import subprocess
import time
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.models import ImportReport
from tests.offline_guard import guarded_python
from tests.reliability.archive_checks import assert_consistent
from tests.reliability.hostile_files import build

SECONDS = 120  # the whole import, bombs included; a hang fails long before pytest's timeout
MAX_RSS_MB = 1500


def _lock_out(path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Make `path` unreadable; returns the reason expected for it. Running as root, permission
    bits do not stop a read, so the read itself is made to fail as it would for a user."""
    os.chmod(path, 0)
    if not os.access(path, os.R_OK):
        return "Permission denied"
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self == path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    return "Permission denied"


def _by_name(report: ImportReport, folder: Path) -> dict[str, list[tuple[str, str, int | None]]]:
    outcomes: dict[str, list[tuple[str, str, int | None]]] = {}
    for o in report.outcomes:
        name = o.path[len(str(folder)) + 1 :] if o.path.startswith(str(folder)) else o.path
        outcomes.setdefault(name, []).append((o.status, o.reason, o.doc_id))
    return outcomes


@pytest.fixture(scope="module")
def hostile(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, dict[str, str], dict[str, str], set[str]]:  # noqa: E501
    folder = tmp_path_factory.mktemp("hostile") / "incoming"
    good, bad, either = build(folder)
    return folder, good, bad, either


def test_bad_files_are_skipped_with_reasons_and_good_ones_imported(
    hostile: tuple[Path, dict[str, str], dict[str, str], set[str]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, good, bad, either = hostile
    good, bad = dict(good), dict(bad)
    locked = tmp_path / "locked.txt"
    locked.write_text("Locked away, but a statement all the same: free the prisoners.")
    bad[str(locked)] = _lock_out(locked, monkeypatch)
    started = time.monotonic()
    with Archive.open(tmp_path / "archive") as archive:
        # the pipe is also named directly: the folder walk passes over it, a direct path reads it
        report = archive.import_paths([folder, folder / "pipe.txt", locked], jobs=2)
        elapsed = time.monotonic() - started
        outcomes = _by_name(report, folder)
        for name, phrase in good.items():
            assert [s for s, _, _ in outcomes.get(name, [])] == ["imported"], (name, outcomes.get(name))
            doc = archive.document(outcomes[name][0][2] or 0)
            assert phrase in doc.text, name
        for name, word in bad.items():
            got = outcomes.get(name)
            assert got and len(got) == 1, f"{name!r} has no single outcome: {got}"
            status, reason = got[0][:2]
            assert status in ("failed", "skipped"), (name, got)
            assert reason and "\n" not in reason and word.lower() in reason.lower(), (name, reason)
        for name in either:
            assert outcomes.get(name), f"{name!r} has no outcome"
        assert "nested too deeply" in outcomes["deep.html"][0][1]  # imported, and said so
        assert set(outcomes) <= set(good) | set(bad) | either, set(outcomes) - set(good) - set(bad)
        assert len(report.imported) == len(good) + sum(1 for n in either if outcomes[n][0][0] == "imported")
    assert elapsed < SECONDS, f"the import took {elapsed:.0f} s"
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    assert rss_mb < MAX_RSS_MB, f"the importing process grew to {rss_mb:.0f} MB"
    assert_consistent(tmp_path / "archive", random.Random(1))


def test_cli_import_of_hostile_files_reports_one_line_each_and_exits_normally(
    hostile: tuple[Path, dict[str, str], dict[str, str], set[str]], tmp_path: Path
) -> None:
    folder, good, bad, either = hostile
    archive = tmp_path / "archive"
    code = (
        "from advocacy_archive.index.cli.commands import main; "
        f"sys.exit(main(['--archive', {str(archive)!r}, '--create', 'import', '--quiet', {str(folder)!r}, "
        f"{str(folder / 'pipe.txt')!r}]))"
    )
    proc = subprocess.Popen(
        guarded_python(code, workers=True), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        out, err = proc.communicate(timeout=SECONDS)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        pytest.fail(f"the CLI import hung for more than {SECONDS} s")
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "Traceback" not in out, err
    lines = err.splitlines()
    for name in bad:
        shown = name.replace("\n", "\\n")
        naming = [line for line in lines if f"{folder}/{shown}:" in line]
        assert len(naming) == 1, f"{name!r} is not reported on exactly one line:\n{err}"
    for name in good:  # imported: named only in a note (a page read without its layout, say)
        shown = name.replace("\n", "\\n")
        naming = [line for line in lines if f"{folder}/{shown}:" in line]
        assert all(line.lstrip().startswith("note ") for line in naming), (name, err)
    with Archive.open(archive) as opened:
        stored = opened.stats().documents
    imported_either = stored - len(good)
    assert 0 <= imported_either <= len(either), err
