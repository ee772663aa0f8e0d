"""Search counting statements, not copies: matches mapped to their statements (store/versions.py),
ranked hits collapsed so that a statement's best-ranked version stands for it, and the
statement of each matched document for the facets to count once (facets.py).

Only documents with versions carry a statement in the catalog; every other document is its own.
The map is read once per state of the catalog (a few thousand rows at most, one indexed query)
and applied with numpy, so a search without versions pays a lookup and nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..store import catalog
from ..store import versions as stored


@dataclass(frozen=True, eq=False)
class Shared:
    """Matched documents that are versions of one statement with another match (`ids`), and
    their `statements`."""

    ids: np.ndarray
    statements: np.ndarray

    @property
    def spare(self) -> int:
        """How many matches are further versions of a statement another match stands for."""
        return len(self.statements) - len(np.unique(self.statements))


@dataclass(frozen=True, eq=False)
class StatementMap:
    """Documents with versions (`ids`, ascending) and their statements."""

    ids: np.ndarray
    statements: np.ndarray

    @classmethod
    def load(cls, conn: catalog.Connection) -> StatementMap:
        rows = stored.grouped(conn)
        ids = np.array([d for d, _ in rows], dtype=np.int64)
        statements = np.array([s for _, s in rows], dtype=np.int64)
        return cls(ids, statements)

    @property
    def empty(self) -> bool:
        return not len(self.ids)

    def of(self, doc_ids: np.ndarray) -> np.ndarray:
        """The statement of each of `doc_ids` (a document without versions: its own id)."""
        doc_ids = np.asarray(doc_ids, dtype=np.int64)
        if self.empty or not len(doc_ids):
            return doc_ids.copy()
        at = np.searchsorted(self.ids, doc_ids).clip(0, len(self.ids) - 1)
        found = self.ids[at] == doc_ids
        return np.where(found, self.statements[at], doc_ids)

    def shared(self, doc_ids: np.ndarray) -> Shared:
        """Those of `doc_ids` that share their statement with another of them, and those
        statements (a binary search per id in the few documents that have versions)."""
        doc_ids = np.asarray(doc_ids, dtype=np.int64)
        if self.empty or not len(doc_ids):
            return Shared(doc_ids[:0], doc_ids[:0])
        at = np.searchsorted(self.ids, doc_ids).clip(0, len(self.ids) - 1)
        found = self.ids[at] == doc_ids
        ids, statements = doc_ids[found], self.statements[at[found]]
        unique, counts = np.unique(statements, return_counts=True)
        keep = np.isin(statements, unique[counts > 1])
        return Shared(ids[keep], statements[keep])

    def collapse(self, ranked: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
        """The ranked (id, score) pairs with each statement's best-ranked version only."""
        if self.empty:
            return list(ranked)
        statements = self.of(np.array([doc_id for doc_id, _ in ranked], dtype=np.int64)).tolist()
        seen: set[int] = set()
        kept = []
        for pair, statement in zip(ranked, statements, strict=True):
            if statement not in seen:
                seen.add(statement)
                kept.append(pair)
        return kept
