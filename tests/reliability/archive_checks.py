"""Checks shared by the reliability tests: is an archive folder whole, consistent and searchable?"""

from __future__ import annotations

import hashlib
import random
import re
import sqlite3
from pathlib import Path

from advocacy_archive.index.archive import CATALOG, ORIGINALS, SCRATCH, Archive
from advocacy_archive.index.ingest.pipeline import text_fingerprint
from advocacy_archive.index.ingest.readers import read_file

_WORD = re.compile(r"[A-Za-z]{7,}")


def corpus_sample(corpus: Path, press: int, state: int, seed: int = 5) -> list[Path]:
    """A fixed, reproducible mix of small real documents: press releases (.txt) and State
    Department pages (.html); small ones, so that many kills fit in the CI budget."""
    rng = random.Random(seed)
    picked: list[Path] = []
    for folder, count in (("press-releases", press), ("us-state-dept", state)):
        files = sorted(p for p in (corpus / folder).iterdir() if p.is_file() and p.stat().st_size < 9000)
        picked += rng.sample(files, count)
    return picked


def distinct_texts(paths: list[Path]) -> int:
    """How many different texts the files hold (what a complete import must end up with)."""
    return len({text_fingerprint(read_file(p).text) for p in paths})


def integrity_ok(folder: Path) -> None:
    conn = sqlite3.connect(folder / CATALOG)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def originals_whole(folder: Path) -> int:
    """Every stored original's SHA-256 equals its name; returns how many there are."""
    count = 0
    for path in (folder / ORIGINALS).rglob("*"):
        if path.is_dir():
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert path.name.startswith(digest), f"partial or damaged original: {path}"
        assert path.parent.name == digest[:2], path
        count += 1
    return count


def distinctive_query(text: str, rng: random.Random) -> str | None:
    """Three of the longest words of a text: a query that finds it among few others."""
    # whole words only: "%20NewsArticles" in a URL is not the word "NewsArticles" to the index
    stripped = (token.strip(",.;:!?()[]\"'“”‘’") for token in text.split())
    found = {w for w in stripped if _WORD.fullmatch(w)}
    words = sorted(found, key=lambda w: (-len(w), w))[:12]
    if len(words) < 3:
        return None
    return " ".join(rng.sample(words, 3))


def assert_consistent(folder: Path, rng: random.Random, sample: int = 4) -> int:
    """The whole set of guarantees after a crash; returns the number of documents."""
    integrity_ok(folder)
    originals_whole(folder)
    with Archive.open(folder) as archive:  # repairs the index from the catalog if needed
        assert not list((folder / SCRATCH).glob("*.partial")), "partial files survived the open"
        conn = sqlite3.connect(folder / CATALOG)
        try:
            rows = conn.execute("SELECT id, sha256, size, title, text FROM documents").fetchall()
        finally:
            conn.close()
        listed = archive.search("", page_size=1000, all_versions=True)  # every document, versions too
        assert listed.total == len(rows)
        assert {hit.doc_id for hit in listed.hits} == {row[0] for row in rows}
        for doc_id, sha, size, title, text in rows:
            assert title.strip() and text.strip(), f"document {doc_id} is incomplete"
            original = archive.original_path(doc_id)
            data = original.read_bytes()
            assert len(data) == size and hashlib.sha256(data).hexdigest() == sha, original
        for doc_id, _, _, _, text in rng.sample(rows, min(sample, len(rows))):
            query = distinctive_query(text, rng)
            if query is None:
                continue
            found = archive.search(query, page_size=200, all_versions=True)
            assert doc_id in {hit.doc_id for hit in found.hits}, (doc_id, query)
        return len(rows)
