"""Docnums to document ids, read in bulk from each segment's stored id column, checked against
Whoosh's own column reader on an index of several segments with deleted documents."""

from __future__ import annotations

import numpy as np

from advocacy_archive.index.archive import Archive


def test_every_docnum_maps_to_the_id_whoosh_stores_and_deleted_ones_to_none(sample_archive: Archive) -> None:
    hits = sample_archive.search("Aleppo").hits
    for n, hit in enumerate(hits):  # each edit replaces a document: a new segment, a deletion
        sample_archive.set_note(hit.doc_id, f"edit {n}")
    searcher = sample_archive._index.searcher()
    reader = searcher._searcher.reader()
    assert not reader.is_atomic() and reader.has_deletions()
    whoosh = [int(v) if v else 0 for v in reader.column_reader("id", translate=False)]
    live = set(reader.all_doc_ids())
    expected = np.array([v if d in live else -1 for d, v in enumerate(whoosh)], dtype=np.int64)
    assert np.array_equal(searcher._doc_ids(), expected)
    assert sorted(searcher._doc_ids()[searcher._doc_ids() >= 0].tolist()) == sorted(
        h.doc_id for h in sample_archive.search("", page_size=1000).hits
    )
