"""Versions of one statement, found as a document is stored: its sketch's bands are looked up in
the catalog (store/versions.py), the candidates whose sketches agree enough are compared word by
word (version_match.py), and a confirmed one makes the two one statement.

The work per document is a few indexed lookups and at most `MAX_COMPARED` alignments, whatever
the archive's size, so an import's time grows with the archive roughly linearly. Nothing is
deleted or merged: every version stays a document of its own, with its original.

Archives made before this are sketched once, on open (`sketch_stored`), with progress.
"""

from __future__ import annotations

import logging

from ..progress import OnProgress, no_progress
from ..store import catalog
from ..store import versions as stored
from .sketch import Sketch, estimated_similarity, sketch
from .version_match import MIN_ESTIMATED_SIMILARITY, same_statement

log = logging.getLogger(__name__)

# Candidates compared word by word per new document, the most alike first. A template release
# (a grant announced to one town after another) has hundreds of alike candidates; its true
# versions, when it has any, are among the most alike. An alignment costs 2–15 ms of CPU for a
# release of 300–1,500 words, 20–50 ms for a 4,000-word transcript (in the importing process).
MAX_COMPARED = 4
_BATCH = 200


def link(conn: catalog.Connection, doc_id: int, text: str, found: Sketch | None) -> int | None:
    """Store the document's sketch and join it to the statement of each stored document it is a
    version of (inside the caller's transaction); returns its statement's id, or None when it
    has no versions."""
    stored.save_sketch(conn, doc_id, found.values if found else None, found.bands if found else ())
    if found is None:
        return None
    alike = sorted(
        (
            (similarity, candidate.doc_id)
            for candidate in stored.candidates(conn, doc_id, found.bands)
            if (similarity := estimated_similarity(found.values, candidate.values))
            >= MIN_ESTIMATED_SIMILARITY
        ),
        reverse=True,
    )
    statement: int | None = None
    joined: set[int] = set()
    for _, other in alike[:MAX_COMPARED]:
        if other in joined:
            continue
        if same_statement(stored.text(conn, other), text):
            statement = stored.join(conn, (doc_id, other))
            joined.update(stored.members(conn, statement))
    return statement


def sketch_stored(conn: catalog.Connection, on_progress: OnProgress = no_progress) -> int:
    """Sketch every stored document that has no sketch yet and link its versions, with progress
    (an archive made before versions were detected); returns how many were sketched."""
    ids = stored.unsketched(conn)
    for start in range(0, len(ids), _BATCH):
        batch = ids[start : start + _BATCH]
        with catalog.transaction(conn):
            for doc_id in batch:
                text = stored.text(conn, doc_id)
                link(conn, doc_id, text, sketch(text))
        on_progress(start + len(batch), len(ids), "Finding versions of one statement")
    with catalog.transaction(conn):
        catalog.meta_set(conn, stored.SKETCHES_KEY, "done")
    if ids:
        log.info("Sketched %d stored documents and linked their versions", len(ids))
    return len(ids)
