"""The user's reviews of demands: confirmed, rejected (hidden everywhere, restorable) or corrected
(by, targets, action), applied in this one place wherever a document's demands are read back.

A review is keyed by its document's text (SHA-256) and the demand's span, not by row or document
id, so it survives re-extraction, re-import and a backup restored elsewhere. When re-extraction
moves a demand's span, a review still applies to the demand overlapping it; a confirmed or
corrected demand that re-extraction no longer finds at all is kept, from the copy the review
holds (`original`).
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..models import Demand

STATUSES = ("extracted", "confirmed", "corrected", "rejected")
ReviewKey = tuple[str, int, int]  # text SHA-256, start, end


@dataclass(frozen=True)
class Review:
    key: ReviewKey
    status: str  # confirmed | corrected | rejected
    by: str | None
    targets: tuple[str, ...] | None
    action: str | None
    original: Demand
    reviewed_at: str

    def applied(self, demand: Demand) -> Demand:
        """`demand` with this review's corrections."""
        if self.status != "corrected":
            return demand
        return replace(
            demand,
            by=self.by if self.by is not None else demand.by,
            targets=self.targets if self.targets is not None else demand.targets,
            target_spans=() if self.targets is not None else demand.target_spans,
            action=self.action if self.action is not None else demand.action,
        )


@dataclass(frozen=True)
class Reviewed:
    """One demand of a document as the user sees it: `review_key` is the review that applies
    (or the key a new review would take)."""

    demand: Demand
    status: str
    review_key: ReviewKey


_COLUMNS = "text_sha256, start, end, status, by_name, targets, action, original, reviewed_at"


def _review(row: tuple) -> Review:  # type: ignore[type-arg]
    sha, start, end, status, by, targets, action, original, at = row
    raw = json.loads(original)
    raw["targets"] = tuple(raw["targets"])
    raw["target_spans"] = tuple(tuple(s) for s in raw["target_spans"])
    return Review(
        key=(sha, start, end),
        status=status,
        by=by,
        targets=tuple(json.loads(targets)) if targets is not None else None,
        action=action,
        original=Demand(**raw),
        reviewed_at=at,
    )


def _rows(conn: sqlite3.Connection, where: str = "", args: tuple[str, ...] = ()) -> list[tuple]:  # type: ignore[type-arg]
    try:
        return conn.execute(f"SELECT {_COLUMNS} FROM demand_reviews {where}", args).fetchall()
    except sqlite3.OperationalError:  # a read-only catalog of an older schema: no reviews yet
        return []


def reviews_of(conn: sqlite3.Connection, text_sha256: str) -> list[Review]:
    return [_review(r) for r in _rows(conn, "WHERE text_sha256 = ?", (text_sha256,))]


def all_reviews(conn: sqlite3.Connection) -> dict[str, list[Review]]:
    found: dict[str, list[Review]] = {}
    for row in _rows(conn):
        review = _review(row)
        found.setdefault(review.key[0], []).append(review)
    return found


def apply_reviews(sha: str, demands: Sequence[Demand], reviews: Sequence[Review]) -> list[Reviewed]:
    """A document's extracted demands (text `sha`) with its reviews applied, rejected ones
    included (marked), in text order."""
    if not reviews:
        return [Reviewed(d, "extracted", (sha, d.start, d.end)) for d in demands]
    exact = {r.key: r for r in reviews}
    unused = dict(exact)
    out: list[Reviewed] = []
    for demand in demands:
        review = exact.get((sha, demand.start, demand.end))
        if review is None or review.key not in unused:
            review = next((r for r in unused.values() if _overlaps(r.key, demand)), None)
        if review is None:
            out.append(Reviewed(demand, "extracted", (sha, demand.start, demand.end)))
            continue
        del unused[review.key]
        out.append(Reviewed(review.applied(demand), review.status, review.key))
    for review in unused.values():  # re-extraction lost it: keep what the user vouched for
        if review.status in ("confirmed", "corrected"):
            out.append(Reviewed(review.applied(review.original), review.status, review.key))
    out.sort(key=lambda r: (r.demand.start, r.demand.end))
    return out


def _overlaps(key: ReviewKey, demand: Demand) -> bool:
    return key[1] < demand.end and demand.start < key[2]


# -- writing --------------------------------------------------------------------------------


def review_row(conn: sqlite3.Connection, key: ReviewKey) -> tuple | None:  # type: ignore[type-arg]
    """The stored row of a review (for the edit history's undo), or None."""
    row: tuple | None = conn.execute(  # type: ignore[type-arg]
        f"SELECT {_COLUMNS} FROM demand_reviews WHERE text_sha256 = ? AND start = ? AND end = ?", key
    ).fetchone()
    return row


def put_row(conn: sqlite3.Connection, key: ReviewKey, row: Sequence[object] | None) -> None:
    """Put a review's row back as it was (None: no review)."""
    conn.execute("DELETE FROM demand_reviews WHERE text_sha256 = ? AND start = ? AND end = ?", key)
    if row is not None:
        conn.execute(f"INSERT INTO demand_reviews ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?)", tuple(row))


def write_review(
    conn: sqlite3.Connection,
    key: ReviewKey,
    status: str,
    original: Demand,
    *,
    by: str | None = None,
    targets: Iterable[str] | None = None,
    action: str | None = None,
) -> None:
    """Record a review (status "extracted": forget the review, the demand is as extracted)."""
    if status == "extracted":
        put_row(conn, key, None)
        return
    raw = {
        "by": original.by,
        "targets": list(original.targets),
        "target_spans": [list(s) for s in original.target_spans],
        "action": original.action,
        "kind": original.kind,
        "sentence": original.sentence,
        "start": original.start,
        "end": original.end,
    }
    at = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    row = (
        *key,
        status,
        by,
        json.dumps(list(targets)) if targets is not None else None,
        action,
        json.dumps(raw),
        at,
    )
    put_row(conn, key, row)
