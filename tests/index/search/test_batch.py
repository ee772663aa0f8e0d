"""Batch search: a list of queries (lines, or a CSV column), each answered by its count and best
hits under the same filters; broken queries are reported by line and the rest still run."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import ArchiveError
from advocacy_archive.index.models import BatchQuery
from advocacy_archive.index.search.batch_queries import ColumnNeeded


def test_pasted_lines_become_queries_numbered_by_line() -> None:
    queries = Archive.read_queries(text="Aleppo\n\n  Srebrenica  \n# not a comment\n")
    assert queries == (BatchQuery(1, "Aleppo"), BatchQuery(3, "Srebrenica"), BatchQuery(4, "# not a comment"))


def test_a_csv_with_several_columns_asks_which_one_and_reads_it_by_name(tmp_path: Path) -> None:
    path = tmp_path / "detainees.csv"
    path.write_text('name,place\nRaif Badawi,Jeddah\n"Smith, John",Aleppo\n\n,Homs\n', encoding="utf-8")
    with pytest.raises(ColumnNeeded) as asked:
        Archive.read_queries(path)
    assert asked.value.columns == ["name", "place"]
    assert Archive.query_columns(path) == ["name", "place"]
    assert Archive.read_queries(path, column="PLACE") == (
        BatchQuery(2, "Jeddah"),
        BatchQuery(3, "Aleppo"),
        BatchQuery(5, "Homs"),
    )
    assert Archive.read_queries(path, column="1") == (
        BatchQuery(2, "Raif Badawi"),
        BatchQuery(3, "Smith, John"),
    )
    with pytest.raises(ArchiveError, match="no column 'city'; its columns are name, place"):
        Archive.read_queries(path, column="city")


def test_a_spreadsheet_csv_in_a_windows_code_page_with_semicolons_is_read(tmp_path: Path) -> None:
    path = tmp_path / "officials.csv"
    path.write_bytes("Nom;Pays\nBachar el-Assad;Syrie\nJosé Ramos-Horta;Timor-Leste\n".encode("cp1252"))
    assert [q.text for q in Archive.read_queries(path, column="Nom")] == [
        "Bachar el-Assad",
        "José Ramos-Horta",
    ]


def test_a_text_file_is_one_query_a_line(tmp_path: Path) -> None:
    path = tmp_path / "places.txt"
    path.write_text("Aleppo\r\nHoms\r\n", encoding="utf-8")
    assert Archive.read_queries(path) == (BatchQuery(1, "Aleppo"), BatchQuery(2, "Homs"))


def test_each_query_gets_its_count_and_top_hits_and_broken_ones_are_reported_by_line(
    sample_archive: Archive,
) -> None:
    queries = Archive.read_queries(text='Aleppo\n"unclosed phrase\nSrebrenica\ndate:[2016 TO\nzzzqqq\n')
    result = sample_archive.batch_search(queries, top=2)
    assert [row.line for row in result.rows] == [1, 2, 3, 4, 5]
    assert [row.line for row in result.failed] == [2, 4]
    assert "never closed" in result.rows[1].error
    for row in (result.rows[0], result.rows[2], result.rows[4]):
        expected = sample_archive.search(row.query, page_size=2)
        assert row.error is None
        assert row.total == expected.total
        assert [h.doc_id for h in row.hits] == [h.doc_id for h in expected.hits]
    assert result.rows[0].total > 2 and len(result.rows[0].hits) == 2
    assert result.rows[4].total == 0


def test_facet_filters_apply_to_every_query_of_the_batch(sample_archive: Archive) -> None:
    issuer = "Refugees International"
    queries = [BatchQuery(1, "Aleppo"), BatchQuery(2, "Syria")]
    result = sample_archive.batch_search(queries, filters={"issuer": [issuer]})
    for row in result.rows:
        assert row.total == sample_archive.search(row.query, filters={"issuer": [issuer]}).total
        assert all(hit.issuer == issuer for hit in row.hits)
    assert result.filters == {"issuer": (issuer,)}


def test_lines_taken_as_phrases_match_the_words_together(sample_archive: Archive) -> None:
    queries = [BatchQuery(1, "safe passage"), BatchQuery(2, 'brutal "assault" on Aleppo')]
    literal = sample_archive.batch_search(queries, phrases=True)
    assert literal.rows[0].total == sample_archive.search('"safe passage"').total
    assert literal.rows[1].total == sample_archive.search('"brutal assault on Aleppo"').total == 1
    assert literal.rows[0].total <= sample_archive.batch_search(queries[:1]).rows[0].total


def test_a_batch_reports_progress_and_stops_when_cancelled(sample_archive: Archive) -> None:
    class AfterTwo:
        def __init__(self) -> None:
            self.seen: list[tuple[int, int]] = []

        def __call__(self, done: int, total: int, message: str) -> None:
            self.seen.append((done, total))

        def is_set(self) -> bool:
            return len(self.seen) >= 2

    flag = AfterTwo()
    queries = [BatchQuery(i, q) for i, q in enumerate(["Aleppo", "Syria", "Homs", "Bosnia"], 1)]
    result = sample_archive.batch_search(queries, on_progress=flag, cancel=flag)
    assert result.cancelled and len(result.rows) == 2
    assert flag.seen == [(1, 4), (2, 4)]


def test_an_unknown_filter_value_stops_the_batch_before_it_runs(sample_archive: Archive) -> None:
    with pytest.raises(ArchiveError, match="Refugees International"):
        sample_archive.batch_search([BatchQuery(1, "Aleppo")], filters={"issuer": ["Refugee International"]})


def test_the_table_and_the_hits_export_as_csv(sample_archive: Archive, tmp_path: Path) -> None:
    queries = Archive.read_queries(text='Aleppo\n"broken\nSrebrenica')
    result = sample_archive.batch_search(queries, top=3)
    assert Archive.export_batch(result, tmp_path / "table.csv") == 3
    with open(tmp_path / "table.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [(r["line"], r["query"]) for r in table] == [
        ("1", "Aleppo"),
        ("2", '"broken'),
        ("3", "Srebrenica"),
    ]
    assert table[0]["documents"] == str(result.rows[0].total) and table[1]["documents"] == ""
    assert "never closed" in table[1]["problem"]
    assert result.rows[0].hits[0].title in table[0]["top documents"]
    count = Archive.export_batch(result, tmp_path / "hits.csv", hits=True)
    with open(tmp_path / "hits.csv", encoding="utf-8-sig", newline="") as handle:
        hits = list(csv.DictReader(handle))
    assert count == len(hits) == sum(len(r.hits) for r in result.rows)
    first = hits[0]
    assert (first["query"], first["rank"], first["id"]) == ("Aleppo", "1", str(result.rows[0].hits[0].doc_id))
    assert "<b>" not in first["snippet"] and "aleppo" in first["snippet"].lower()
