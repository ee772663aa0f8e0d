"""Which state of the catalog the index reflects: its position in the catalog's change log.

The catalog logs every change that alters what the index holds (store/change_log.py), each with
a growing number. After each commit, the index records beside itself the catalog it belongs to
and the last change number its documents reflect, and the Whoosh generation that commit made
(`whoosh/POSITION`, written atomically). The file is written after the commit: a crash in between
leaves an older position, and replaying changes already in the index does no harm.

The generation guards the other way round: if the index is older than the generation its position
names (a commit lost, an old copy of the folder put back), the position is not believed.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from .storage import write_private

log = logging.getLogger(__name__)

POSITION_FILE = "POSITION"


@dataclass(frozen=True)
class IndexPosition:
    """Every document the index holds reflects catalog `catalog` as of its change `change`
    (which documents it holds is checked separately, by id)."""

    catalog: str
    change: int


def write_position(folder: Path, position: IndexPosition, generation: int) -> None:
    body = {"catalog": position.catalog, "change": position.change, "generation": generation}
    write_private(folder / POSITION_FILE, json.dumps(body).encode())


def read_position(folder: Path, generation: int) -> IndexPosition | None:
    """The recorded position, or None when there is none, it is damaged, or it names a later
    generation than the index's `generation`."""
    try:
        body = json.loads((folder / POSITION_FILE).read_bytes())
        position = IndexPosition(str(body["catalog"]), int(body["change"]))
        recorded = int(body["generation"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("the index position in %s is unreadable (%s); checking the whole index", folder, exc)
        return None
    if recorded > generation:
        log.warning("the index in %s is older than its recorded position; checking it whole", folder)
        return None
    return position
