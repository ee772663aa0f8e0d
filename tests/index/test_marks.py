"""Tags, stars and notes: the user's own marks on documents. Tags and stars are facets, notes are
searched with `note:`, and all of it is user data that re-extraction, reindexing, re-import,
an index upgrade and backup/restore keep."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from whoosh import fields

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine.schema import make_schema
from advocacy_archive.index.engine.search_index import VERSION_FILE, storage
from advocacy_archive.index.errors import ArchiveError, DocumentNotFound
from advocacy_archive.index.models import DocumentMarks
from advocacy_archive.index.store.backup import export_bundle, restore_bundle

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "documents"


def first_ids(archive: Archive, query: str, n: int) -> list[int]:
    return [h.doc_id for h in archive.search(query, page_size=n).hits]


def mark_some(archive: Archive) -> tuple[int, int]:
    """Two documents marked: (tagged, starred, noted), (tagged)."""
    a, b = first_ids(archive, "Aleppo", 2)
    archive.tag(a, add=["Follow up", "Syria"])
    archive.tag(b, add=["syria"])
    archive.star(a)
    archive.set_note(a, "Ask the legal team whether the evacuation deal held.")
    return a, b


def assert_marks_kept(archive: Archive, a: int, b: int) -> None:
    assert archive.marks(a) == DocumentMarks(
        a, ("Follow up", "Syria"), True, "Ask the legal team whether the evacuation deal held."
    )
    assert archive.marks(b).tags == ("Syria",)
    assert [h.doc_id for h in archive.search("note:evacuated").hits] == [a]
    facets = archive.search("").facets
    assert facets["tag"] == {"Syria": 2, "Follow up": 1}
    assert facets["star"] == {"starred": 1}


def test_tags_keep_the_archives_spelling_and_come_off_in_any_case(sample_archive: Archive) -> None:
    a, b = first_ids(sample_archive, "Aleppo", 2)
    assert sample_archive.tag(a, add=["  Human\trights  ", "Urgent"]).tags == ("Human rights", "Urgent")
    assert sample_archive.tag(b, add=["urgent", "HUMAN RIGHTS"]).tags == ("Human rights", "Urgent")
    assert sample_archive.tags() == {"Human rights": 2, "Urgent": 2}
    assert sample_archive.tag(b, remove=["URGENT"]).tags == ("Human rights",)
    with pytest.raises(ArchiveError, match="empty"):
        sample_archive.tag(a, add=["  \x1e "])
    with pytest.raises(DocumentNotFound):
        sample_archive.tag(99_999, add=["x"])


def test_tags_and_stars_are_facets_that_filter(sample_archive: Archive) -> None:
    a, b = mark_some(sample_archive)
    assert_marks_kept(sample_archive, a, b)
    assert {h.doc_id for h in sample_archive.search("", filters={"tag": ["Syria"]}).hits} == {a, b}
    starred = sample_archive.search("", filters={"star": ["starred"]})
    assert [h.doc_id for h in starred.hits] == [a] and starred.hits[0].starred
    assert starred.hits[0].tags == ("Follow up", "Syria")
    sample_archive.star(a, False)
    assert sample_archive.search("", filters={"star": ["starred"]}).total == 0
    assert sample_archive.marks(a).starred is False


def test_a_note_is_searched_by_note_and_cleared(sample_archive: Archive) -> None:
    a, _ = first_ids(sample_archive, "Aleppo", 2)
    sample_archive.set_note(a, "Quote this in the\r\nDecember briefing\x07")
    assert sample_archive.marks(a).note == "Quote this in the\nDecember briefing"
    assert [h.doc_id for h in sample_archive.search("note:briefings").hits] == [a]
    assert [h.doc_id for h in sample_archive.search('note:"december briefing"').hits] == [a]
    # notes stay out of plain searches: the text itself does not say this
    assert a not in [h.doc_id for h in sample_archive.search("quote december briefing").hits]
    sample_archive.set_note(a, "")
    assert sample_archive.search("note:briefing").total == 0
    assert sample_archive.marks(a) == DocumentMarks(a)


def test_marks_survive_reextract_reindex_and_reimport(sample_archive: Archive) -> None:
    a, b = mark_some(sample_archive)
    sample_archive.reextract()
    assert_marks_kept(sample_archive, a, b)
    sample_archive.reindex()
    assert_marks_kept(sample_archive, a, b)
    again = sample_archive.import_paths([SAMPLE], jobs=1)
    assert not again.imported and again.duplicates
    assert_marks_kept(sample_archive, a, b)


def test_marks_survive_a_backup_and_its_restore(sample_archive: Archive, tmp_path: Path) -> None:
    a, b = mark_some(sample_archive)
    export_bundle(sample_archive, tmp_path / "backup.aab")
    restore_bundle(tmp_path / "backup.aab", tmp_path / "restored")
    with Archive.open(tmp_path / "restored") as restored:
        assert_marks_kept(restored, a, b)


def test_facets_saved_beside_the_index_show_marks_made_before_closing(sample_archive: Archive) -> None:
    path = sample_archive.path
    sample_archive.search("")  # facet columns built and saved
    a, b = mark_some(sample_archive)
    sample_archive.search("")  # saved again, after the marks
    sample_archive.close()
    with Archive.open(path) as reopened:
        assert_marks_kept(reopened, a, b)


def test_an_index_of_the_layout_before_notes_answers_then_takes_them_once_upgraded(
    sample_archive: Archive,
) -> None:
    path = sample_archive.path
    a, b = first_ids(sample_archive, "Aleppo", 2)
    sample_archive.close()
    old = make_schema()
    old.remove("note")
    folder = path / "whoosh"
    shutil.rmtree(folder)
    folder.mkdir()
    storage(folder).create_index(fields.Schema(**{name: old[name] for name in old.names()}))
    (folder / VERSION_FILE).write_text("6")
    with Archive.open(path) as archive:  # an index of the old layout, empty, answers as it is
        assert archive.index_outdated
        assert not archive.search("note:evacuated").hits  # no room for notes, and no error
        archive.tag(a, add=["Follow up", "Syria"])  # the first write upgrades the index first
        archive.tag(b, add=["syria"])
        archive.star(a)
        archive.set_note(a, "Ask the legal team whether the evacuation deal held.")
        assert not archive.index_outdated
        assert_marks_kept(archive, a, b)
