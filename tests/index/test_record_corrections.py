"""The user's corrections of a record win: from the CLI, the Archive API and a metadata file beside
imported files; they are searchable and faceted at once, and survive re-extraction, reindexing,
the record upgrade, re-import and backup/restore; bad values are refused with a clear message."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import DocumentNotFound
from advocacy_archive.index.record_fields import InvalidRecordValue
from advocacy_archive.index.store import backup

SPEECH = "un-speeches/JOR_68_2013.txt"


@pytest.fixture
def folder(corpus: Path, tmp_path: Path) -> Path:
    """A folder of real statements to import: two press releases and a UN speech."""
    into = tmp_path / "statements"
    into.mkdir()
    for path in sorted((corpus / "press-releases").glob("*.txt"))[:2] + [corpus / SPEECH]:
        shutil.copy(path, into / path.name)
    return into


def _cli(archive: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "advocacy_archive.app", "--archive", str(archive), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def test_a_corrected_record_is_searched_faceted_and_cited_at_once(folder: Path, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([folder], jobs=1)
        doc = next(d for d in map(archive.document, range(1, 4)) if d.source_path.endswith("JOR_68_2013.txt"))
        assert archive.edit_record(
            doc.id,
            {"date": "24 September 2013", "issuer": "Jordan", "url": "https://gadebate.un.org/68/jordan"},
        ) == ["date", "issuer", "url"]
        assert archive.search("date:[2013-09-24 TO 2013-09-24]").total == 1
        assert archive.search('issuer:"Jordan"').total == 1
        assert archive.facet_counts("")["issuer"].get("Jordan") == 1
        assert "https://gadebate.un.org/68/jordan" in archive.citation(doc.id)
        edits = archive.corrections(doc.id)
        assert edits["date"].value == "2013-09-24" and edits["date"].previous == "2013-09"
        assert edits["date"].source == "user"


def test_corrections_survive_reextraction_reindexing_the_upgrade_and_a_backup(
    folder: Path, tmp_path: Path
) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([folder], jobs=1)
        archive.edit_record(1, {"title": "My own title", "issuer": "Somebody Else", "date": "2001"})
        archive.reextract()
        archive.reindex()
        backup.export_bundle(archive, tmp_path / "bundle.aab")
    with Archive.open(tmp_path / "a") as archive:
        doc = archive.document(1)
        assert (doc.title, doc.issuer, doc.date) == ("My own title", "Somebody Else", "2001")
        assert archive.search('title:"My own title"').total == 1
    backup.restore_bundle(tmp_path / "bundle.aab", tmp_path / "restored")
    with Archive.open(tmp_path / "restored") as restored:
        assert restored.document(1).title == "My own title"
        assert restored.corrections(1)["issuer"].value == "Somebody Else"


def test_taking_a_correction_back_restores_what_it_replaced(folder: Path, tmp_path: Path) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([folder], jobs=1)
        before = archive.document(3)
        archive.edit_record(3, {"date": "1999-01-02"})
        archive.edit_record(3, {"date": "1998"})  # corrected twice: the original stays the original
        assert archive.take_back_edit(3, "date")
        after = archive.document(3)
        assert (after.date, after.date_source) == (before.date, before.date_source)
        assert not archive.take_back_edit(3, "date")


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("date", "next week", "is not a date"),
        ("title", "   ", "cannot be empty"),
        ("language", "English!", "language code"),
    ],
)
def test_a_value_that_cannot_be_stored_is_refused_clearly(
    folder: Path, tmp_path: Path, field: str, value: str, message: str
) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([folder], jobs=1)
        with pytest.raises(InvalidRecordValue, match=message):
            archive.edit_record(1, {field: value})
        with pytest.raises(DocumentNotFound):
            archive.edit_record(99, {"title": "x"})


def test_the_command_line_corrects_and_says_what_is_wrong(folder: Path, tmp_path: Path) -> None:
    archive = tmp_path / "a"
    assert _cli(archive, "--create", "import", "--quiet", str(folder)).returncode == 0
    done = _cli(archive, "edit", "2", "--date", "2016-12-13", "--issuer", "Refugees International")
    assert done.returncode == 0 and "corrected date, issuer" in done.stderr
    shown = json.loads(_cli(archive, "show", "2", "--json").stdout)
    assert (shown["date"], shown["issuer"]) == ("2016-12-13", "Refugees International")
    bad = _cli(archive, "edit", "2", "--date", "soon")
    assert bad.returncode == 2 and "'soon' is not a date" in bad.stderr and "Traceback" not in bad.stderr
    missing = _cli(archive, "edit", "42", "--title", "x")
    assert missing.returncode == 2 and "42" in missing.stderr
    nothing = _cli(archive, "edit", "2", "--undo", "title")
    assert nothing.returncode == 2 and "no correction of title" in nothing.stderr


def test_a_metadata_file_beside_the_files_wins_and_bad_rows_are_named(folder: Path, tmp_path: Path) -> None:
    names = sorted(p.name for p in folder.iterdir())
    (folder / "advocacy-metadata.csv").write_text(
        "file,title,date,issuer,url\n"
        f"{names[0]},A title from the metadata file,3 March 2024,Amnesty International,https://example.org/a\n"
        f"{names[1]},,not a date,,\n"
        "no-such-file.txt,Lost,,,\n",
        encoding="utf-8",
    )
    with Archive.open(tmp_path / "a") as archive:
        report = archive.import_paths([folder], jobs=1)
        assert len(report.imported) == 3
        problems = {o.path.rsplit(":", 1)[-1]: o.reason for o in report.failed}
        assert set(problems) == {"3", "4"}, problems  # by line, the good rows and files stay
        assert "not a date" in problems["3"] and "no file 'no-such-file.txt'" in problems["4"]
        first = next(archive.document(o.doc_id) for o in report.imported if o.path.endswith(names[0]))
        assert (first.title, first.date, first.issuer, first.url) == (
            "A title from the metadata file",
            "2024-03-03",
            "Amnesty International",
            "https://example.org/a",
        )
        assert archive.corrections(first.id)["title"].source == "metadata-file"
        assert not any("advocacy-metadata" in o.path for o in report.outcomes if o.status == "skipped")


def test_a_metadata_file_added_later_corrects_documents_already_imported(
    folder: Path, tmp_path: Path
) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([folder], jobs=1)
        (folder / "advocacy-metadata.jsonl").write_text(
            json.dumps({"file": "JOR_68_2013.txt", "issuer": "Jordan", "language": "en"}) + "\n{not json\n"
        )
        report = archive.import_paths([folder], jobs=1)
        assert len(report.duplicates) == 3 and [o.path.endswith(":2") for o in report.failed] == [True]
        assert archive.search('issuer:"Jordan"').total == 1
