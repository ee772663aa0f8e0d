"""Finding actors and issuers by what a person types: the name shown, a name as extracted, or a
form seen in the texts ("Congress" for United States Congress), whatever the case."""

from __future__ import annotations

from ..store import actor_changes, dossier_queries
from ..store.actor_edits import ActorEdits
from ..store.catalog import Connection


def actors_named(conn: Connection, text: str) -> set[str]:
    """The names shown of the actors `text` names (empty when none)."""
    text = text.strip()
    if not text:
        return set()
    edits = ActorEdits.load(conn)
    found = {edits.name(n) for n in dossier_queries.extracted_names_like(conn, text) if not edits.hidden(n)}
    found |= dossier_queries.canonical_names_like(conn, text) | {text}
    # every actor it names: "congress" is also an actor of its own where the texts write it so
    return {name for name in found if actor_changes.extracted_names(conn, name)}


def issuers_named(conn: Connection, text: str) -> set[str]:
    return dossier_queries.issuers_like(conn, text.strip())
