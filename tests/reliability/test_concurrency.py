"""Concurrency a user will meet: searching in a loop while another process imports (no search
fails, each sees at least what the one before saw), a file rewritten while it is being imported
(one whole version of it, or a refusal, never half of each; and half of each when the check is
switched off), and 5,000 tiny files in one folder (bounded memory, progress all the way)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.ingest.importer import SETTLE_SECONDS
from tests.offline_guard import guarded_python
from tests.reliability.archive_checks import corpus_sample

DEADLINE = 300.0


def test_a_search_loop_during_an_import_by_another_process_never_fails(corpus: Path, tmp_path: Path) -> None:
    folder = tmp_path / "archive"
    first = corpus_sample(corpus, press=10, state=5, seed=31)
    with Archive.open(folder) as archive:
        archive.import_paths(first, jobs=1)
    batch = corpus_sample(corpus, press=60, state=40, seed=32)
    rng = random.Random(32)
    queries = ["", "government", '"human rights"', "refug*", "date:[2000 TO 2030]", "minister~"]
    code = (
        "from advocacy_archive.index.cli.commands import main; "
        f"sys.exit(main(['--archive', {str(folder)!r}, 'import', '--quiet', *{[str(p) for p in batch]!r}]))"
    )
    writer = subprocess.Popen(guarded_python(code, workers=True), stderr=subprocess.PIPE, text=True)
    searches, totals = 0, []
    try:
        with Archive.open(folder) as archive:
            while writer.poll() is None:
                query = rng.choice(queries)
                result = archive.search(query, with_facets=rng.random() < 0.5)
                assert result.total >= 1, query
                if query == "":
                    assert not totals or result.total >= totals[-1], "a later search saw fewer documents"
                    totals.append(result.total)
                searches += 1
            _, err = writer.communicate(timeout=DEADLINE)
            assert writer.returncode == 0, err
            final = archive.search("", page_size=1)
            assert final.total == archive.stats().documents  # the next search sees the import
    finally:
        if writer.poll() is None:
            writer.kill()
            writer.wait()
    assert searches >= 20, f"only {searches} searches overlapped the import"
    print(
        f"\n{searches} searches during the import, none failed; documents seen: {totals[::5]}",
        file=sys.stderr,
    )


VERSIONS = ("A", "B")


def _version(tag: str, size: int = 16 * 1024) -> bytes:
    """A long statement unique to `tag`, of `size` bytes: both versions the same length, so a
    mixture cannot be told by its size."""
    line = f"Version {tag}: the authorities must release every detained journalist at once. "
    text = (line * (size // len(line) + 1))[:size]
    return text.encode()


def _rewrite_forever(path: Path, stop: threading.Event, stalls: list[float]) -> None:
    """Rewrite `path` in place, alternating versions, each in two halves with a pause between
    (a reader that reads meanwhile gets half of each), resting a little between versions.
    A pause the machine stretched past the importer's settle window is noted in `stalls`: for
    that long the half-written file stood still, and no reader can tell it from a finished one."""
    rng = random.Random(9)
    for n in range(10**9):
        if stop.is_set():
            return
        data = _version(VERSIONS[n % 2])
        with open(path, "r+b") as handle:
            handle.write(data[: len(data) // 2])
            handle.flush()
            paused = time.monotonic()
            time.sleep(0.0005)
            handle.write(data[len(data) // 2 :])
            if (stood := time.monotonic() - paused) >= SETTLE_SECONDS:
                stalls.append(stood)
        time.sleep(rng.choice([0.0, 0.0, 0.05]))


def _import_while_rewritten(tmp_path: Path, rounds: int) -> tuple[dict[str, int], list[str], list[float]]:
    path = tmp_path / "statement.txt"
    path.write_bytes(_version("A"))
    wanted = {tag: _version(tag).decode() for tag in VERSIONS}
    seen: dict[str, int] = {"A": 0, "B": 0, "mixed": 0, "refused": 0}
    reasons: list[str] = []
    stalls: list[float] = []
    stop = threading.Event()
    thread = threading.Thread(target=_rewrite_forever, args=(path, stop, stalls))
    thread.start()
    try:
        for n in range(rounds):
            with Archive.open(tmp_path / f"archive-{n}") as archive:
                report = archive.import_paths([path], jobs=1)
                if report.imported:
                    text = archive.document(report.imported[0].doc_id or 0).text
                    kind = next((tag for tag, whole in wanted.items() if text == whole.strip()), "mixed")
                    seen[kind] += 1
                else:
                    seen["refused"] += 1
                    reasons.append(report.failed[0].reason)
    finally:
        stop.set()
        thread.join()
    return seen, reasons, stalls


def test_a_file_rewritten_while_it_is_imported_is_imported_whole_or_refused(tmp_path: Path) -> None:
    seen, reasons, stalls = _import_while_rewritten(tmp_path, rounds=30)
    # On a quiet machine the writer never stalls, so no import may be mixed; on a loaded one
    # each stall of the writer past the settle window may excuse one
    assert seen["mixed"] <= len(stalls), (seen, stalls)
    assert seen["A"] + seen["B"] + seen["refused"] == 30
    assert all("changing while it was being read" in reason for reason in reasons), reasons
    print(f"\nimports of a file being rewritten: {seen}", file=sys.stderr)


TINY_FILES = 5000
# At their peaks: the importing process (129 MB measured alone, 405 MB within a full run of the
# suite on a machine loaded 16-fold), and it and its worker processes with their fork server
# together (635 MB measured alone; 1,224 MB in a loaded full run once the workers made versions'
# sketches, whose datasketch brings SciPy into each): bounds that do not grow with the number of
# files.
MAX_IMPORTER_MB = 600
MAX_MEMORY_MB = 1500


def test_five_thousand_tiny_files_import_in_bounded_memory_with_progress(tmp_path: Path) -> None:
    folder = tmp_path / "tiny"
    folder.mkdir()
    rng = random.Random(5)
    words = "government release detained journalists refugees council ministry access monitors".split()
    for n in range(TINY_FILES):
        who, act, what = (rng.choice(words) for _ in range(3))
        text = f"Statement {n}: the {who} must {act} the {what} ({n * 7919}).\n"
        (folder / f"{n:05d}.txt").write_text(text)
    code = (
        "import json, resource; from benchmarks.memory import DescendantPeaks, self_peak_mb; "
        "from advocacy_archive.index.archive import Archive; "
        "calls = []; "
        "peaks = DescendantPeaks(); peaks.__enter__(); "
        f"a = Archive.open({str(tmp_path / 'archive')!r}); "
        f"r = a.import_paths([Path({str(folder)!r})], on_progress=lambda d, t, m: calls.append((d, t))); "
        "peaks.__exit__(); "
        "print(json.dumps({'imported': len(r.imported), 'calls': calls, "
        "'self_mb': self_peak_mb(), 'workers_mb': peaks.sum_mb, 'documents': a.stats().documents}))"
    )
    started = time.monotonic()
    done = subprocess.run(
        guarded_python("from pathlib import Path; " + code, workers=True),
        capture_output=True,
        text=True,
        timeout=DEADLINE,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["imported"] == result["documents"] == TINY_FILES
    dones = [d for d, _ in result["calls"]]
    assert dones[-1] == TINY_FILES and all(t == TINY_FILES for _, t in result["calls"][1:])
    assert dones == sorted(dones) and len(dones) >= TINY_FILES  # a report per file, in order
    total_mb = result["self_mb"] + result["workers_mb"]
    assert result["self_mb"] < MAX_IMPORTER_MB, f"the importing process grew to {result['self_mb']:.0f} MB"
    assert total_mb < MAX_MEMORY_MB, f"the import and its workers grew to {total_mb:.0f} MB"
    print(
        f"\n{TINY_FILES} tiny files imported in {time.monotonic() - started:.0f} s, "
        f"importer {result['self_mb']:.0f} MB + workers {result['workers_mb']:.0f} MB at their peaks",
        file=sys.stderr,
    )
