"""Checks shared by the reliability tests: is an archive folder whole, consistent and searchable?"""

from __future__ import annotations

import hashlib
import json
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


# -- the index against the catalog, checked independently of the code that keeps them in step --

# Whoosh's default tokenizer, which the actor, target and issuer fields use (lower-cased).
_TOKEN = re.compile(r"\w+(?:\.?\w+)*")
NAME_SEPARATOR = " ; "  # how the index joins a document's names into one field


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _phrase_in(haystack: list[str], needle: list[str]) -> bool:
    size = len(needle)
    return bool(size) and any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


class CatalogView:
    """What the catalog says each document names, read with plain SQL (the user's actor edits
    applied as the README describes them): the expected answers of field searches and facets."""

    def __init__(self, folder: Path) -> None:
        conn = sqlite3.connect(folder / CATALOG)
        try:
            edits = {
                n: (c, t) for n, c, t in conn.execute("SELECT name, canonical, type FROM actor_overrides")
            }
            self.ids = {row[0] for row in conn.execute("SELECT id FROM documents")}
            self.actors: dict[int, set[str]] = {i: set() for i in self.ids}
            self.targets: dict[int, set[str]] = {i: set() for i in self.ids}
            self.raw_names: dict[str, int] = {}
            self.shown_names: dict[str, int] = {}  # as the user sees them, after their edits
            typed: dict[int, dict[str, str]] = {i: {} for i in self.ids}
            for doc_id, name, type_ in conn.execute(
                "SELECT doc_id, name, type FROM actors ORDER BY doc_id, id"
            ):
                canonical, new_type = edits.get(name, (None, None))
                self.actors[doc_id].add(canonical or name)
                typed[doc_id][canonical or name] = new_type or type_  # merged: the later row's type
                self.raw_names[name] = self.raw_names.get(name, 0) + 1
                self.shown_names[canonical or name] = self.shown_names.get(canonical or name, 0) + 1
            self.types = {doc_id: set(held.values()) for doc_id, held in typed.items()}
            # the user's reviews: a rejected demand's targets are no document's, a corrected
            # demand's are the user's
            reviewed = {
                (sha, start, end): (status, targets)
                for sha, start, end, status, targets in conn.execute(
                    "SELECT text_sha256, start, end, status, targets FROM demand_reviews"
                )
            }
            for doc_id, raw, sha, start, end in conn.execute(
                "SELECT m.doc_id, m.targets, d.text_sha256, m.start, m.end"
                " FROM demands m JOIN documents d ON d.id = m.doc_id"
            ):
                status, corrected = reviewed.get((sha, start, end), ("extracted", None))
                if status == "rejected":
                    continue
                for target in json.loads(corrected if corrected else raw):
                    self.targets[doc_id].add(edits.get(target, (None, None))[0] or target)
        finally:
            conn.close()

    def phrase_count(self, field: dict[int, set[str]], phrase: str) -> int:
        """Documents whose joined names hold `phrase` as the index's phrase query reads it."""
        needle = _tokens(phrase)
        return sum(
            1 for names in field.values() if _phrase_in(_tokens(NAME_SEPARATOR.join(sorted(names))), needle)
        )

    def exact_count(self, field: dict[int, set[str]], value: str) -> int:
        return sum(1 for values in field.values() if value in values)


def assert_index_matches_catalog(
    archive: Archive, folder: Path, names: list[str], rng: random.Random
) -> None:
    """The index (searches) and facets agree with the catalog (plain SQL) on every document and
    on the actors `names`, a few other actors, targets and actor types. `archive` is open."""
    view = CatalogView(folder)
    listed = archive.search("", page_size=max(1, len(view.ids)))
    assert {hit.doc_id for hit in listed.hits} == view.ids, "the index does not hold the catalog's documents"
    every_actor = sorted({n for names_ in view.actors.values() for n in names_})
    every_target = sorted({n for names_ in view.targets.values() for n in names_})
    chosen = list(dict.fromkeys(names + rng.sample(every_actor, min(6, len(every_actor)))))
    for name in chosen:
        expected = view.phrase_count(view.actors, name)
        found = archive.search(f'actor:"{name}"', page_size=1).total
        assert found == expected, (
            f"actor:{name!r} finds {found} documents, the catalog names it in {expected}"
        )
        in_facet = archive.search("", filters={"actor": [name]}, page_size=1).total
        assert in_facet == view.exact_count(view.actors, name), f"the actor facet miscounts {name!r}"
    for target in rng.sample(every_target, min(3, len(every_target))):
        expected = view.phrase_count(view.targets, target)
        assert archive.search(f'target:"{target}"', page_size=1).total == expected, target
    for kind in sorted({t for types in view.types.values() for t in types}):
        in_facet = archive.search("", filters={"actor_type": [kind]}, page_size=1).total
        assert in_facet == view.exact_count(view.types, kind), f"the actor type facet miscounts {kind!r}"
