"""The user's edits of actors — renames, merges (a rename onto an existing name), retypes and
deletions — applied in this one place wherever extracted names are read back: the document
panels, the demand tables, the facets, the dossiers and the index. Extraction results are stored
as extracted, so re-extraction never loses an edit.

The table maps each extracted name straight to the name shown: a rename of a shown name moves
every extracted name shown under it (store/actor_changes.py), so there are never chains to follow.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field

# extracted name → (name the user gave it or None, type the user gave it or None, deleted)
Override = tuple[str | None, str | None, bool]


@dataclass(frozen=True)
class ActorEdits:
    """Extracted name → the user's override of it (see `Override`)."""

    table: dict[str, Override] = field(default_factory=dict)

    @classmethod
    def load(cls, conn: sqlite3.Connection) -> ActorEdits:
        rows = conn.execute("SELECT name, canonical, type, deleted FROM actor_overrides")
        return cls({n: (c, t, bool(d)) for n, c, t, d in rows})

    def __bool__(self) -> bool:
        return bool(self.table)

    def actor(self, name: str, type_: str) -> tuple[str, str]:
        """An extracted actor's name and type as the user wants them."""
        canonical, new_type, _ = self.table.get(name, (None, None, False))
        return canonical or name, new_type or type_

    def hidden(self, name: str) -> bool:
        """True when the user deleted the actor this extracted name stands for."""
        return name in self.table and self.table[name][2]

    def name(self, name: str) -> str:
        """An extracted name (a demand's by or target) as the user wants it."""
        canonical = self.table.get(name, (None, None, False))[0]
        return canonical or name

    def names(self, names: Iterable[str]) -> list[str]:
        """Extracted names as the user wants them, deleted actors left out."""
        if not self.table:
            return list(names)
        return [self.name(n) for n in names if not self.hidden(n)]

    def by(self, name: str | None) -> str | None:
        """A demand's speaker as the user wants it (None when unknown or deleted)."""
        if not name or self.hidden(name):
            return None
        return self.name(name)
