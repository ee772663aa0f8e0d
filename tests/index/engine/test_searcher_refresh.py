"""A searcher refreshed after a commit sees documents replaced by it: Whoosh's refresh keeps the
reader of a segment whose documents were since deleted, which then still matched old terms."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.engine import IndexDocument, SearchIndex


def _doc(doc_id: int, actor: str) -> IndexDocument:
    return IndexDocument(
        doc_id, f"t{doc_id}", "a statement on Aleppo", None, (actor,), (), (), None, "txt", None
    )


def test_a_replaced_document_no_longer_matches_its_old_terms_after_a_search(tmp_path: Path) -> None:
    index = SearchIndex.create(tmp_path / "ix")
    with index.writing() as w:
        w.add([_doc(1, "Government of Syria"), _doc(2, "Government of Syria"), _doc(3, "Russia")])
    searcher = index.searcher()
    assert set(searcher.matching(searcher.parse('actor:"Government of Syria"')).tolist()) == {1, 2}
    with index.writing() as w:
        w.replace([_doc(1, "Assad government")])
    searcher = index.searcher()
    assert set(searcher.matching(searcher.parse('actor:"Government of Syria"')).tolist()) == {2}
    assert set(searcher.matching(searcher.parse("actor:assad")).tolist()) == {1}
    index.close()
