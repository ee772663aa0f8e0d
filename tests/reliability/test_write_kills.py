"""Every write is crash-safe, killing for real: SIGKILL each write operation — rename, merge,
retype, re-extraction, reindex — at random moments, many times over, and at the exact moments
between the catalog's commit and the index's.

After every kill, the next open finds the index agreeing with the catalog: every document, each
document's actors, targets and issuer as the catalog (read with plain SQL) has them, and the
facets. The same checks fail when the replay of the catalog's change log is switched off, so
they can tell.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.check import check_archive
from advocacy_archive.index.crash_points import CATALOG_COMMITTED, INDEX_COMMITTED
from advocacy_archive.index.engine import IndexUnreadable, SearchIndex
from advocacy_archive.index.search import index_sync
from tests.conftest import CORPUS
from tests.reliability.archive_checks import (
    CatalogView,
    assert_index_matches_catalog,
    corpus_sample,
    integrity_ok,
)
from tests.reliability.zygote import Zygote, round_actor

SEED = 20261204
KILLS = 25  # per operation
BATCH = 4  # documents per catalog transaction of a re-extraction: many commit points
TYPES = ("ngo", "igo", "armed_group", "government")

Request = dict[str, Any]


@pytest.fixture(scope="module")
def corpus_files(corpus: Path) -> list[Path]:
    return corpus_sample(corpus, press=24, state=16, seed=11)


@pytest.fixture(scope="module")
def zygote(corpus_files: list[Path]) -> Iterator[Zygote]:
    with Zygote([corpus_files[0], corpus_files[-1]]) as started:
        yield started


@pytest.fixture(scope="module")
def template(zygote: Zygote, corpus_files: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("write-kills") / "archive"
    assert zygote.run(op="import", archive=folder, paths=corpus_files) == 0
    return folder


def _copy(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(template, folder)
    return folder


def _names(folder: Path, rng: random.Random, least: int = 2) -> list[str]:
    """Actor names as the user sees them (an earlier round's merge, if it was not killed first,
    leaves its name to the actor merged into), found in at least `least` documents and usable in
    a phrase query."""
    view = CatalogView(folder)
    usable = [n for n, count in view.shown_names.items() if count >= least and '"' not in n and n.strip()]
    return rng.sample(sorted(usable), len(usable))


# -- the operations: each round's request, and the names whose searches must agree --------------


def _rename(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    name = _names(folder, rng)[0]
    new = f"Zqx Renamed Watch {round_}"
    return {"op": "rename", "name": name, "to": new}, [name, new]


def _merge(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    name, onto = _names(folder, rng)[:2]
    return {"op": "merge", "name": name, "to": onto}, [name, onto]


def _retype(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    name = _names(folder, rng)[0]
    return {"op": "retype", "name": name, "type": TYPES[round_ % len(TYPES)]}, [name]


def _reextract(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    names = [round_actor(round_), round_actor(round_ - 1)]
    return {"op": "reextract", "round": round_, "batch": BATCH}, names


def _reindex(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    return {"op": "reindex"}, []


def _document(folder: Path, rng: random.Random) -> int:
    return rng.choice(sorted(CatalogView(folder).ids))


def _edit(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    """A record correction: title, date and issuer (each in the index and its facets)."""
    values = {"title": f"Zqx Corrected Title {round_}", "date": f"{2000 + round_}-0{1 + round_ % 9}-15"}
    values["issuer"] = f"Zqx Corrected Issuer {round_ % 3}"
    return {"op": "edit", "doc": _document(folder, rng), "values": values}, []


def _review(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    """A demand rejected or restored (a rejected demand's targets leave the index)."""
    conn = sqlite3.connect(folder / "catalog.sqlite")
    try:
        refs = [f"{d}:{s}" for d, s in conn.execute("SELECT doc_id, start FROM demands ORDER BY id")]
    finally:
        conn.close()
    status = ("confirmed", "rejected", "extracted")[round_ % 3]
    return {"op": "review", "ref": rng.choice(refs), "status": status}, []


def _mark(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    """A tag and a note (the tag is a facet, the note is searched)."""
    request = {"op": "mark", "doc": _document(folder, rng), "tag": f"Zqx tag {round_ % 4}"}
    request["note"] = f"Zqx note of round {round_}"
    return request, []


def _import(folder: Path, rng: random.Random, round_: int) -> tuple[Request, list[str]]:
    """Eight documents the template does not hold (killed imports are also tested at random
    moments, 25 times, by test_crash_kills.py)."""
    fresh = corpus_sample(CORPUS, press=4, state=4, seed=100 + round_)
    return {"op": "import", "paths": fresh, "batch": BATCH}, []


OPERATIONS: dict[str, Callable[[Path, random.Random, int], tuple[Request, list[str]]]] = {
    "rename": _rename,
    "merge": _merge,
    "retype": _retype,
    "reextract": _reextract,
    "reindex": _reindex,
    "edit": _edit,
    "review": _review,
    "mark": _mark,
}


def _head(folder: Path) -> int:
    conn = sqlite3.connect(folder / "catalog.sqlite")
    try:
        return int(conn.execute("SELECT ifnull(max(seq), 0) FROM index_changes").fetchone()[0])
    finally:
        conn.close()


def _phase(folder: Path, head_before: int) -> str:
    """Where a kill landed, read before anything repairs it: before the catalog changed, between
    the catalog's commit and the index's (the index behind the catalog), or after both."""
    try:
        index = SearchIndex.open_existing(folder / "whoosh")
    except IndexUnreadable:  # a reindex killed while it recreated the index folder
        return "between"
    try:
        position = index.position()
        complete = index.indexed_ids() >= CatalogView(folder).ids
    finally:
        index.close()
    head = _head(folder)
    if position is None or position.change < head or not complete:
        return "between"
    return "after" if head > head_before else "before"


def _consistent_after(folder: Path, names: list[str], rng: random.Random) -> None:
    integrity_ok(folder)
    with Archive.open(folder) as archive:  # the next open: repairs what the kill left
        assert_index_matches_catalog(archive, folder, names, rng)
        # every field of every document (title, dates, issuer, notes, tags…) as the catalog has it
        report = archive.check()
        assert report.ok, [problem for problem in report.remaining]


@pytest.mark.parametrize("operation", list(OPERATIONS))
def test_an_operation_killed_at_random_moments_leaves_the_index_agreeing_with_the_catalog(
    operation: str, zygote: Zygote, template: Path, tmp_path: Path
) -> None:
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-{operation}")
    make = OPERATIONS[operation]
    request, names = make(folder, rng, 0)
    started = time.monotonic()
    assert zygote.run(archive=folder, **request) == 0, "the operation fails even when not killed"
    duration = time.monotonic() - started
    _consistent_after(folder, names, rng)
    killed = rounds = 0
    phases: Counter[str] = Counter()
    # Rounds go on until KILLS kills have landed mid-operation: on a loaded machine a quick
    # operation (an edit takes tens of milliseconds) often ends before the kill drawn for it.
    while killed < KILLS and rounds < 3 * KILLS:
        rounds += 1
        request, names = make(folder, rng, rounds)
        head_before = _head(folder)
        # within the first run's first 80 %: a later run is often quicker (warm caches), and a
        # kill drawn past its end proves nothing (the exact moments are tested below)
        if zygote.killed_after(rng.uniform(0.0, 0.8 * duration), archive=folder, **request):
            killed += 1
            phases[_phase(folder, head_before)] += 1
        _consistent_after(folder, names, rng)
    print(
        f"\n{operation}: {killed} of {rounds} SIGKILLs landed mid-operation and were survived "
        f"({dict(phases)}; one run takes {duration:.2f} s; all in {time.monotonic() - started:.0f} s)",
        file=sys.stderr,
    )
    assert killed == KILLS, f"only {killed} of {rounds} kills landed before the {operation} ended"


EXACT_MOMENTS = [
    (operation, moment)
    for operation in [*OPERATIONS, "import"]
    for moment in (CATALOG_COMMITTED, INDEX_COMMITTED)
    if not (operation == "reindex" and moment == CATALOG_COMMITTED)  # reindex commits no catalog change
]


@pytest.mark.parametrize(("operation", "moment"), EXACT_MOMENTS)
def test_a_kill_between_the_catalog_commit_and_the_index_commit_is_repaired_on_the_next_open(
    operation: str, moment: str, zygote: Zygote, template: Path, tmp_path: Path
) -> None:
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-{operation}-{moment}")
    request, names = (_import if operation == "import" else OPERATIONS[operation])(folder, rng, 1)
    # the second catalog batch of a re-extraction: the first is in the catalog, not the index
    batched = operation in ("reextract", "import") and moment == CATALOG_COMMITTED
    crash_at = f"{moment}#2" if batched else moment
    status = zygote.run(archive=folder, crash_at=crash_at, **request)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the crash point was not reached"
    _consistent_after(folder, names, rng)


@pytest.mark.parametrize("operation", ["rename", "reextract"])
def test_without_the_replay_the_checks_find_the_index_disagreeing(
    operation: str, zygote: Zygote, template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guarantee broken on purpose: an open that compares document ids only (as before the
    change log) leaves the index stale after a kill between the two commits, and the checks
    above say so; `check --repair` finds and repairs it."""
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-broken-{operation}")
    request, names = OPERATIONS[operation](folder, rng, 1)
    crash_at = f"{CATALOG_COMMITTED}#2" if operation == "reextract" else CATALOG_COMMITTED
    zygote.run(archive=folder, crash_at=crash_at, **request)
    with monkeypatch.context() as patched:
        patched.setattr(index_sync, "changed_documents", lambda conn, after: set())
        with Archive.open(folder) as archive, pytest.raises(AssertionError, match="finds"):
            assert_index_matches_catalog(archive, folder, names, rng)
    # That open recorded the catalog's position over a stale index: only a whole comparison
    # finds it now. `check` names the stale documents; `check --repair` writes them again.
    stale = check_archive(folder)
    assert [p.area for p in stale.remaining] == ["index"] and "older version" in stale.remaining[0].what
    assert check_archive(folder, repair=True).ok
    _consistent_after(folder, names, rng)


def _leftovers(folder: Path) -> set[str]:
    """Files and folders in the index folder that no current part of the index uses."""
    from whoosh.filedb.filestore import FileStorage
    from whoosh.index import TOC

    whoosh = folder / "whoosh"
    toc = TOC.read(FileStorage(str(whoosh)), "MAIN")
    used = {f"_MAIN_{toc.generation}.toc", "SCHEMA_VERSION", "POSITION", "facets.npz", "MAIN_WRITELOCK"}
    segments = {segment.segment_id() for segment in toc.segments}
    return {
        p.name
        for p in whoosh.iterdir()
        if p.name not in used and not any(p.name.startswith(s + ".") for s in segments)
    }


def test_what_a_killed_writer_leaves_in_the_index_is_removed_on_the_next_open(
    zygote: Zygote, template: Path, tmp_path: Path
) -> None:
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-leftovers")
    started = time.monotonic()
    assert zygote.run(archive=folder, op="reindex") == 0
    duration = time.monotonic() - started
    seen: set[str] = set()
    for round_ in range(KILLS):
        # reindexes killed while writing, re-extractions killed before their first catalog commit
        request = (
            {"op": "reindex"} if round_ % 2 else {"op": "reextract", "round": round_ + 2, "batch": BATCH}
        )
        moment = rng.uniform(0.3, 1.0) if round_ % 2 else rng.uniform(0.1, 0.5)
        zygote.killed_after(moment * duration, archive=folder, **request)
        left = _leftovers(folder)
        seen |= left
        Archive.open(folder).close()
        assert not _leftovers(folder), f"left after the next open: {_leftovers(folder)}"
        if any(name.endswith(".tmp") for name in seen) and any(name.startswith("MAIN_") for name in seen):
            break
    assert seen, "no kill left anything behind: nothing was tested"
    kinds = sorted(
        {
            "pool folder" if n.endswith(".tmp") else "partial table" if ".toc." in n else "segment file"
            for n in seen
        }
    )
    print(
        f"\nkilled writers left {len(seen)} files ({', '.join(kinds)}), all removed on open", file=sys.stderr
    )
    _consistent_after(folder, [], rng)


def test_an_open_archive_agrees_with_the_catalog_after_writes_here_and_in_another_process(
    zygote: Zygote, template: Path, tmp_path: Path
) -> None:
    """No reopening: the archive's searcher refreshes after each commit. (Whoosh's own refresh
    kept reading replaced documents: 57 documents were listed as 92 after a rename.)"""
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-open")
    with Archive.open(folder) as archive:
        for round_ in range(1, 4):
            request, names = _rename(folder, rng, round_)
            archive.set_actor_override(request["name"], canonical=request["to"])
            assert_index_matches_catalog(archive, folder, names, rng)
            request, names = _merge(folder, rng, round_)
            assert zygote.run(archive=folder, **request) == 0
            assert_index_matches_catalog(archive, folder, names, rng)
        assert zygote.run(archive=folder, **_reextract(folder, rng, 1)[0]) == 0
        assert_index_matches_catalog(archive, folder, [round_actor(1)], rng)


def test_a_read_only_archive_left_behind_by_a_kill_is_searched_as_its_catalog_says(
    zygote: Zygote, template: Path, tmp_path: Path
) -> None:
    """The index cannot be repaired in place on a read-only disk: a private copy is, and the
    searches answer from it; the archive itself is left untouched."""
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-read-only")
    request, names = _rename(folder, rng, 1)
    zygote.run(archive=folder, crash_at=CATALOG_COMMITTED, **request)
    position = (folder / "whoosh" / "POSITION").read_bytes()
    mounted = tmp_path / "read-only"
    mounted.mkdir()
    if subprocess.run(["mount", "--bind", str(folder), str(mounted)], capture_output=True).returncode:
        pytest.skip("needs permission to bind-mount a folder read-only")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(mounted)], check=True)
        with Archive.open(mounted) as archive:
            assert archive.readonly
            assert_index_matches_catalog(archive, mounted, names, rng)
    finally:
        subprocess.run(["umount", "--lazy", str(mounted)], check=False)
    assert (folder / "whoosh" / "POSITION").read_bytes() == position  # repaired in a copy only


def test_an_archive_from_before_the_change_log_opens_in_step(template: Path, tmp_path: Path) -> None:
    """A catalog of schema 8 (before the change log) and an index of schema 3 (no position, no
    fingerprints) written by the previous version, stale after a killed rename as issue 17
    found them."""
    folder = _copy(template, tmp_path)
    conn = sqlite3.connect(folder / "catalog.sqlite")
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_logged'"
    ):
        conn.execute(f"DROP TRIGGER {name}")
    for table in ("sketch_bands", "sketches", "document_tags", "document_marks"):
        conn.execute(f"DROP TABLE IF EXISTS {table}")  # their triggers write to the change log
    conn.execute("DROP TABLE index_changes")
    conn.execute("DELETE FROM meta WHERE key = 'catalog_id'")
    conn.execute(
        "INSERT INTO actor_overrides (name, canonical) SELECT name, 'Zqx Old Rename' FROM actors LIMIT 1"
    )
    conn.execute("PRAGMA user_version = 8")  # the migrations after the change log are undone too
    conn.execute("DROP INDEX documents_statement")
    conn.execute("ALTER TABLE documents DROP COLUMN statement")
    conn.execute("DELETE FROM meta WHERE key = 'sketches'")
    conn.commit()
    conn.close()
    (folder / "whoosh" / "SCHEMA_VERSION").write_text("3")
    (folder / "whoosh" / "POSITION").unlink()
    with Archive.open(folder) as archive:
        assert archive.index_outdated  # the old analyser's index: rebuilt as the CLI and window do
        archive.upgrade_index()
        assert_index_matches_catalog(archive, folder, ["Zqx Old Rename"], random.Random(SEED))
    assert (folder / "whoosh" / "POSITION").is_file()


def test_with_whooshs_own_refresh_an_open_archive_disagrees_after_a_rename(
    template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guarantee above broken on purpose."""
    monkeypatch.setattr(SearchIndex, "_refreshed", lambda self, current: current.refresh())
    folder = _copy(template, tmp_path)
    rng = random.Random(f"{SEED}-refresh")
    with Archive.open(folder) as archive:
        archive.search("")  # a searcher, which the rename's commit makes stale
        request, names = _rename(folder, rng, 1)
        archive.set_actor_override(request["name"], canonical=request["to"])
        with pytest.raises(AssertionError, match="does not hold the catalog's documents|finds"):
            assert_index_matches_catalog(archive, folder, names, rng)


def test_without_the_cleaning_a_killed_writers_leftovers_stay(
    zygote: Zygote, template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cleaning on open broken on purpose: a re-extraction killed before its first catalog
    commit leaves the index writer's pool folder, and an open with nothing to replay writes
    nothing, so Whoosh never cleans it."""
    monkeypatch.setattr(SearchIndex, "clean_leftovers", lambda self: [])
    folder = _copy(template, tmp_path)
    # One catalog transaction for the whole re-extraction: the writer (and its pool folder) opens
    # first and the catalog commits near the end, so a kill anywhere in the middle lands before
    # the commit on any machine. (With small batches the window was the first batch only, and on
    # a slower machine none of 25 kills drawn at random fell in it.)
    whole = len(CatalogView(folder).ids) + 1
    started = time.monotonic()
    assert zygote.run(archive=folder, op="reextract", round=1, batch=whole) == 0
    duration = time.monotonic() - started
    rng = random.Random(f"{SEED}-no-cleaning")
    for round_ in range(2, KILLS + 2):
        zygote.killed_after(
            rng.uniform(0.2, 0.6) * duration, archive=folder, op="reextract", round=round_, batch=whole
        )
        left = _leftovers(folder)
        Archive.open(folder).close()
        if left and _leftovers(folder):
            return
    pytest.fail("no kill left anything an open would not write over: nothing was tested")
