"""A document's date as a user sees it: from its content and name, with its source, or honestly
undated; month precision for UN General Debate speeches; undated documents last, in their own
year bucket, outside every date range, counted apart in `stats`. Real files from ../shared/corpus
(copied under neutral names where the rule under test must not lean on the file name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index import dates
from advocacy_archive.index.archive import Archive
from advocacy_archive.index.ingest.record.document_dates import choose_date
from advocacy_archive.index.ingest.record.file_names import date_from_name
from tests.document_files import make_docx


@pytest.fixture
def archive(archive_dir: Path) -> Archive:
    with Archive.open(archive_dir) as opened:
        yield opened


def imported(archive: Archive, *paths: Path) -> list[int]:
    report = archive.import_paths(list(paths), jobs=1)
    assert not report.failed, report.failed
    return [o.doc_id for o in report.imported if o.doc_id is not None]


def renamed(source: Path, folder: Path, name: str) -> Path:
    copy = folder / name
    copy.write_bytes(source.read_bytes())
    return copy


def test_a_senate_release_line_dates_the_release(corpus: Path, tmp_path: Path) -> None:
    # "FOR IMMEDIATE RELEASE  August 1  2006 Schumer  Gianaris …" on one scraped line.
    text = (corpus / "us-senate" / "01Aug2006Schumer368.txt").read_text(encoding="utf-8")
    found = choose_date(text=text, name="release.txt", own=None, own_source=None)
    assert (found.value, found.source) == ("2006-08-01", "text")


def test_a_press_release_dated_line_dates_the_release(corpus: Path) -> None:
    text = (corpus / "press-releases" / "2000-08-09-australian-democrats-211204893.txt").read_text("utf-8")
    assert "Press Release Dated: 9 Aug 2000" in text
    found = choose_date(text=text, name="release.txt", own=None, own_source=None)
    assert (found.value, found.source) == ("2000-08-09", "text")


def test_a_scraped_pages_today_line_is_not_the_statements_date() -> None:
    text = "Latest News     Today: July 24, 2008     Senator Smith Urges Action on Darfur\n" + "Body. " * 50
    assert (
        choose_date(text=text, name="24Sep2007Smith19.txt", own=None, own_source=None).value == "2007-09-24"
    )


def test_the_text_date_beats_the_docx_properties_date(archive: Archive, tmp_path: Path) -> None:
    # python-docx's template was created in 2013: the properties say 2013, the text 2024.
    path = tmp_path / "statement.docx"
    path.write_bytes(make_docx(["3 March 2024", "We urge the Security Council to act on Aleppo."]))
    (doc_id,) = imported(archive, path)
    doc = archive.document(doc_id)
    assert (doc.date, doc.date_source) == ("2024-03-03", "text")


def test_properties_date_is_used_only_when_text_and_name_give_none(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(make_docx(["We urge the Security Council to act on Aleppo."]))
    (doc_id,) = imported(archive, path)
    assert archive.document(doc_id).date_source == "docx-metadata"


def test_a_un_speech_is_dated_by_its_session_to_the_month(archive: Archive, corpus: Path) -> None:
    (doc_id,) = imported(archive, corpus / "un-speeches" / "JOR_68_2013.txt")
    doc = archive.document(doc_id)
    assert (doc.date, doc.date_source) == ("2013-09", "file-name")
    assert dates.display(doc.date) == "September 2013"
    assert "September 2013" in archive.citation(doc_id)


def test_file_name_conventions() -> None:
    assert date_from_name("2024-01-03-israel-gaza-workers.txt") == "2024-01-03"
    assert date_from_name("01Apr2006Kerry153.txt") == "2006-04-01"
    assert date_from_name("DEU_71_2016.txt") == "2016-09"
    assert date_from_name("EU_68_2013.txt") == "2013-09"
    assert date_from_name("ABC_12_2001.txt") is None  # not a state's code
    assert date_from_name("DEU_12_2016.txt") is None  # session 12 met in 1957, not 2016
    assert date_from_name("notes.txt") is None


def test_a_document_dated_nowhere_is_undated_not_the_import_day(archive: Archive, corpus: Path) -> None:
    (doc_id,) = imported(archive, corpus / "hrw-news" / "a-climate-of-repression.txt")
    doc = archive.document(doc_id)
    assert (doc.date, doc.date_source) == (None, None)
    assert doc.file_modified is not None  # offered, marked as the file's, never the date
    assert "undated" in archive.citation(doc_id)


@pytest.fixture
def mixed(archive: Archive, corpus: Path, seeds: list[Path]) -> Archive:
    imported(
        archive,
        corpus / "un-speeches" / "DEU_68_2013.txt",
        corpus / "us-state-dept" / "2022-05-13-joint-statement-on-syria.html",
        corpus / "hrw-news" / "2024-01-03-israel-gaza-workers-held-incommunicado-weeks.txt",
        seeds[0],
    )
    return archive


def test_undated_documents_sort_after_dated_ones_newest_first(mixed: Archive) -> None:
    shown = [hit.date for hit in mixed.search("", sort="date").hits]
    assert shown == ["2024-01-03", "2022-05-13", "2013-09", None]


def test_date_2013_finds_the_september_2013_speech(mixed: Archive) -> None:
    assert [hit.date for hit in mixed.search("date:2013").hits] == ["2013-09"]
    assert [hit.date for hit in mixed.search("date:2013-09").hits] == ["2013-09"]


def test_undated_documents_fall_outside_every_date_range(mixed: Archive) -> None:
    found = mixed.search("date:[1900-01-01 TO 2100-12-31]")
    assert found.total == 3 and None not in [hit.date for hit in found.hits]


def test_the_year_facet_counts_undated_documents_in_their_own_bucket(mixed: Archive) -> None:
    years = mixed.search("").facets["year"]
    assert years == {"2024": 1, "2022": 1, "2013": 1, "undated": 1}
    only = mixed.search("", filters={"year": ["undated"]})
    assert [hit.date for hit in only.hits] == [None]


def test_stats_give_the_dated_range_and_the_undated_count(mixed: Archive) -> None:
    stats = mixed.stats()
    assert (stats.first_date, stats.last_date, stats.undated) == ("2013-09", "2024-01-03", 1)


@pytest.mark.parametrize(
    ("value", "shown", "precision"),
    [("2016-12-13", "2016-12-13", "day"), ("2013-09", "September 2013", "month"), ("2013", "2013", "year")],
)
def test_dates_are_shown_by_their_precision(value: str, shown: str, precision: str) -> None:
    assert dates.display(value) == shown
    assert dates.precision(value) == precision
    assert dates.display(None) == "undated"


def test_a_date_inside_prose_is_not_a_release_line(corpus: Path) -> None:
    # "Update March 26, 2024: In a letter dated March 7, 2024, the Office of the President …"
    path = next((corpus / "hrw-news").glob("2024-01-24-iraq-unlawful-mass-executions*.txt"))
    text = path.read_text(encoding="utf-8")
    assert "letter dated March 7, 2024" in text
    found = choose_date(text=text, name=path.name, own=None, own_source=None)
    assert (found.value, found.source) == ("2024-01-24", "file-name")
