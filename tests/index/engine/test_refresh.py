"""A searcher refreshed after a commit sees what the commit changed: a replaced document is found
once, in its new form, by the archive that replaced it (Whoosh's own refresh kept the reader of a
segment whose documents had since been deleted, so the old form was found too)."""

from __future__ import annotations

from advocacy_archive.index.archive import Archive


def test_an_actor_edit_is_seen_at_once_and_nothing_is_found_twice(sample_archive: Archive) -> None:
    total = sample_archive.search("").total
    named = sample_archive.search('actor:"United States Congress"').total
    assert named > 0
    sample_archive.set_actor_override("United States Congress", canonical="The Congress")
    assert sample_archive.search('actor:"United States Congress"').total == 0
    assert sample_archive.search('actor:"The Congress"').total == named
    assert sample_archive.search("").total == total


def test_repeated_edits_of_one_document_leave_one_copy_of_it(sample_archive: Archive) -> None:
    total = sample_archive.search("").total
    doc_id = sample_archive.search("Aleppo").hits[0].doc_id
    for n in range(12):  # each edit commits a segment; Whoosh merges the small ones on the way
        sample_archive.set_note(doc_id, f"draft {n} of the briefing")
        assert sample_archive.search("").total == total
    assert [h.doc_id for h in sample_archive.search("note:briefing").hits] == [doc_id]
    assert sample_archive.search("note:draft AND note:11").total == 1
    assert sample_archive.search("note:10").total == 0
