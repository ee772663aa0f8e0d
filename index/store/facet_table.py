"""The facet table: every catalog document's issuer, year, format, actors, actor types, demand
targets and who makes its demands, read from the catalog for counting facets (index/facets.py).

It is read on the first search after opening an archive, so its cost is part of the time to a
window's first results. SQLite does most of the work, from covering indexes (migration 2): it
groups each document's names, types and targets, and packs all documents of a query into one
value, which Python splits in C. It is read ahead on a thread of its own (`Prefetch`); a row per
document there took from 0.8 to 12 s beside a busy Python thread at 10,000 documents (each row
waits for the GIL), one value 0.5 s.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import marks
from .actor_edits import ActorEdits
from .demand_rows import reviewed_demands

log = logging.getLogger(__name__)

# Separators between documents (28), fields (29) and the joined values of one document (30):
# control characters that never occur in names or types. If one ever did, the counts and the
# number of fields tell, and the catalog is read row by row instead (see `load_table`).
_VALUE = "\x1e"
STARRED = "starred"  # the star facet's one value (search/facet_columns.py)


@dataclass(frozen=True, eq=False)  # compared by identity: one table per catalog version
class FacetTable:
    """Every catalog document's facet values, by document id: one value per single-valued facet
    (missing when unknown), a tuple of distinct values per multi-valued facet."""

    documents: frozenset[int]
    single: dict[str, dict[int, str]]
    multi: dict[str, dict[int, tuple[str, ...]]]


# -- the queries ------------------------------------------------------------------------------
# One row per document (packed by `_packed`). The counts check the joined values: a value
# holding the separator would split into more values than there are.
# An undated document counts in the year facet's own "undated" bucket (index/dates.py).
_DOCUMENTS = "SELECT id, ifnull(issuer, ''), ifnull(substr(date, 1, 4), 'undated'), format FROM documents"
# Within a document the rows come in id order (the index is on doc_id, id), so when one name
# occurs twice its later row's type wins, as it always has.
_ACTORS_BY_DOC = (
    "SELECT doc_id, count(*), group_concat(name, char(30)), group_concat(type, char(30)) "
    "FROM actors GROUP BY doc_id"
)
_TARGETS_BY_DOC = (
    "SELECT doc_id, count(*), group_concat(value, char(30)) FROM (SELECT DISTINCT doc_id, j.value "
    "FROM demands, json_each(demands.targets) AS j WHERE targets != '[]') GROUP BY doc_id"
)
# Who makes each document's demands: a speaker's name, or '' for a demand with no speaker (its
# document's issuer then), from the covering index demands_by_doc (migration 8).
_BYS_BY_DOC = (
    "SELECT doc_id, count(*), group_concat(ifnull(by_name, ''), char(30)) FROM "
    "(SELECT DISTINCT doc_id, by_name FROM demands) GROUP BY doc_id"
)
_REVIEWED_DOCS = "SELECT id FROM documents WHERE text_sha256 IN (SELECT text_sha256 FROM demand_reviews)"
_BY_ROWS = "SELECT DISTINCT doc_id, ifnull(by_name, '') FROM demands"
# Without SQLite's JSON functions (an old system SQLite), the JSON lists are read in Python.
_TARGET_LISTS_BY_DOC = (
    "SELECT doc_id, count(*), group_concat(targets, char(30)) FROM demands WHERE targets != '[]' "
    "GROUP BY doc_id"
)
# Row by row, for a catalog whose values hold a separator.
_ACTOR_ROWS = "SELECT doc_id, name, type FROM actors ORDER BY doc_id, id"
_TARGET_ROWS = "SELECT doc_id, targets FROM demands WHERE targets != '[]'"


def _packed(rows_sql: str, fields: int) -> str:
    """All rows of `rows_sql` in one value: fields joined by char(29), rows by char(28), as UTF-8
    bytes. One value rather than a row per document matters on a thread: the sqlite3 module takes
    the GIL back for every row, and while another thread runs Python each of those waits for it
    (up to the 5 ms switch interval)."""
    names = ", ".join(f"c{i}" for i in range(fields))
    joined = " || char(29) || ".join(f"c{i}" for i in range(fields))
    return f"WITH r({names}) AS ({rows_sql}) SELECT CAST(group_concat({joined}, char(28)) AS BLOB) FROM r"


@dataclass(frozen=True)
class CatalogRows:
    """What the table is made of, as SQLite returns it: per query, all rows packed in one value."""

    changes: int | None  # the catalog's change counter, read first (see `changes`)
    edits: ActorEdits
    documents: bytes | None
    actors: bytes | None
    targets: bytes | None
    targets_as_json: bool
    bys: bytes | None
    # the documents whose demands the user reviewed: their targets and speakers as reviewed
    reviewed: dict[int, tuple[list[str], list[str]]]
    user: UserMarks


@dataclass(frozen=True)
class UserMarks:
    """The user's tags and stars (store/marks.py), few enough to read row by row."""

    tags: dict[int, tuple[str, ...]]
    starred: frozenset[int]

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> UserMarks:
        return cls(marks.tags_by_document(conn), marks.starred_documents(conn))


def changes(conn: sqlite3.Connection) -> int | None:
    """The catalog's change counter (migration 3), None without one (an older read-only catalog)."""
    try:
        row = conn.execute("SELECT n FROM catalog_changes").fetchone()
    except sqlite3.OperationalError:
        return None
    return int(row[0]) if row else None


def read_rows(conn: sqlite3.Connection) -> CatalogRows:
    # The counter first: rows newer than their counter only cost a rebuild, older would be wrong.
    counter = changes(conn)
    try:
        targets, as_json = conn.execute(_packed(_TARGETS_BY_DOC, 3)).fetchone()[0], False
    except sqlite3.OperationalError:  # no json_each in this SQLite
        targets, as_json = conn.execute(_packed(_TARGET_LISTS_BY_DOC, 3)).fetchone()[0], True
    return CatalogRows(
        changes=counter,
        edits=ActorEdits.load(conn),
        documents=conn.execute(_packed(_DOCUMENTS, 4)).fetchone()[0],
        actors=conn.execute(_packed(_ACTORS_BY_DOC, 4)).fetchone()[0],
        targets=targets,
        targets_as_json=as_json,
        bys=conn.execute(_packed(_BYS_BY_DOC, 3)).fetchone()[0],
        reviewed=_reviewed(conn),
        user=UserMarks.read(conn),
    )


def _reviewed(conn: sqlite3.Connection) -> dict[int, tuple[list[str], list[str]]]:
    """Targets and speakers ('' for none) of the documents whose demands the user reviewed."""
    try:
        ids = [row[0] for row in conn.execute(_REVIEWED_DOCS)]
    except sqlite3.OperationalError:  # a read-only catalog of an older schema: no reviews
        return {}
    out: dict[int, tuple[list[str], list[str]]] = {}
    for doc_id in ids:
        demands = reviewed_demands(conn, doc_id)
        out[doc_id] = ([t for d in demands for t in d.targets], [d.by or "" for d in demands])
    return out


def _records(packed: bytes | None, fields: int) -> Iterator[list[str]]:
    """The rows of a packed value, decoded one by one (a str of all of them would be as wide
    as its widest character throughout)."""
    for record in packed.split(b"\x1c") if packed else ():
        values = record.decode().split("\x1d")
        if len(values) != fields:
            raise _Unsplittable(f"{fields} fields expected")
        yield values


def load_table(conn: sqlite3.Connection, rows: CatalogRows | None = None) -> FacetTable:
    """The table from `rows` read earlier (see `Prefetch`), or from the catalog now."""
    rows = rows if rows is not None else read_rows(conn)
    try:
        return table_from_rows(rows)
    except _Unsplittable:
        log.warning("facet values hold separator characters; reading them row by row")
        return _table_row_by_row(conn)


class _Unsplittable(ValueError):
    """A joined value does not split into as many values as its count says."""


def table_from_rows(rows: CatalogRows) -> FacetTable:
    """Raises _Unsplittable when a value holds a separator (`load_table` then reads the catalog
    row by row)."""
    documents = ((int(d), issuer, year, fmt) for d, issuer, year, fmt in _records(rows.documents, 4))
    bys = ((int(d), values.split(_VALUE)) for d, _count, values in _records(rows.bys, 3))
    return _table(
        rows.edits, documents, _split_actors(rows), _split_targets(rows), bys, rows.reviewed, rows.user
    )


def _split_actors(rows: CatalogRows) -> Iterator[tuple[int, list[str], list[str]]]:
    # A generator, not a list: keeping every document's lists alive at once costs the garbage
    # collector more than the splitting itself.
    for doc_id, count, names, types in _records(rows.actors, 4):
        split_names, split_types = names.split(_VALUE), types.split(_VALUE)
        if not len(split_names) == len(split_types) == int(count):
            raise _Unsplittable(f"{count} actors expected")
        yield int(doc_id), split_names, split_types


def _split_targets(rows: CatalogRows) -> Iterator[tuple[int, list[str]]]:
    for doc_id, count, values in _records(rows.targets, 3):
        split = values.split(_VALUE)
        if len(split) != int(count):
            raise _Unsplittable(f"{count} targets expected")
        yield int(doc_id), [t for raw in split for t in json.loads(raw)] if rows.targets_as_json else split


def _table_row_by_row(conn: sqlite3.Connection) -> FacetTable:
    actors: dict[int, tuple[list[str], list[str]]] = {}
    for doc_id, name, type_ in conn.execute(_ACTOR_ROWS):
        names, types = actors.setdefault(doc_id, ([], []))
        names.append(name)
        types.append(type_)
    targets: dict[int, list[str]] = {}
    for doc_id, raw in conn.execute(_TARGET_ROWS):
        targets.setdefault(doc_id, []).extend(json.loads(raw))
    bys: dict[int, list[str]] = {}
    for doc_id, by in conn.execute(_BY_ROWS):
        bys.setdefault(doc_id, []).append(by)
    return _table(
        ActorEdits.load(conn),
        conn.execute(_DOCUMENTS),
        [(d, names, types) for d, (names, types) in actors.items()],
        targets.items(),
        bys.items(),
        _reviewed(conn),
        UserMarks.read(conn),
    )


def _table(
    edits: ActorEdits,
    documents: Iterable[tuple[int, str, str, str]],
    actors: Iterable[tuple[int, list[str], list[str]]],
    targets: Iterable[tuple[int, list[str]]],
    bys: Iterable[tuple[int, list[str]]],
    reviewed: dict[int, tuple[list[str], list[str]]],
    user: UserMarks,
) -> FacetTable:
    issuer: dict[int, str] = {}
    year: dict[int, str] = {}
    fmt: dict[int, str] = {}
    for doc_id, doc_issuer, doc_year, doc_format in documents:
        if doc_issuer:
            issuer[doc_id] = doc_issuer
        if doc_year:
            year[doc_id] = doc_year
        fmt[doc_id] = doc_format
    actor, actor_type = _actors(actors, edits)
    if edits:
        target = {doc_id: tuple(sorted(set(edits.names(values)))) for doc_id, values in targets}
    else:
        target = {doc_id: tuple(dict.fromkeys(values)) for doc_id, values in targets}
    by = {doc_id: _speakers(values, issuer.get(doc_id), edits) for doc_id, values in bys}
    for doc_id, (doc_targets, doc_bys) in reviewed.items():
        target[doc_id] = tuple(sorted(set(edits.names(doc_targets))))
        by[doc_id] = _speakers(doc_bys, issuer.get(doc_id), edits)
    return FacetTable(
        documents=frozenset(fmt),
        single={"issuer": issuer, "year": year, "format": fmt, "star": dict.fromkeys(user.starred, STARRED)},
        multi={
            "actor": actor,
            "actor_type": actor_type,
            "target": {k: v for k, v in target.items() if v},
            "by": {k: v for k, v in by.items() if v},
            "tag": user.tags,
        },
    )


def _speakers(names: list[str], issuer: str | None, edits: ActorEdits) -> tuple[str, ...]:
    """Who makes a document's demands: each speaker as the user named it, and the issuer for a
    demand with no speaker (as the demand tables show them)."""
    found = {(edits.by(n) if n else None) or issuer for n in names}
    return tuple(sorted(n for n in found if n))


def _actors(
    rows: Iterable[tuple[int, list[str], list[str]]], edits: ActorEdits
) -> tuple[dict[int, tuple[str, ...]], dict[int, tuple[str, ...]]]:
    """Each document's actor names and actor types, overrides applied."""
    names_of: dict[int, tuple[str, ...]] = {}
    types_of: dict[int, tuple[str, ...]] = {}
    for doc_id, names, types in rows:
        distinct = tuple(dict.fromkeys(names))
        if edits or len(distinct) != len(names):
            held = dict(edits.actor(n, t) for n, t in zip(names, types, strict=True) if not edits.hidden(n))
            names_of[doc_id] = tuple(held)  # a later row's type wins
            types_of[doc_id] = tuple(set(held.values()))
        else:  # the common case: no overrides, each name once
            names_of[doc_id] = distinct
            types_of[doc_id] = tuple(set(types))
    return names_of, types_of


# -- reading ahead --------------------------------------------------------------------------


def version_key(conn: sqlite3.Connection) -> tuple[int, int]:
    """Changes when anyone commits to the catalog: another connection (`data_version`) or this
    one (`total_changes`)."""
    return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes


class Prefetch:
    """The catalog rows of the table read on a thread of its own, from its own read-only
    connection, for the catalog as it was when `start` was called (or later: a commit in between
    changes the version key, and the rows are read again). Only the reading is done there:
    SQLite works outside the GIL, so it overlaps with the Python the opening thread runs, while
    splitting the rows into a table would compete with it."""

    def __init__(self, path: str, key: tuple[int, int]) -> None:
        self._path = path
        self._key = key
        self._rows: CatalogRows | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="facet-table", daemon=True)

    @classmethod
    def start(cls, conn: sqlite3.Connection) -> Prefetch | None:
        path = next((row[2] for row in conn.execute("PRAGMA database_list") if row[1] == "main"), "")
        if not path:  # an in-memory catalog: nothing another connection could read
            return None
        prefetch = cls(path, version_key(conn))
        prefetch._thread.start()
        return prefetch

    def _run(self) -> None:
        try:
            uri = Path(self._path).as_uri() + "?mode=ro"  # as_uri escapes '?', '#' and spaces
            conn = sqlite3.connect(uri, uri=True, isolation_level=None)
            try:
                conn.execute("BEGIN")  # one snapshot for all the queries
                self._rows = read_rows(conn)
                conn.execute("COMMIT")
            finally:
                conn.close()
        except sqlite3.Error as exc:  # e.g. a read-only medium without its -shm file: read later
            log.debug("facet table not read ahead: %s", exc)
        finally:
            self._done.set()

    def result(self, key: tuple[int, int]) -> CatalogRows | None:
        """The rows read ahead if the catalog is unchanged since `start`, else None."""
        if key != self._key:
            return None
        self._done.wait()
        return self._rows
