"""The user's edits of actors — renames, merges (a rename onto an existing name) and retypes —
applied in this one place wherever extracted names are read back: the document panels, the
demand tables, the facets and the index. Extraction results are stored as extracted, so
re-extraction never loses an edit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ActorEdits:
    """Extracted name → (name the user gave it or None, type the user gave it or None)."""

    table: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> ActorEdits:
        return cls(
            {n: (c, t) for n, c, t in conn.execute("SELECT name, canonical, type FROM actor_overrides")}
        )

    def __bool__(self) -> bool:
        return bool(self.table)

    def actor(self, name: str, type_: str) -> tuple[str, str]:
        """An extracted actor's name and type as the user wants them."""
        canonical, new_type = self.table.get(name, (None, None))
        return canonical or name, new_type or type_

    def name(self, name: str) -> str:
        """An extracted name (a demand's by or target) as the user wants it."""
        canonical = self.table.get(name, (None, None))[0]
        return canonical or name

    def names(self, names: Iterable[str]) -> list[str]:
        return [self.name(n) for n in names] if self.table else list(names)
