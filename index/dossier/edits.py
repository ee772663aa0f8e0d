"""Edits by hand as units the archive writes, records in the edit history and re-indexes:
actor renames, merges, retypes, splits and deletions, and demand reviews. Each names the
documents whose index entries it changes, so only those are indexed again."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from ..errors import ArchiveError
from ..models import DemandRow, EditRecord
from ..store import actor_changes, edit_history, reviews
from ..store.catalog import Connection
from ..store.demand_rows import find_reviewed

REVIEW_STATUSES = ("confirmed", "rejected", "corrected", "extracted")


class DemandNotFound(ArchiveError):
    def __init__(self, ref: str) -> None:
        super().__init__(
            f"There is no demand {ref!r} in this archive: a demand is named DOCUMENT:OFFSET, "
            "as `advocacy-archive demands` prints it (e.g. 12:1534)."
        )
        self.ref = ref


@dataclass(frozen=True)
class Edit:
    kind: str
    summary: str
    undo: edit_history.Undo
    docs: list[int]


def actor_edit(conn: Connection, change: actor_changes.Change) -> Edit:
    undo = edit_history.Undo(overrides=change.before, reviews=[])
    return Edit(change.kind, change.summary, undo, actor_changes.docs_of_names(conn, change.names))


def parse_ref(ref: str) -> tuple[int, int]:
    doc, sep, offset = ref.strip().partition(":")
    if not sep or not doc.isdigit() or not offset.isdigit():
        raise DemandNotFound(ref)
    return int(doc), int(offset)


def find_demand(conn: Connection, ref: str) -> tuple[DemandRow, reviews.Reviewed]:
    found = find_reviewed(conn, *parse_ref(ref))
    if found is None:
        raise DemandNotFound(ref)
    return found


def review_edit(
    conn: Connection,
    ref: str,
    status: str,
    *,
    by: str | None = None,
    targets: Sequence[str] | None = None,
    action: str | None = None,
) -> Edit:
    """Confirm, reject, correct or restore ("extracted": as extracted) the demand `ref`."""
    if status not in REVIEW_STATUSES:
        raise ArchiveError(f"A review is one of {', '.join(REVIEW_STATUSES)}, not {status!r}.")
    row, reviewed = find_demand(conn, ref)
    if status == "corrected" and by is None and targets is None and action is None:
        raise ArchiveError("A correction says what to change: by, targets or action.")
    key = reviewed.review_key
    before = reviews.review_row(conn, key)
    if status == "corrected" and before is not None and before[3] == "corrected":
        # a second correction keeps what the first changed and this one does not
        by = by if by is not None else before[4]
        targets = targets if targets is not None else _json_list(before[5])
        action = action if action is not None else before[6]
    reviews.write_review(conn, key, status, reviewed.demand, by=by, targets=targets, action=action)
    words = {
        "confirmed": "Confirmed",
        "rejected": "Rejected",
        "corrected": "Corrected",
        "extracted": "Restored",
    }
    summary = f"{words[status]} demand {row.ref}: {row.by or '?'} → {', '.join(row.demand.targets) or '—'}: "
    summary += _short(row.demand.action)
    docs = [r[0] for r in conn.execute("SELECT id FROM documents WHERE text_sha256 = ?", (key[0],))]
    return Edit("review", summary, edit_history.Undo(overrides={}, reviews=[(key, before)]), docs)


def _json_list(raw: object) -> list[str] | None:
    return list(json.loads(raw)) if isinstance(raw, str) else None


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def undo_edit(conn: Connection) -> tuple[EditRecord, list[int]] | None:
    done = edit_history.undo_last(conn)
    if done is None:
        return None
    record, undo = done
    docs = set(actor_changes.docs_of_names(conn, undo.overrides))
    for key, _ in undo.reviews:
        docs.update(r[0] for r in conn.execute("SELECT id FROM documents WHERE text_sha256 = ?", (key[0],)))
    return record, sorted(docs)
