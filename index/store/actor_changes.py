"""Changing actors by hand: rename, merge, retype, split apart again and delete, each on the name
the user sees, written as overrides of the extracted names (store/actor_edits.py reads them).

An actor the user sees stands for one or more extracted names (a merge joins them). Every change
rewrites the override of each of those names, so the table never holds a chain: renaming A → B
and then B → C moves A's documents to C too. Each change returns what undoing it puts back (the
override rows as they were), for the edit history.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import ArchiveError
from ..models import ACTOR_TYPES

OverrideRow = tuple[str | None, str | None, int]  # canonical, type, deleted


class ActorNotFound(ArchiveError):
    def __init__(self, name: str) -> None:
        super().__init__(f"There is no actor named {name!r} in this archive (see `advocacy-archive actors`).")
        self.name = name


@dataclass(frozen=True)
class Change:
    """What an edit did: a sentence for the history, the rows undoing it puts back, and the
    extracted names whose documents the index must see again."""

    kind: str
    summary: str
    before: dict[str, OverrideRow | None]

    @property
    def names(self) -> list[str]:
        return sorted(self.before)


def _occurs(conn: sqlite3.Connection, name: str) -> bool:
    """Whether an extracted name occurs anywhere: as an actor, a speaker or a target."""
    return any(
        conn.execute(sql, (name,)).fetchone() is not None
        for sql in (
            "SELECT 1 FROM actors WHERE name = ? LIMIT 1",
            "SELECT 1 FROM demands WHERE by_name = ? LIMIT 1",
            "SELECT 1 FROM demand_targets WHERE name = ? LIMIT 1",
        )
    )


def override_rows(conn: sqlite3.Connection, names: Iterable[str]) -> dict[str, OverrideRow | None]:
    out: dict[str, OverrideRow | None] = {}
    for name in names:
        row = conn.execute(
            "SELECT canonical, type, deleted FROM actor_overrides WHERE name = ?", (name,)
        ).fetchone()
        out[name] = (row[0], row[1], int(row[2])) if row else None
    return out


def put_overrides(conn: sqlite3.Connection, rows: dict[str, OverrideRow | None]) -> None:
    """Write overrides as given; a row saying nothing (no name, type or deletion) is dropped."""
    for name, row in rows.items():
        conn.execute("DELETE FROM actor_overrides WHERE name = ?", (name,))
        if row is None:
            continue
        canonical, type_, deleted = row
        canonical = None if canonical == name else canonical
        if canonical is None and type_ is None and not deleted:
            continue
        conn.execute(
            "INSERT INTO actor_overrides (name, canonical, type, deleted) VALUES (?,?,?,?)",
            (name, canonical, type_, int(deleted)),
        )


def extracted_names(conn: sqlite3.Connection, shown: str) -> list[str]:
    """The extracted names the user sees as `shown` (deleted ones left out), that occur."""
    names = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM actor_overrides WHERE canonical = ? AND deleted = 0", (shown,)
        )
    }
    own = override_rows(conn, [shown])[shown]
    if own is None or (own[0] is None and not own[2]):
        names.add(shown)
    return sorted(n for n in names if _occurs(conn, n))


def require(conn: sqlite3.Connection, shown: str) -> list[str]:
    names = extracted_names(conn, shown)
    if not names:
        raise ActorNotFound(shown)
    return names


def shown_type(conn: sqlite3.Connection, names: Iterable[str]) -> str:
    """The type the user sees for an actor standing for `names` (the commonest, as edited)."""
    counts: Counter[str] = Counter()
    rows = override_rows(conn, names)
    for name, row in rows.items():
        if row is not None and row[1]:
            counts[row[1]] += 1000  # the user's own choice wins
        for type_, n in conn.execute(
            "SELECT type, count(*) FROM actors WHERE name = ? GROUP BY type", (name,)
        ):
            counts[type_] += n
    return counts.most_common(1)[0][0] if counts else "other"


def _rewrite(
    conn: sqlite3.Connection,
    names: list[str],
    *,
    canonical: str | None = None,
    type_: str | None = None,
    deleted: bool = False,
) -> dict[str, OverrideRow | None]:
    """Give each name's override the canonical name, type or deletion given (the rest kept);
    returns the rows as they were."""
    before = override_rows(conn, names)
    after: dict[str, OverrideRow | None] = {}
    for name, row in before.items():
        old = row if row is not None else (None, None, 0)
        after[name] = (canonical or old[0], type_ or old[1], 1 if deleted else old[2])
    put_overrides(conn, after)
    return before


def rename(conn: sqlite3.Connection, shown: str, new: str) -> Change:
    """Rename an actor; onto a name already in the archive, a merge (taking that actor's type)."""
    new = new.strip()
    if not new:
        raise ArchiveError("A new name cannot be empty.")
    names = require(conn, shown)
    if new == shown:
        raise ArchiveError(f"{shown!r} is already called so.")
    into = extracted_names(conn, new)
    if into:
        before = _rewrite(conn, names, canonical=new, type_=shown_type(conn, into))
        return Change("merge", f"Merged {shown} into {new}", before)
    return Change("rename", f"Renamed {shown} to {new}", _rewrite(conn, names, canonical=new))


def retype(conn: sqlite3.Connection, shown: str, type_: str) -> Change:
    if type_ not in ACTOR_TYPES:
        raise ArchiveError(f"An actor type is one of {', '.join(ACTOR_TYPES)}, not {type_!r}.")
    names = require(conn, shown)
    return Change("retype", f"Changed the type of {shown} to {type_}", _rewrite(conn, names, type_=type_))


def split(conn: sqlite3.Connection, shown: str, parts: Iterable[str], new: str | None = None) -> Change:
    """Give some extracted names of an actor back their own name (or `new`): undoes a merge."""
    names = require(conn, shown)
    parts = sorted(set(parts))
    unknown = [p for p in parts if p not in names]
    if unknown:
        raise ArchiveError(
            f"{shown!r} does not stand for {', '.join(map(repr, unknown))}; "
            f"it stands for {', '.join(map(repr, names))}."
        )
    if not parts or len(parts) == len(names) and new is None:
        raise ArchiveError(f"Say which of {', '.join(map(repr, names))} to split from {shown!r}.")
    before = override_rows(conn, parts)
    put_overrides(conn, {p: (new, None, 0) for p in parts})
    target = new or ", ".join(parts)
    return Change("split", f"Split {target} from {shown}", before)


def delete(conn: sqlite3.Connection, shown: str) -> Change:
    names = require(conn, shown)
    return Change("delete", f"Deleted {shown}", _rewrite(conn, names, deleted=True))


def docs_of_names(conn: sqlite3.Connection, names: Iterable[str]) -> list[int]:
    """Documents in which any of these extracted names occurs (as actor, speaker or target)."""
    found: set[int] = set()
    for name in names:
        for sql in (
            "SELECT doc_id FROM actors WHERE name = ?",
            "SELECT doc_id FROM demands WHERE by_name = ?",
            "SELECT doc_id FROM demand_targets WHERE name = ?",
        ):
            found.update(row[0] for row in conn.execute(sql, (name,)))
    return sorted(found)
