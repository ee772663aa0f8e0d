"""Facet columns saved beside the index (index/search/facet_file.py): an archive reopened counts its
facets from them without rebuilding, and never from columns the catalog has moved past."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.search import facets
from advocacy_archive.index.search.facet_file import SAVED_NAME
from advocacy_archive.index.store import catalog, facet_table
from advocacy_archive.index.store.migrations import MIGRATIONS


@pytest.fixture
def folder(sample_archive_template: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(sample_archive_template, copy)
    (copy / "whoosh" / SAVED_NAME).unlink(missing_ok=True)
    return copy


def _counts(folder: Path, query: str = "") -> dict[str, dict[str, int]]:
    with Archive.open(folder) as archive:
        return archive.facet_counts(query)


def _no_building(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_a: object) -> None:
        pytest.fail("the facet columns were built from the catalog again")

    monkeypatch.setattr(facets, "table_from_rows", refuse)
    monkeypatch.setattr(facets, "load_table", refuse)


def test_reopened_archive_counts_from_the_saved_columns(folder: Path, monkeypatch) -> None:
    first = _counts(folder, "refugees")
    saved = folder / "whoosh" / SAVED_NAME
    assert saved.is_file() and saved.stat().st_mode & 0o077 == 0
    _no_building(monkeypatch)
    assert _counts(folder, "refugees") == first
    assert _counts(folder, "") == _counts(folder, "")  # and again, for other queries


def test_a_change_by_another_process_makes_the_saved_columns_stale(folder: Path, monkeypatch) -> None:
    before = _counts(folder)
    other = sqlite3.connect(folder / "catalog.sqlite")
    other.execute("UPDATE documents SET issuer = 'Somebody Else' WHERE id = (SELECT min(id) FROM documents)")
    other.commit()
    other.close()
    after = _counts(folder)
    assert after["issuer"].get("Somebody Else") == 1 and after != before


def test_a_rename_in_the_window_is_counted_and_saved(folder: Path, monkeypatch) -> None:
    with Archive.open(folder) as archive:
        name = next(iter(archive.facet_counts("")["actor"]))
        archive.set_actor_override(name, canonical="Renamed Actor")
        renamed = archive.facet_counts("")["actor"]
    assert "Renamed Actor" in renamed and name not in renamed
    _no_building(monkeypatch)
    assert _counts(folder)["actor"] == renamed


@pytest.mark.parametrize("damage", ["garbage", "codes out of range", "older layout"])
def test_damaged_saved_columns_are_built_again(folder: Path, damage: str) -> None:
    expected = _counts(folder)
    saved = folder / "whoosh" / SAVED_NAME
    if damage == "garbage":
        saved.write_bytes(b"PK\x03\x04 not really a zip")
    else:
        with np.load(saved) as kept:
            arrays = dict(kept)
        if damage == "codes out of range":
            arrays["actor.codes"] = arrays["actor.codes"] + 10**6
        else:
            arrays["format"] = arrays["format"] + np.array([1, 0])
        with open(saved, "wb") as handle:
            np.savez(handle, **arrays)
    assert _counts(folder) == expected


def test_every_kind_of_catalog_write_moves_the_counter(tmp_path: Path) -> None:
    conn = catalog.connect(tmp_path / "catalog.sqlite")
    seen = [facet_table.changes(conn)]
    writes = [
        "INSERT INTO documents (id, sha256, text_sha256, title, word_count, source_path, original_name, "
        "format, size, text, imported_at) VALUES (1, 'a', 'b', 't', 1, 'p', 'n', 'txt', 1, 'x', 'now')",
        "UPDATE documents SET issuer = 'HRW' WHERE id = 1",
        "INSERT INTO actors (doc_id, name, type, mentions) VALUES (1, 'UN', 'igo', '[]')",
        "UPDATE actors SET type = 'ngo'",
        "INSERT INTO demands (doc_id, targets, target_spans, action, kind, sentence, start, end) "
        "VALUES (1, '[\"UN\"]', '[]', 'act', 'call', 's', 0, 1)",
        "INSERT INTO actor_overrides (name, canonical) VALUES ('UN', 'United Nations')",
        "DELETE FROM actor_overrides",
        "DELETE FROM documents",  # and the actors and demands it held
    ]
    for sql in writes:
        conn.execute(sql)
        conn.commit()
        seen.append(facet_table.changes(conn))
    assert all(b > a for a, b in zip(seen, seen[1:], strict=False)), seen


def test_a_catalog_of_the_second_schema_gains_the_counter(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    old = sqlite3.connect(path)
    for script in MIGRATIONS[:2]:
        old.executescript(script)
    old.execute("PRAGMA user_version = 2")
    old.commit()
    old.close()
    conn = catalog.connect(path)
    assert facet_table.changes(conn) == 0
    conn.execute("INSERT INTO actor_overrides (name, type) VALUES ('UN', 'igo')")
    assert facet_table.changes(conn) == 1


def test_saved_columns_of_another_catalog_are_not_used(folder: Path, tmp_path: Path) -> None:
    """A catalog copied in by hand may share the change counter; its documents differ."""
    _counts(folder)
    conn = sqlite3.connect(folder / "catalog.sqlite")
    for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")  # the counter stays: as if it had counted fewer
    fields = [row[1] for row in conn.execute("PRAGMA table_info(documents)")]
    columns = [name for name in fields if name not in ("id", "sha256")]
    names = ", ".join(columns)
    conn.execute(
        f"INSERT INTO documents (sha256, {names}) SELECT 'another', {names} FROM documents "
        "WHERE id = (SELECT min(id) FROM documents)"
    )
    conn.commit()
    conn.close()
    with Archive.open(folder) as archive:  # indexes the new document from the catalog
        assert sum(archive.facet_counts("")["format"].values()) == archive.search("").total
