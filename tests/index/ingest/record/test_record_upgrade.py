"""Archives made by older rules move forward on open: guessed titles and dates (a file's mtime,
a speech's first line) are derived again; what a page gave, or any source that is not a guess,
is kept; the search index follows. The old records are made by writing what the old importer
wrote into a real catalog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive

OLD_RECORD = (
    "UPDATE documents SET title = ?, title_source = NULL, date = ?, date_source = ?, file_modified = NULL "
    "WHERE id = ?"
)


@pytest.fixture
def old_archive(archive_dir: Path, corpus: Path, seeds: list[Path]) -> dict[str, int]:
    paths = {
        "speech": corpus / "un-speeches" / "JOR_68_2013.txt",
        "page": corpus / "us-state-dept" / "2022-05-13-joint-statement-on-syria.html",
        "seed": seeds[0],
        "user": corpus / "un-speeches" / "DEU_68_2013.txt",
    }
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths(list(paths.values()), jobs=1)
        ids = {key: o.doc_id for key, o in zip(paths, report.imported, strict=True)}
    conn = sqlite3.connect(archive_dir / "catalog.sqlite")
    with conn:
        # What the importer used to store: the first line, the import day from the mtime.
        conn.execute(
            OLD_RECORD, ("It is an honour to join the Assembly", "2024-06-01", "file-mtime", ids["speech"])
        )
        conn.execute(
            OLD_RECORD, ("Outrage on Aleppo is No Longer Enough", "2024-06-01", "file-mtime", ids["seed"])
        )
        conn.execute(OLD_RECORD, ("Joint Statement on Syria", "2022-05-13", "page", ids["page"]))
        conn.execute(
            "UPDATE documents SET title = 'My own title', title_source = 'user', date = '2001-02-03', "
            "date_source = 'user' WHERE id = ?",
            (ids["user"],),
        )
        conn.execute("DELETE FROM meta WHERE key = 'record_rules'")
    conn.close()
    return ids


def test_guessed_titles_and_dates_are_derived_again_on_open(
    archive_dir: Path, old_archive: dict[str, int]
) -> None:
    seen: list[tuple[int, int]] = []
    with Archive.open(archive_dir, on_progress=lambda done, total, _m: seen.append((done, total))) as archive:
        speech = archive.document(old_archive["speech"])
        assert (speech.title, speech.title_source) == (
            "Jordan, General Debate, 68th session, 2013",
            "file-name",
        )
        assert (speech.date, speech.date_source) == ("2013-09", "file-name")
        seed = archive.document(old_archive["seed"])
        assert (seed.date, seed.date_source, seed.file_modified) == (None, None, "2024-06-01")
        assert seed.title == "Outrage on Aleppo is No Longer Enough" and seed.title_source == "text"
        # The index follows: the new title is searchable, the mtime no longer a date.
        assert archive.search("title:jordan").total == 1
        assert archive.search("date:2024").total == 0
    assert seen and seen[-1][0] == seen[-1][1] == 4


def test_what_a_page_or_the_user_gave_is_kept(archive_dir: Path, old_archive: dict[str, int]) -> None:
    with Archive.open(archive_dir) as archive:
        page = archive.document(old_archive["page"])
        assert (page.title, page.title_source, page.date, page.date_source) == (
            "Joint Statement on Syria",
            "page",
            "2022-05-13",
            "page",
        )
        own = archive.document(old_archive["user"])
        assert (own.title, own.date) == ("My own title", "2001-02-03")


def test_the_upgrade_runs_once(archive_dir: Path, old_archive: dict[str, int]) -> None:
    Archive.open(archive_dir).close()
    seen: list[int] = []
    with Archive.open(archive_dir, on_progress=lambda done, _t, _m: seen.append(done)):
        pass
    assert seen == []
