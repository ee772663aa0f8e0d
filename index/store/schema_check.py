"""Is the catalog whole? Its SQLite integrity, and its schema against the one the migrations make.

A catalog can lose a table or a column to a hand edit, a broken tool or a bad copy; SQLite then
fails the first query that needs it with "no such table", deep inside whatever command was run.
`missing_parts` compares the catalog with a reference catalog migrated in memory (a few
milliseconds, once per process), so that opening a damaged archive says so in one line, and
`repair_schema` recreates what can be recreated: indexes and triggers always, tables empty (the
extraction tables are then filled again by re-extracting the stored texts), never a column.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass

from .migrations import SCHEMA_VERSION, migrate

# Tables whose rows can be made again from the documents' texts (by re-extraction; the
# triggers of migration 8 fill demand_targets and actor_aliases from the new rows).
DERIVED_TABLES = frozenset({"actors", "demands", "demand_targets", "actor_aliases"})
# Tables whose loss loses nothing: the change log and the counter are rebuilt, the index compared.
REBUILDABLE_TABLES = frozenset({"index_changes", "catalog_changes", "meta"})


@dataclass(frozen=True)
class Reference:
    """The schema the migrations make: each object's SQL, and each table's columns."""

    sql: dict[tuple[str, str], str]  # (type, name) → CREATE statement
    table_of: dict[tuple[str, str], str]  # (type, name) → the table it belongs to
    columns: dict[str, tuple[str, ...]]


@dataclass(frozen=True)
class MissingPart:
    kind: str  # "table", "column", "index", "trigger"
    name: str  # "actors", "documents.title", …
    table: str

    def describe(self) -> str:
        return f"the {self.kind} '{self.name}'"


@functools.cache
def reference(version: int = SCHEMA_VERSION) -> Reference:
    """The schema of a catalog at migration `version`."""
    conn = sqlite3.connect(":memory:")
    try:
        migrate(conn, version)
        return _schema_of(conn)
    finally:
        conn.close()


def _schema_of(conn: sqlite3.Connection) -> Reference:
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'"
    ).fetchall()
    sql = {(kind, name): text for kind, name, _, text in rows}
    table_of = {(kind, name): table for kind, name, table, _ in rows}
    columns = {
        name: tuple(row[1] for row in conn.execute(f"PRAGMA table_info('{name}')"))
        for kind, name, _, _ in rows
        if kind == "table"
    }
    return Reference(sql, table_of, columns)


def missing_parts(conn: sqlite3.Connection) -> list[MissingPart]:
    """What the catalog lacks of the schema of its migration version (a read-only catalog may be
    older than this program): tables, columns, indexes, triggers."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    wanted = reference(min(max(int(version), 1), SCHEMA_VERSION))
    have = _schema_of(conn)
    missing: list[MissingPart] = []
    for (kind, name), table in sorted(wanted.table_of.items()):
        if (kind, name) not in have.sql:
            missing.append(MissingPart(kind, name, table))
        elif kind == "table":
            held = set(have.columns.get(name, ()))
            missing += [
                MissingPart("column", f"{name}.{c}", name) for c in wanted.columns[name] if c not in held
            ]
    return missing


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    """SQLite's own checks of the file and of its references between tables, one line each."""
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
    broken = conn.execute("PRAGMA foreign_key_check").fetchall()
    if broken:
        problems.append(f"{len(broken)} row(s) refer to documents that are not in the catalog")
    return problems


def repair_schema(
    conn: sqlite3.Connection, missing: list[MissingPart]
) -> tuple[list[MissingPart], list[MissingPart]]:
    """Recreate the missing parts that can be (see module doc); returns (repaired, not)."""
    wanted = reference()
    repaired: list[MissingPart] = []
    lost = {p.table for p in missing if p.kind == "column"}
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Tables first: their indexes and triggers are then created on them.
        for part in sorted(missing, key=lambda p: (p.kind != "table", p.name != "meta")):
            if part.kind == "column" or part.table in lost:
                continue
            conn.execute(wanted.sql[(part.kind, part.name)])
            repaired.append(part)
            if part.name == "catalog_changes":
                conn.execute("INSERT INTO catalog_changes VALUES (0)")
            if part.name == "meta":  # a new identity: the index then compares itself whole
                conn.execute("INSERT INTO meta VALUES ('catalog_id', lower(hex(randomblob(16))))")
            if part.name == "index_changes":  # changes made without a log: compare whole
                _forget_what_triggers_vouched_for(conn)
        if any(p.kind == "trigger" for p in repaired):
            _forget_what_triggers_vouched_for(conn)
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
    return repaired, [p for p in missing if p not in repaired]


def _forget_what_triggers_vouched_for(conn: sqlite3.Connection) -> None:
    """Changes made while triggers were missing were neither logged nor counted: a new catalog
    identity makes the index compare itself whole, and saved derived files are not trusted."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('catalog_id', lower(hex(randomblob(16)))) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    )
    conn.execute("DELETE FROM meta WHERE key LIKE 'checksum:%'")


def damage_summary(missing: list[MissingPart]) -> str:
    """One line naming what is missing (the first few parts)."""
    shown = ", ".join(p.describe() for p in missing[:3])
    more = f" and {len(missing) - 3} more" if len(missing) > 3 else ""
    return f"its catalog lacks {shown}{more}"
