"""Import end to end: every format through Archive.import_paths, with the metadata a user sees."""

from __future__ import annotations

import os
from email.message import EmailMessage
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from tests.document_files import make_docx, make_pdf


@pytest.fixture
def archive(archive_dir: Path) -> Archive:
    with Archive.open(archive_dir) as opened:
        yield opened


def only_document(archive: Archive, path: Path) -> int:
    report = archive.import_paths([path], jobs=1)
    assert not report.failed, report.failed
    (outcome,) = report.imported
    assert outcome.doc_id is not None
    return outcome.doc_id


def test_text_statement_gets_title_issuer_place_language_and_word_count(
    archive: Archive, seeds: list[Path]
) -> None:
    doc = archive.document(only_document(archive, seeds[1]))
    assert doc.issuer == "Syrian Emergency Task Force"
    assert doc.place == "Washington, DC"
    assert doc.language == "en"
    # No headline: the first sentence stands in, without its dateline, cut at a word.
    assert doc.title.startswith("On Tuesday, the Syrian Emergency Task Force")
    assert doc.title.endswith("…") and doc.title_source == "stand-in"
    assert doc.word_count > 300
    assert doc.format == "txt" and doc.source_path == str(seeds[1])


def test_a_document_dated_nowhere_is_undated_and_its_file_day_is_only_offered(
    archive: Archive, seeds: list[Path], tmp_path: Path
) -> None:
    copy = tmp_path / "statement.txt"
    copy.write_bytes(seeds[0].read_bytes())
    os.utime(copy, (1481587200, 1481587200))  # 2016-12-13
    doc = archive.document(only_document(archive, copy))
    assert (doc.date, doc.date_source) == (None, None)
    assert doc.file_modified == "2016-12-13"
    assert archive.stats().undated == 1 and archive.stats().last_date is None


def test_a_date_in_the_file_name_beats_the_modification_time(archive: Archive, corpus: Path) -> None:
    path = next((corpus / "hrw-news").glob("2024-01-1*.txt"))
    doc = archive.document(only_document(archive, path))
    assert doc.date == path.name[:10]
    assert doc.date_source in {"text", "file-name"}


def test_a_day_month_year_file_name_gives_the_date(
    archive: Archive, seeds: list[Path], tmp_path: Path
) -> None:
    copy = tmp_path / "01Apr2006Kerry153.txt"
    copy.write_bytes(seeds[0].read_bytes())
    doc = archive.document(only_document(archive, copy))
    assert (doc.date, doc.date_source) == ("2006-04-01", "file-name")


def test_html_page_gives_title_and_publication_date(archive: Archive, corpus: Path) -> None:
    path = corpus / "us-state-dept" / "2022-05-13-joint-statement-on-syria.html"
    doc = archive.document(only_document(archive, path))
    assert doc.title == "Joint Statement on Syria"
    assert (doc.date, doc.date_source) == ("2022-05-13", "page")
    assert "<" not in doc.text


def test_pdf_pages_are_kept_so_a_hit_can_be_cited_by_page(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(
        make_pdf(["Introduction to the report.", "The besieged city of Aleppo must be reached."])
    )
    doc_id = only_document(archive, path)
    hit = archive.search("Aleppo").hits[0]
    assert archive.document(doc_id).page_count == 2
    assert "p. 2" in archive.citation(doc_id, hit.hits[0][0])


def test_docx_is_imported_with_its_text(archive: Archive, tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(make_docx(["We urge the Security Council to act on Aleppo."], title="Draft statement"))
    doc = archive.document(only_document(archive, path))
    assert doc.title == "Draft statement" and "Security Council" in doc.text


def test_email_attachments_become_documents_linked_to_the_message(archive: Archive, tmp_path: Path) -> None:
    message = EmailMessage()
    message["Subject"] = "Statement on Aleppo for review"
    message["From"] = "Refugees International <press@example.org>"
    message["Date"] = "Tue, 13 Dec 2016 10:00:00 +0000"
    message.set_content("Please find the draft attached. The UN must be given access to Aleppo.")
    message.add_attachment(
        make_docx(["Annex: the humanitarian situation in Aleppo."]),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="annex.docx",
    )
    path = tmp_path / "review.eml"
    path.write_bytes(message.as_bytes())
    report = archive.import_paths([path], jobs=1)
    assert len(report.imported) == 2, report.outcomes
    parent = archive.document(report.imported[0].doc_id)
    child = archive.document(report.imported[1].doc_id)
    assert (parent.title, parent.date, parent.date_source) == (
        "Statement on Aleppo for review",
        "2016-12-13",
        "header",
    )
    assert child.parent_id == parent.id and child.format == "docx"


def test_folders_are_imported_recursively_in_worker_processes(
    archive: Archive, corpus: Path, tmp_path: Path
) -> None:
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    for path in sorted((corpus / "un-speeches").glob("*_71_2016.txt"))[:4]:
        (nested / path.name).write_bytes(path.read_bytes())
    report = archive.import_paths([tmp_path / "a"], jobs=2)
    assert len(report.imported) == 4


def test_cancel_keeps_what_was_imported_and_says_so(archive: Archive, corpus: Path) -> None:
    import threading

    cancel = threading.Event()
    files = sorted((corpus / "un-speeches").glob("*.txt"))

    def stop_after_three(done: int, total: int, message: str) -> None:
        if done >= 3:
            cancel.set()

    report = archive.import_paths(files, on_progress=stop_after_three, cancel=cancel, jobs=2)
    assert report.cancelled
    assert 3 <= len(report.imported) < len(files)
    assert archive.search("").total == archive.stats().documents == len(report.imported)
