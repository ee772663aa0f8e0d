"""The catalog queries behind a dossier and the name look-ups, each served by an index
(migrations 1, 2 and 4; tests/index/dossier check the query plans): an actor's documents by
name, its mention aliases, the demands it made and those made of it, the actors named beside it,
and names found by any alias, case-insensitively.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence

from ..models import DossierDocument

_CHUNK = 500  # names or ids per IN (…) list


def _marks(values: Sequence[object]) -> str:
    return ",".join("?" * len(values))


def _chunks(values: Iterable[object]) -> Iterator[list[object]]:
    chunk: list[object] = []
    for value in values:
        chunk.append(value)
        if len(chunk) == _CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


DOCS_OF_NAMES = (
    "SELECT a.doc_id, json_array_length(a.mentions), d.title, d.issuer, d.date "
    "FROM actors a JOIN documents d ON d.id = a.doc_id WHERE a.name IN ({})"
)
ALIASES_OF_NAMES = "SELECT alias, sum(n) FROM actor_aliases WHERE name IN ({}) GROUP BY alias"
DEMANDS_BY_NAMES = "SELECT id FROM demands WHERE by_name IN ({})"
DEMANDS_BY_ISSUERS = (
    "SELECT m.id FROM documents d JOIN demands m ON m.doc_id = d.id "
    "WHERE d.issuer IN ({}) AND m.by_name IS NULL"
)
DEMANDS_OF_NAMES = "SELECT demand_id FROM demand_targets WHERE name IN ({})"
TEXTS = "SELECT id, text, page_starts FROM documents WHERE id IN ({})"
MENTIONS = (
    # from the few documents asked for to their actors (actors_facets), not from every document
    # naming the actor: CROSS JOIN keeps that order, "+" keeps the name index out of it
    "SELECT a.doc_id, a.mentions FROM json_each(?) w CROSS JOIN actors a ON a.doc_id = w.value "
    "WHERE +a.name IN ({})"
)


def documents_naming(conn: sqlite3.Connection, names: Sequence[str]) -> list[DossierDocument]:
    """Documents naming any of these extracted names, with their mention counts."""
    found: dict[int, DossierDocument] = {}
    for chunk in _chunks(names):
        for row in conn.execute(DOCS_OF_NAMES.format(_marks(chunk)), chunk):
            doc = DossierDocument(row[0], row[2], row[3], row[4], row[1])
            if doc.doc_id in found:  # one document naming two merged names
                doc = DossierDocument(row[0], row[2], row[3], row[4], row[1] + found[doc.doc_id].mentions)
            found[doc.doc_id] = doc
    return list(found.values())


def aliases(conn: sqlite3.Connection, names: Sequence[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for chunk in _chunks(names):
        for alias, n in conn.execute(ALIASES_OF_NAMES.format(_marks(chunk)), chunk):
            counts[alias] = counts.get(alias, 0) + int(n)
    return counts


def demand_ids_by(conn: sqlite3.Connection, names: Sequence[str], issuers: Sequence[str]) -> set[int]:
    """Demands whose speaker is one of `names`, or with no speaker in a document one of
    `issuers` published."""
    ids: set[int] = set()
    for sql, values in ((DEMANDS_BY_NAMES, names), (DEMANDS_BY_ISSUERS, issuers)):
        for chunk in _chunks(values):
            ids.update(row[0] for row in conn.execute(sql.format(_marks(chunk)), chunk))
    return ids


def demand_ids_of(conn: sqlite3.Connection, names: Sequence[str]) -> set[int]:
    ids: set[int] = set()
    for chunk in _chunks(names):
        ids.update(row[0] for row in conn.execute(DEMANDS_OF_NAMES.format(_marks(chunk)), chunk))
    return ids


def mentions(
    conn: sqlite3.Connection, names: Sequence[str], doc_ids: Sequence[int]
) -> dict[int, list[tuple[int, int]]]:
    """The mention spans of these extracted names in each of these documents."""
    found: dict[int, list[tuple[int, int]]] = {}
    ids = json.dumps(list(doc_ids))
    for chunk in _chunks(names):
        for doc_id, raw in conn.execute(MENTIONS.format(_marks(chunk)), [ids, *chunk]):
            found.setdefault(doc_id, []).extend((int(s), int(e)) for s, e in json.loads(raw))
    return found


def texts(conn: sqlite3.Connection, doc_ids: Sequence[int]) -> Iterator[tuple[int, str, tuple[int, ...]]]:
    """(id, text, page starts) of documents, a chunk at a time."""
    for chunk in _chunks(doc_ids):
        for doc_id, text, pages in conn.execute(TEXTS.format(_marks(chunk)), chunk):
            yield doc_id, text, tuple(json.loads(pages))


# -- names by any alias, case-insensitively ------------------------------------------------

_NAME_LOOKUPS = (
    # surface forms seen in the texts ("Congress" for United States Congress)
    "SELECT DISTINCT name FROM actor_aliases WHERE alias = ? COLLATE NOCASE",
    "SELECT DISTINCT name FROM actors WHERE name = ? COLLATE NOCASE",
    "SELECT DISTINCT name FROM demand_targets WHERE name = ? COLLATE NOCASE",
    "SELECT DISTINCT by_name FROM demands WHERE by_name = ? COLLATE NOCASE",
)


def extracted_names_like(conn: sqlite3.Connection, text: str) -> set[str]:
    """Extracted names written `text` or seen written so in a text, whatever the case."""
    found: set[str] = set()
    for sql in _NAME_LOOKUPS:
        found.update(row[0] for row in conn.execute(sql, (text,)))
    return found


def canonical_names_like(conn: sqlite3.Connection, text: str) -> set[str]:
    """Names the user gave actors, written `text` whatever the case."""
    sql = "SELECT DISTINCT canonical FROM actor_overrides WHERE canonical = ? COLLATE NOCASE AND deleted = 0"
    return {row[0] for row in conn.execute(sql, (text,))}


def issuers_like(conn: sqlite3.Connection, text: str) -> set[str]:
    sql = "SELECT DISTINCT issuer FROM documents WHERE issuer = ? COLLATE NOCASE"
    return {row[0] for row in conn.execute(sql, (text,))}


# Documents per name and type from the covering index actors_facets, mentions per name from the
# alias counts (migration 8): the actors table's mention lists are never read.
ACTOR_DOCUMENTS = "SELECT name, type, count(*) FROM actors GROUP BY name, type"
ACTOR_MENTIONS = "SELECT name, sum(n) FROM actor_aliases GROUP BY name"


def actor_counts(conn: sqlite3.Connection) -> list[tuple[str, str, int, int]]:
    """(extracted name, type, documents, mentions) of every extracted actor (a name with two
    types in the texts is listed once per type, its mentions with the first)."""
    mentions = dict(conn.execute(ACTOR_MENTIONS).fetchall())
    out = []
    for name, type_, docs in conn.execute(ACTOR_DOCUMENTS):
        out.append((name, type_, int(docs), int(mentions.pop(name, 0) or 0)))
    return out
