"""An archive indexed by release 0.1 (stemmed words, its schema pickled under the old module
path) opens unchanged, answers searches with its old index, and is indexed again beside it
from the catalog; the catalog never changes, and an upgrade cut short leaves nothing behind."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest
from whoosh import fields
from whoosh.analysis import SimpleAnalyzer, StemmingAnalyzer

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine.schema import INDEX_SCHEMA_VERSION, PreAnalyzableText
from advocacy_archive.index.engine.search_index import SearchIndex
from advocacy_archive.index.store import catalog
from tests.index.engine.old_indexes import archive_with_old_index


def _release_01_schema() -> fields.Schema:
    """The schema release 0.1 wrote (index/search_index.py then), its field class pickled as
    `index.search_index.PreAnalyzableText`."""
    old_module = types.ModuleType("index.search_index")
    legacy = type("PreAnalyzableText", (PreAnalyzableText,), {"__module__": "index.search_index"})
    old_module.PreAnalyzableText = legacy
    sys.modules.setdefault("index", types.ModuleType("index"))
    sys.modules["index.search_index"] = old_module
    names = SimpleAnalyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        title=legacy(analyzer=StemmingAnalyzer(), field_boost=2.0),
        body=legacy(analyzer=StemmingAnalyzer(), chars=True),
        issuer=fields.TEXT(analyzer=names),
        actor=fields.TEXT(analyzer=names),
        target=fields.TEXT(analyzer=names),
        place=fields.TEXT(analyzer=names),
        format=fields.ID(),
        date=fields.DATETIME(sortable=True),
    )


@pytest.fixture
def old_archive(sample_archive_template: Path, tmp_path: Path) -> Path:
    # release 0.1's index holds only its own fields
    folder = archive_with_old_index(sample_archive_template, tmp_path / "old", _release_01_schema(), "3")
    del sys.modules["index.search_index"], sys.modules["index"]  # a new process of today's release
    return folder


def _catalog_rows(folder: Path) -> str:
    """Every row of the catalog's tables, as one digest; not the checksums the catalog keeps
    of files derived beside the index (the facet columns, written again after the upgrade)."""
    conn = sqlite3.connect(folder / "catalog.sqlite")
    digest = hashlib.sha256()
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        width = len(conn.execute(f"SELECT * FROM {table} LIMIT 0").description)
        # by every column: a WITHOUT ROWID table (the sketches' bands) has no rowid
        order = ", ".join(map(str, range(1, width + 1)))
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY {order}"):
            if table == "meta" and str(row[0]).startswith("checksum:"):
                continue
            digest.update(repr(row).encode())
    conn.close()
    return digest.hexdigest()


def test_an_old_index_answers_until_the_new_one_takes_its_place(old_archive: Path) -> None:
    before = _catalog_rows(old_archive)
    with Archive.open(old_archive) as archive:
        assert archive.index_outdated
        old_total = archive.search("evacuating").total  # the old stems: a form or two
        assert old_total > 0
        progress: list[tuple[int, int]] = []
        added = archive.upgrade_index(on_progress=lambda done, total, _m: progress.append((done, total)))
        assert added == archive.search("").total and progress[-1] == (added, added)
        assert not archive.index_outdated
        assert archive.search("evacuating").total == archive.search("evacuation").total > old_total
    assert (old_archive / "whoosh" / "SCHEMA_VERSION").read_text() == INDEX_SCHEMA_VERSION
    assert sorted(p.name for p in old_archive.iterdir() if p.name.startswith("whoosh")) == ["whoosh"]
    with Archive.open(old_archive) as again:
        assert not again.index_outdated
    assert _catalog_rows(old_archive) == before


def test_a_cancelled_upgrade_keeps_the_old_index(old_archive: Path) -> None:
    with Archive.open(old_archive) as archive:

        class Cancelled:
            def is_set(self) -> bool:
                return True

        assert archive.upgrade_index(cancel=Cancelled()) == 0
        assert archive.index_outdated and archive.search("refugees").total > 0
    assert not (old_archive / "whoosh.new").exists()


def test_an_upgrade_killed_half_way_is_forgotten_on_the_next_open(old_archive: Path) -> None:
    index, _ = SearchIndex.open_or_create(old_archive / "whoosh")
    half = index.build_beside()  # killed before it was finished: no schema version in it
    with half.writing() as writer:
        writer.add([])
    index.close()
    with Archive.open(old_archive) as archive:
        assert archive.index_outdated and archive.search("refugees").total > 0
    assert not (old_archive / "whoosh.new").exists()


def test_the_command_line_upgrades_once_then_runs_the_command(old_archive: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "advocacy_archive.app",
        "--archive",
        str(old_archive),
        "search",
        "evacuating",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "indexing again (once)" in done.stderr and "document(s) for 'evacuating'" in done.stdout
    again = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert "indexing again" not in again.stderr


def test_a_write_to_an_archive_with_an_old_index_rebuilds_it_first(old_archive: Path, tmp_path: Path) -> None:
    """The old index cannot take today's documents: an import (or any edit) before the upgrade
    ran upgrades it first, and what it imports is found at once."""
    new_file = tmp_path / "statement.txt"
    new_file.write_text("Zqxwy Relief Network urges the evacuation of Zqxwy province.\n", encoding="utf-8")
    with Archive.open(old_archive) as archive:
        assert archive.index_outdated
        report = archive.import_paths([new_file])
        assert len(report.imported) == 1
        assert not archive.index_outdated
        assert archive.search("zqxwy evacuating").total == 1
        assert archive.search("").total == len(catalog_ids(old_archive))


def catalog_ids(folder: Path) -> set[int]:
    conn = catalog.connect(folder / "catalog.sqlite")
    try:
        return catalog.document_ids(conn)
    finally:
        conn.close()
