"""The facet table and counts (index/search/facets.py): exact counts, read from covering indexes, built
ahead on a thread of its own and never used once the catalog has changed."""

from __future__ import annotations

import json
import random
import sqlite3
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.search.facet_columns import FACETS, Column
from advocacy_archive.index.search.facets import FacetColumns
from advocacy_archive.index.store import catalog, facet_table
from advocacy_archive.index.store.actor_edits import ActorEdits
from advocacy_archive.index.store.facet_table import load_table, read_rows, version_key
from advocacy_archive.index.store.migrations import MIGRATIONS


def _reference(conn: sqlite3.Connection) -> dict[int, dict[str, set[str]]]:
    """Each document's facet values, read the slow and obvious way (rows in id order)."""
    edits = ActorEdits.load(conn)
    out: dict[int, dict[str, set[str]]] = {}
    for doc_id, issuer, date, fmt in conn.execute("SELECT id, issuer, date, format FROM documents"):
        out[doc_id] = {
            "issuer": {issuer} if issuer else set(),
            "year": {date[:4]} if date else {"undated"},  # an undated document has its own bucket
            "format": {fmt},
            "actor": set(),
            "actor_type": set(),
            "target": set(),
            "by": set(),
            "tag": set(),
            "star": set(),
        }
    held: dict[int, dict[str, str]] = {}
    for doc_id, name, type_ in conn.execute("SELECT doc_id, name, type FROM actors ORDER BY id"):
        name, type_ = edits.actor(name, type_)
        held.setdefault(doc_id, {})[name] = type_
    for doc_id, names in held.items():
        out[doc_id]["actor"] = set(names)
        out[doc_id]["actor_type"] = set(names.values())
    for doc_id, targets in conn.execute("SELECT doc_id, targets FROM demands"):
        out[doc_id]["target"] |= set(edits.names(json.loads(targets)))
    # who makes the demands: the speaker, else the document's issuer
    sql = "SELECT m.doc_id, m.by_name, d.issuer FROM demands m JOIN documents d ON d.id = m.doc_id"
    for doc_id, by, issuer in conn.execute(sql):
        if edits.by(by) or issuer:
            out[doc_id]["by"].add(edits.by(by) or issuer)
    for doc_id, tag in conn.execute("SELECT doc_id, tag FROM document_tags"):  # the user's marks
        out[doc_id]["tag"].add(tag)
    for (doc_id,) in conn.execute("SELECT doc_id FROM document_marks WHERE starred"):
        out[doc_id]["star"] = {"starred"}
    return out


def _reference_counts(values: dict[int, dict[str, set[str]]], doc_ids: list[int]) -> dict[str, Counter[str]]:
    return {name: Counter(v for d in doc_ids for v in values[d][name]) for name in FACETS}


def test_counts_equal_a_plain_count_of_the_catalog(sample_archive: Archive) -> None:
    for n, doc_id in enumerate(sorted(sample_archive._facets.id_columns().ids.tolist())[:9]):
        sample_archive.tag(doc_id, add=["Follow up", f"Batch {n % 2}"])
        sample_archive.star(doc_id, n % 3 == 0)
    facets = sample_archive._context().facets
    values = _reference(sample_archive._conn)
    ids = sorted(values)
    rng = random.Random(3)
    for size in (len(ids), len(ids) // 2, 3):
        chosen = sorted(rng.sample(ids, size))
        counted = facets.count(np.array(chosen + [10**9], dtype=np.int64), limit=10_000)  # one unknown id
        expected = _reference_counts(values, chosen)
        assert counted == {name: dict(expected[name]) for name in FACETS}
    assert sum(counted["actor"].values()) > 0
    everything = facets.count(np.array(ids, dtype=np.int64), limit=10)
    assert everything["tag"] == {"Follow up": 9, "Batch 0": 5, "Batch 1": 4}
    assert everything["star"] == {"starred": 3}


def test_filters_keep_exactly_the_documents_holding_every_value(sample_archive: Archive) -> None:
    facets = sample_archive._context().facets
    values = _reference(sample_archive._conn)
    everything = facets.count(np.array(sorted(values), dtype=np.int64), limit=10)
    actor = next(iter(everything["actor"]))
    fmt = next(iter(everything["format"]))
    for wanted in ({"actor": [actor]}, {"actor": [actor], "format": [fmt]}, {"format": [fmt, "nonesuch"]}):
        allowed = facets.ids_matching(wanted)
        assert allowed is not None
        expected = [d for d in sorted(values) if all(set(v) <= values[d][k] for k, v in wanted.items())]
        assert allowed.tolist() == expected
    assert facets.ids_matching({"actor": []}) is None
    with pytest.raises(ValueError):
        facets.ids_matching({"colour": ["red"]})


def _catalog(tmp_path: Path) -> sqlite3.Connection:
    conn = catalog.connect(tmp_path / "catalog.sqlite")
    for n, (issuer, date) in enumerate([("Amnesty", "2016-03-01"), (None, "2017-01-02"), ("HRW", None)], 1):
        conn.execute(
            "INSERT INTO documents (id, sha256, text_sha256, title, issuer, date, word_count, source_path, "
            "original_name, format, size, text, imported_at) VALUES (?,?,?,?,?,?,0,'x','x','txt',0,'','')",
            (n, f"sha{n}", f"text{n}", f"Document {n}", issuer, date),
        )
    actors = [
        (1, "Syria", "state"),
        (1, "UN", "igo"),
        (1, "Syria", "government"),  # the same name again: its later row's type wins
        (2, "UN", "igo"),
        (2, "United Nations", "igo"),
    ]
    conn.executemany("INSERT INTO actors (doc_id, name, type, mentions) VALUES (?,?,?,'[]')", actors)
    demands = [(1, '["Syria", "UN"]'), (1, '["Syria"]'), (2, "[]"), (3, '["United Nations"]')]
    conn.executemany(
        "INSERT INTO demands (doc_id, targets, target_spans, action, kind, sentence, start, end) "
        "VALUES (?,?,'[]','act','call','s',0,1)",
        demands,
    )
    conn.commit()
    return conn


def test_a_name_twice_in_a_document_counts_once_with_its_later_type(tmp_path: Path) -> None:
    table = load_table(_catalog(tmp_path))
    assert table.multi["actor"][1] == ("Syria", "UN")
    assert set(table.multi["actor_type"][1]) == {"government", "igo"}
    assert set(table.multi["target"][1]) == {"Syria", "UN"}
    assert 2 not in table.multi["target"]  # no targets at all
    assert table.single["issuer"] == {1: "Amnesty", 3: "HRW"}
    assert table.single["year"] == {1: "2016", 2: "2017", 3: "undated"}  # its own bucket
    assert table.documents == {1, 2, 3}


def test_overrides_merge_names_and_targets(tmp_path: Path) -> None:
    conn = _catalog(tmp_path)
    catalog.set_actor_override(conn, "UN", canonical="United Nations", type="igo")
    conn.commit()
    table = load_table(conn)
    assert table.multi["actor"][2] == ("United Nations",)  # two names, one actor now
    assert set(table.multi["target"][1]) == {"Syria", "United Nations"}
    assert table.multi["target"][3] == ("United Nations",)


def test_targets_are_read_without_sqlite_json_functions_too(tmp_path: Path, monkeypatch) -> None:
    conn = _catalog(tmp_path)
    with_json = load_table(conn)
    monkeypatch.setattr(facet_table, "_TARGETS_BY_DOC", "SELECT no_such_function(1), 2, 3")
    assert read_rows(conn).targets_as_json
    without = load_table(conn)
    assert {d: set(v) for d, v in without.multi["target"].items()} == {
        d: set(v) for d, v in with_json.multi["target"].items()
    }


@pytest.mark.parametrize("odd", ["Odd\x1ename", "Odd\x1dname", "Odd\x1cname"])
def test_values_holding_a_separator_are_read_row_by_row(tmp_path: Path, odd: str) -> None:
    conn = _catalog(tmp_path)
    conn.execute("INSERT INTO actors (doc_id, name, type, mentions) VALUES (3, ?, 'ngo', '[]')", (odd,))
    conn.execute("UPDATE demands SET targets = ? WHERE doc_id = 3", (json.dumps([odd]),))
    conn.execute("UPDATE documents SET issuer = ? WHERE id = 2", (odd,))
    conn.commit()
    table = load_table(conn)
    assert table.multi["actor"][3] == (odd,)
    assert table.multi["target"][3] == (odd,)
    assert table.single["issuer"][2] == odd
    assert table.multi["actor"][1] == ("Syria", "UN")
    assert set(table.multi["actor_type"][1]) == {"government", "igo"}


def test_ties_at_the_limit_are_cut_by_value_not_by_row_order() -> None:
    # documents 0-2 hold e, 3-4 b, then d, a, c (row order unlike value order); 8 nothing
    held = {0: "e", 1: "e", 2: "e", 3: "b", 4: "b", 5: "d", 6: "a", 7: "c"}
    column = Column.single(held, list(range(9)))
    everyone = np.ones(9, dtype=bool)
    assert list(column.top(everyone, 3).items()) == [("e", 3), ("b", 2), ("a", 1)]
    assert column.top(everyone, 10) == {"e": 3, "b": 2, "a": 1, "c": 1, "d": 1}
    assert column.top(np.zeros(9, dtype=bool), 5) == {}
    many = Column.multi({0: ("z", "y"), 1: ("y", "x"), 2: ("x",)}, [2, 1, 0, -1])
    assert list(many.top(np.ones(4, dtype=bool), 2).items()) == [("x", 2), ("y", 2)]
    assert many.holding_all({"x", "y"}) == {1} and many.holding_all({"w"}) == set()


def test_the_prefetched_rows_are_used_while_the_catalog_is_unchanged(tmp_path: Path, monkeypatch) -> None:
    conn = _catalog(tmp_path)
    cache = FacetColumns(conn)
    assert cache._prefetch is not None
    assert cache._prefetch.result(version_key(conn)) is not None
    monkeypatch.setattr(facet_table, "read_rows", lambda conn: pytest.fail("the catalog was read again"))
    by_id = cache.id_columns()
    assert [by_id.values_of("issuer", d) for d in (1, 2, 3)] == [["Amnesty"], [], ["HRW"]]


def test_a_commit_after_the_prefetch_started_is_never_missed(tmp_path: Path) -> None:
    conn = _catalog(tmp_path)
    cache = FacetColumns(conn)
    other = sqlite3.connect(tmp_path / "catalog.sqlite")
    other.execute("UPDATE documents SET issuer = 'Oxfam' WHERE id = 2")
    other.commit()
    assert cache.id_columns().values_of("issuer", 2) == ["Oxfam"]


def test_an_in_memory_catalog_builds_its_table_when_asked(tmp_path: Path) -> None:
    conn = sqlite3.connect(":memory:")
    for script in MIGRATIONS:
        conn.executescript(script)
    cache = FacetColumns(conn)
    assert cache._prefetch is None
    assert len(cache.id_columns().ids) == 0


def test_facet_queries_read_covering_indexes(tmp_path: Path) -> None:
    """The table is built on the first search after opening: it must not read whole actor and
    demand rows (their mentions and sentences are most of the catalog)."""
    conn = _catalog(tmp_path)
    conn.execute("ANALYZE")
    for sql, index in (
        (facet_table._packed(facet_table._ACTORS_BY_DOC, 4), "COVERING INDEX actors_facets"),
        (facet_table._packed(facet_table._TARGETS_BY_DOC, 3), "COVERING INDEX demands_targets"),
        (facet_table._packed(facet_table._DOCUMENTS, 4), "COVERING INDEX documents_facets"),
    ):
        plan = " ".join(row[-1] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert index in plan, plan


def test_a_catalog_of_the_first_schema_gains_the_facet_indexes(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite"
    old = sqlite3.connect(path)
    old.executescript(MIGRATIONS[0])
    old.execute("PRAGMA user_version = 1")
    old.commit()
    old.close()
    conn = catalog.connect(path)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"actors_facets", "demands_targets", "documents_facets"} <= names
    assert "actors_doc" not in names


def test_searches_go_on_while_the_first_facet_count_builds_the_table(
    sample_archive_template: Path, tmp_path: Path, monkeypatch
) -> None:
    """The table is built outside the archive's read lock: a search asked meanwhile (another
    thread, as in the window) answers before the build is over, then the counts are right."""
    import shutil
    import threading

    building, release = threading.Event(), threading.Event()
    from advocacy_archive.index.search import facets

    real = facets.table_from_rows

    def slow_build(rows):  # noqa: ANN001, ANN202
        building.set()
        assert release.wait(10)
        return real(rows)

    monkeypatch.setattr(facets, "table_from_rows", slow_build)
    shutil.copytree(sample_archive_template, tmp_path / "a")
    (tmp_path / "a" / "whoosh" / "facets.npz").unlink(missing_ok=True)  # built here, not loaded
    with Archive.open(tmp_path / "a") as archive:
        counted: list[dict] = []
        counting = threading.Thread(target=lambda: counted.append(archive.facet_counts("")))
        counting.start()
        assert building.wait(30)
        result = archive.search("refugees", with_facets=False)  # would wait on a held lock
        assert result.total > 0 and not counted
        release.set()
        counting.join(30)
        assert counted and sum(counted[0]["format"].values()) == archive.search("").total
