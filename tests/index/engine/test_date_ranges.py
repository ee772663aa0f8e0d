"""Date ranges: inclusive of both days, undated documents never in a range, scores as Whoosh's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from whoosh.index import Index

from advocacy_archive.index.engine.date_ranges import use_columns
from advocacy_archive.index.engine.query_parser import parser_for
from advocacy_archive.index.engine.schema import make_schema
from advocacy_archive.index.engine.search_index import storage

DATES = {1: "2000-12-31", 2: "2001-01-01", 3: "2001-06-15", 4: "2001-12-31", 5: "2002-01-01", 6: None}


@pytest.fixture
def dated_index(tmp_path: Path) -> Index:
    folder = tmp_path / "ix"
    folder.mkdir()
    ix = storage(folder).create_index(make_schema())
    writer = ix.writer()
    for doc_id, date in DATES.items():
        fields: dict[str, object] = {
            "id": str(doc_id),
            "title": "",
            "body": f"budget report {'budget ' * doc_id}",
        }
        if date:
            fields["date"] = dt.datetime.fromisoformat(date)
        writer.add_document(**fields)
    writer.commit()
    return ix


def found(ix: Index, text: str, *, columns: bool = True) -> list[tuple[int, float]]:
    q = parser_for(ix.schema).parse(text)
    if columns:
        q = use_columns(q, ix.schema)
    with ix.searcher() as s:
        stored = s.reader().column_reader("id")
        return sorted((int(stored[h.docnum]), h.score) for h in s.search(q, limit=None))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date:[2001-01-01 TO 2001-12-31]", {2, 3, 4}),
        ("date:[2001 TO 2001]", {2, 3, 4}),
        ("date:[2001-12-31 TO 2002-01-01]", {4, 5}),
        ("date:[TO 2001-01-01]", {1, 2}),
        ("date:[2001-12-31 TO]", {4, 5}),  # the undated document is in no open range either
        ("budget date:[2001-06 TO 2001-06]", {3}),
        ("budget NOT date:[2001 TO 2001]", {1, 5, 6}),
    ],
)
def test_date_range_includes_its_first_and_last_day(
    dated_index: Index, text: str, expected: set[int]
) -> None:
    assert {doc_id for doc_id, _ in found(dated_index, text)} == expected


@pytest.mark.parametrize(
    "text", ["budget date:[2001 TO 2002]", "date:[2001 TO 2001] OR report", "date:[2001 TO]"]
)
def test_date_range_scores_are_whoosh_own(dated_index: Index, text: str) -> None:
    assert found(dated_index, text) == found(dated_index, text, columns=False)


def test_deleted_document_leaves_the_range(dated_index: Index) -> None:
    writer = dated_index.writer()
    writer.delete_by_term("id", "3")
    writer.commit(merge=False)
    assert {doc_id for doc_id, _ in found(dated_index, "date:[2001 TO 2001]")} == {2, 4}
