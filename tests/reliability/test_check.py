"""`advocacy-archive check [--repair]`: a changed or missing original is named with the documents
using it (and put back from its source file when that still holds it), a backup refuses to be
written around one, a catalog missing a table or a column makes every command say so in one line
(exit 2) and `check --repair` rebuilds what the catalog can, and a crafted facet file is not
trusted. The index part (stale versions found and replayed) is in test_write_kills.py."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.search.facet_file import SAVED_NAME
from tests.reliability.archive_checks import corpus_sample


@pytest.fixture(scope="module")
def template(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An archive of twelve real documents imported from copies (so a test may change a source)."""
    base = tmp_path_factory.mktemp("check")
    sources = base / "sources"
    sources.mkdir()
    for path in corpus_sample(corpus, press=6, state=6, seed=21):
        shutil.copy(path, sources / path.name)
    with Archive.open(base / "archive") as archive:
        assert len(archive.import_paths([sources], jobs=1).imported) == 12
        archive.facet_counts("")  # saves the facet columns
    return base


@pytest.fixture
def folder(template: Path, tmp_path: Path) -> Path:
    shutil.copytree(template / "sources", tmp_path / "sources")
    shutil.copytree(template / "archive", tmp_path / "archive")
    catalog = sqlite3.connect(tmp_path / "archive" / "catalog.sqlite")
    old = str(template / "sources")
    catalog.execute(
        "UPDATE documents SET source_path = replace(source_path, ?, ?)", (old, str(tmp_path / "sources"))
    )
    catalog.commit()
    catalog.close()
    return tmp_path / "archive"


def _cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def _originals(folder: Path) -> list[tuple[int, Path, str]]:
    """(document id, stored original, source path) of every document."""
    conn = sqlite3.connect(folder / "catalog.sqlite")
    rows = conn.execute("SELECT id, sha256, source_path FROM documents ORDER BY id").fetchall()
    conn.close()
    return [
        (doc_id, next((folder / "originals" / sha[:2]).glob(f"{sha}*")), src) for doc_id, sha, src in rows
    ]


def test_a_whole_archive_checks_clean(folder: Path) -> None:
    status, out, _ = _cli("--archive", str(folder), "check")
    assert status == 0 and "everything is in order" in out and "Checked 12 documents and 12 originals" in out


def test_changed_and_missing_originals_are_named_with_their_documents_and_stop_a_backup(
    folder: Path, tmp_path: Path
) -> None:
    (changed_id, changed, _), (missing_id, missing, missing_source) = _originals(folder)[2:4]
    changed.chmod(0o600)
    with open(changed, "ab") as handle:
        handle.write(b"\n")
    missing.unlink()
    Path(missing_source).unlink()  # nothing to put it back from
    status, out, _ = _cli("--archive", str(folder), "check")
    assert status == 1
    lines = out.splitlines()
    assert any(
        str(changed) in line and f"document {changed_id} " in line and "changed" in line for line in lines
    )
    assert any(
        missing.name[:64] in line and f"document {missing_id} " in line and "missing" in line
        for line in lines
    )

    bundle = tmp_path / "backup.aab"
    status, _, err = _cli("--archive", str(folder), "export-archive", str(bundle))
    errors = [line for line in err.splitlines() if line.startswith("advocacy-archive:")]
    assert status == 2 and len(errors) == 1 and "was not written" in errors[0]
    assert str(changed) in err or missing.name[:64] in err
    assert not bundle.exists() and not list(tmp_path.glob("backup.aab*"))

    status, out, _ = _cli("--archive", str(folder), "check", "--repair")
    assert status == 1, out  # the missing one has no source left
    assert any(
        "repaired" in line and str(changed) in line and "put back from" in line for line in out.splitlines()
    )
    assert any(
        "PROBLEM" in line and "missing" in line and "restore a backup" in line for line in out.splitlines()
    )
    status, out, _ = _cli("--archive", str(folder), "check", "--json")
    report = json.loads(out)
    assert status == 1 and [p["doc_ids"] for p in report["problems"]] == [[missing_id]]


@pytest.mark.parametrize("lost", ["table", "column"])
def test_a_catalog_missing_a_table_or_column_is_named_by_every_command_in_one_line(
    folder: Path, lost: str
) -> None:
    conn = sqlite3.connect(folder / "catalog.sqlite")
    conn.execute("DROP TABLE actors" if lost == "table" else "ALTER TABLE documents DROP COLUMN place")
    conn.commit()
    conn.close()
    commands = [
        ["stats"],
        ["show", "1"],
        ["search", "government"],
        ["reextract"],
        ["reindex"],
        ["demands"],
        ["actor", "Syria", "--rename", "Syrie"],
        ["import", str(folder.parent / "sources")],
        ["export-archive", str(folder.parent / "b.aab")],
    ]
    for command in commands:
        status, out, err = _cli("--archive", str(folder), *command)
        assert status == 2 and not out and "Traceback" not in err, (command, status, err)
        assert err.count("\n") == 1 and "is damaged" in err and "check --repair" in err, (command, err)
        assert ("the table 'actors'" if lost == "table" else "the column 'documents.place'") in err
    status, out, _ = _cli("--archive", str(folder), "check", "--repair")
    if lost == "column":  # nothing to rebuild it from: a backup
        assert status == 1 and "restore a backup" in out
        return
    assert status == 0, out
    with Archive.open(folder) as archive:
        assert archive.stats().actors > 0  # extracted again from the stored texts
        assert archive.search("", page_size=1).facets["actor"]


def _forge_an_issuer(saved: Path) -> None:
    """Rename the first issuer in the saved facet columns, keeping their counter and shape."""
    with np.load(saved) as kept:
        arrays = dict(kept)
    text = arrays["issuer.values"].tobytes().decode()
    forged = text.replace(text.split("\x00")[0], "Forged Issuer", 1).encode()
    arrays["issuer.values"] = np.frombuffer(forged, dtype=np.uint8)
    with open(saved, "wb") as handle:
        np.savez(handle, **arrays)


def test_a_crafted_facet_file_with_the_right_counter_is_not_trusted(folder: Path) -> None:
    with Archive.open(folder) as archive:
        truth = archive.facet_counts("")
    _forge_an_issuer(folder / "whoosh" / SAVED_NAME)
    status, out, _ = _cli("--archive", str(folder), "check")
    assert status == 1 and SAVED_NAME in out and "damaged or replaced" in out
    with Archive.open(folder) as archive:
        assert archive.facet_counts("") == truth
        assert "Forged Issuer" not in archive.facet_counts("")["issuer"]
    assert _cli("--archive", str(folder), "check")[0] == 0  # built again, and vouched for


def test_without_the_checksum_a_crafted_facet_file_is_trusted(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guarantee broken on purpose: the file's counter alone vouches for it."""
    from advocacy_archive.index.search import facet_file
    from advocacy_archive.index.store import derived_checksums

    real = derived_checksums.expected

    def vouching_for_anything(conn: sqlite3.Connection, name: str) -> tuple[int, str] | None:
        found = real(conn, name)
        saved = folder / "whoosh" / SAVED_NAME
        return None if found is None else (found[0], hashlib.sha256(saved.read_bytes()).hexdigest())

    with Archive.open(folder) as archive:
        archive.facet_counts("")  # saved, and vouched for, at the catalog's counter
    _forge_an_issuer(folder / "whoosh" / SAVED_NAME)
    monkeypatch.setattr(derived_checksums, "expected", vouching_for_anything)
    assert facet_file.SAVED_NAME == SAVED_NAME
    with Archive.open(folder) as archive:
        assert "Forged Issuer" in archive.facet_counts("")["issuer"]
