"""Facet columns saved beside the index, so that an archive opens with its facets ready.

Building the columns from the catalog takes about 1.5 s of Python at 30,000 documents, on the
first facet count after opening, while searches typed meanwhile share the interpreter with it.
Saved, they load in milliseconds. They are derived data, like the index: `whoosh/facets.npz`,
read only when the catalog's change counter (migration 3, kept by triggers, so that every
process's writes count) is the one they were built at and the file's SHA-256 is the one the
catalog keeps for it (store/derived_checksums.py: a crafted file with a matching counter is
built again, not trusted), checked for consistency, never unpickled.
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Callable, Mapping
from pathlib import Path

import numpy as np

from .facet_columns import FACETS, Column, IdColumns

log = logging.getLogger(__name__)

SAVED_NAME = "facets.npz"
_FORMAT = 4  # bump when the saved layout or values change: older files are rebuilt (3: "by", 4: tags, stars)


Vouch = Callable[[int, str], bool]  # (changes, sha256) → recorded in the catalog


def save(columns: IdColumns, folder: Path, vouch: Vouch) -> None:
    """Write `folder/facets.npz` (atomically, owner-only) and have the catalog keep its
    checksum (`vouch`). Failing to is not an error: the columns are built again next time."""
    if columns.changes is None:
        return
    arrays: dict[str, np.ndarray] = {
        "format": np.array([_FORMAT, columns.changes], dtype=np.int64),
        "ids": columns.ids,
    }
    for name, column in columns.columns.items():
        text = "\x00".join(column.values).encode("utf-8", "surrogatepass")
        arrays[f"{name}.values"] = np.frombuffer(text, dtype=np.uint8)
        arrays[f"{name}.count"] = np.array([len(column.values)], dtype=np.int64)
        arrays[f"{name}.docs"] = column.docs.astype(np.int32)
        arrays[f"{name}.codes"] = column.codes.astype(np.int32)
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # numpy stubs: allow_pickle
    data = buffer.getvalue()
    partial = folder / (SAVED_NAME + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(data)
        os.replace(partial, folder / SAVED_NAME)
    except OSError as exc:  # a read-only or full disk: build them again next time
        log.info("facet columns not saved in %s: %s", folder, exc)
        partial.unlink(missing_ok=True)
        return
    vouch(columns.changes, hashlib.sha256(data).hexdigest())


def load(folder: Path, changes: int | None, vouched: tuple[int, str] | None) -> IdColumns | None:
    """The saved columns if they were built at `changes`, the catalog vouches for the file
    (`vouched`: the counter and checksum it keeps) and they hang together, else None."""
    path = folder / SAVED_NAME
    if changes is None or vouched is None or vouched[0] != changes or not path.is_file():
        return None
    try:
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != vouched[1]:
            log.warning(
                "facet columns in %s are not the ones the catalog vouches for; building them again", path
            )
            return None
        with np.load(io.BytesIO(data), allow_pickle=False) as saved:
            layout, built_at = saved["format"].tolist()
            if layout != _FORMAT or built_at != changes:
                return None
            ids = saved["ids"]
            columns = {name: _column(saved, name, len(ids)) for name in FACETS}
    except Exception as exc:  # a damaged file, whatever the damage: build them again
        log.warning("facet columns in %s unreadable (%s); building them again", path, exc)
        return None
    if any(column is None for column in columns.values()) or np.any(np.diff(ids) <= 0):
        log.warning("facet columns in %s inconsistent; building them again", path)
        return None
    return IdColumns(ids, {k: c for k, c in columns.items() if c is not None}, changes)


def _column(saved: Mapping[str, np.ndarray], name: str, rows: int) -> Column | None:
    text = saved[f"{name}.values"].tobytes().decode("utf-8", "surrogatepass")
    count = int(saved[f"{name}.count"][0])
    values = text.split("\x00") if count else []
    docs, codes = saved[f"{name}.docs"], saved[f"{name}.codes"]
    if len(values) != count or len(docs) != len(codes):
        return None
    if len(docs) and (docs.min() < 0 or docs.max() >= rows or codes.min() < 0 or codes.max() >= count):
        return None
    return Column(values, docs, codes)
