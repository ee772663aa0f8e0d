"""The peer: tantivy (BM25 with Snowball's English stemmer, its `en_stem` tokenizer) on the same
catalog rows as FTS5, built after the import in the same run, and searched the way an
application using it would answer our result page: the first 20 hits with the total, a snippet
of each from the stored body (SnippetGenerator), and facet counts by aggregations.

It is an optional benchmark dependency (`pip install -e '.[bench]'`), never a runtime one:
without it the benchmark says so and leaves its columns out.

Each kind of query is translated into tantivy's own queries, not its query parser (whose
default is OR and which has no fuzzy syntax): words are stemmed by the same chain as `en_stem`
and asked in title (boost 2, as ours and FTS5 weigh it) or body; phrases are phrase queries
(small words keep their positions: `en_stem` drops none); prefixes are regex queries over the
stems the index holds; `word~` is a fuzzy term query over them, one edit, a transposition
costing one. What still differs from our page: tantivy scores title and body as two BM25 fields
summed (ours: BM25F), counts four facets (issuer, actor, year, format; ours six), and its
SnippetGenerator knows only plain terms, so prefix and fuzzy hits get no highlighted snippet.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from benchmarks.queries import Query

try:
    import tantivy
except ImportError:  # optional: the benchmark goes on without the peer
    tantivy = None

MISSING = "tantivy is not installed (pip install -e '.[bench]'): the peer's columns are left out"
PAGE = 20
SNIPPET_CHARS = 240  # as ours (index/search/snippets.py)
FACET_LIMIT = 100
TITLE_BOOST = 2.0
NAME_SEPARATOR = " ; "  # how fts5.catalog_rows joins a document's actor names
NAME_FIELDS = {"issuer": "issuer_words", "actor": "actor_words"}  # words of names, unstemmed
FACET_FIELDS = ("issuer", "actor", "year", "format")
FACETS = {name: {"terms": {"field": name, "size": FACET_LIMIT}} for name in FACET_FIELDS}


def available() -> bool:
    return tantivy is not None


def _schema():  # noqa: ANN202 (tantivy is optional, so its types are not named here)
    sb = tantivy.SchemaBuilder()
    sb.add_integer_field("id", stored=True, indexed=True, fast=True)
    sb.add_text_field("title", tokenizer_name="en_stem")
    sb.add_text_field("body", stored=True, tokenizer_name="en_stem")  # stored for snippets
    # issuer:/actor: queries read names as ours do (lower-cased words, no stemming) …
    sb.add_text_field("issuer_words", tokenizer_name="default")
    sb.add_text_field("actor_words", tokenizer_name="default")
    # … and facets count and filter whole values (raw, columnar)
    for name in FACET_FIELDS:
        sb.add_text_field(name, fast=True, tokenizer_name="raw")
    sb.add_integer_field("day", indexed=True, fast=True)  # yyyymmdd, for date ranges
    return sb.build()


def day_number(date: str | None) -> int | None:
    """A stored date ("2013", "2013-09", "2013-09-24") as its first day, yyyymmdd."""
    if not date:
        return None
    parts = (date[:10].split("-") + ["01", "01"])[:3]
    try:
        return int(parts[0]) * 10000 + int(parts[1]) * 100 + int(parts[2])
    except ValueError:
        return None


def _document(row: tuple):  # noqa: ANN202
    doc_id, title, text, issuer, actors, date, fmt = row
    names = [a for a in actors.split(NAME_SEPARATOR) if a]
    fields: dict[str, object] = {
        "id": doc_id,
        "title": title or "",
        "body": text or "",
        "issuer_words": issuer,
        "actor_words": actors,
        "issuer": issuer,
        "year": (date or "")[:4] or "undated",
        "format": fmt,
    }
    if names:
        fields["actor"] = names
    day = day_number(date)
    if day is not None:
        fields["day"] = day
    return tantivy.Document(**fields)


def build(folder: Path, rows: list[tuple]) -> tuple[float, float]:
    """Index `rows` (fts5.catalog_rows) into a fresh index in `folder`; returns (seconds, MB).
    One indexing thread, as FTS5 has."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    start = time.perf_counter()
    index = tantivy.Index(_schema(), path=str(folder))
    writer = index.writer(256_000_000, 1)
    for row in rows:
        writer.add_document(_document(row))
    writer.commit()
    writer.wait_merging_threads()
    seconds = time.perf_counter() - start
    return seconds, sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 2**20


def _analyzer(*, stem: bool):  # noqa: ANN202
    """Tantivy's own chains for queries: "default" (names), or "en_stem" (title and body)."""
    chain = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
    chain = chain.filter(tantivy.Filter.lowercase())
    return (chain.filter(tantivy.Filter.stemmer("english")) if stem else chain).build()


class TantivySearcher:
    """First page with snippets, the total, and facet counts, per query (see module doc)."""

    def __init__(self, folder: Path) -> None:
        self.index = tantivy.Index.open(str(folder))
        self.schema = self.index.schema
        self.searcher = self.index.searcher()
        chain = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(tantivy.Filter.remove_long(40))
        self._words = chain.filter(tantivy.Filter.lowercase()).build()  # tokenizer "default"
        stemming = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple()).filter(
            tantivy.Filter.remove_long(40)
        )
        self._stems = (
            stemming.filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("english")).build()
        )

    def search(self, q: Query) -> tuple[list[int], int]:
        """Returns (ids of the first page, total)."""
        query = self.translate(q)
        found = self.searcher.search(query, limit=PAGE, count=True)
        snippets = tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body")
        snippets.set_max_num_chars(SNIPPET_CHARS)
        ids = []
        for _, address in found.hits:
            doc = self.searcher.doc(address)
            ids.append(doc["id"][0])
            snippets.snippet_from_doc(doc).to_html()
        if found.count:
            self.searcher.aggregate(query, FACETS)
        return ids, found.count

    def matching(self, q: Query, limit: int) -> list[int]:
        """Up to `limit` matching ids, best first (for reading what the engines disagree on)."""
        found = self.searcher.search(self.translate(q), limit=limit, count=False)
        return [self.searcher.doc(address)["id"][0] for _, address in found.hits]

    def stems(self, text: str) -> list[str]:
        """The words of `text` as the title and body fields hold them."""
        return list(self._stems.analyze(text))

    def snippets(self, q: Query, ids: list[int]) -> dict[int, str]:
        """Each document's snippet for `q`, HTML with the matched words in <b>…</b>."""
        query = self.translate(q)
        generator = tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body")
        generator.set_max_num_chars(SNIPPET_CHARS)
        out = {}
        for doc_id in ids:
            (_, address), *_ = self.searcher.search(
                tantivy.Query.term_query(self.schema, "id", doc_id), 1
            ).hits
            out[doc_id] = generator.snippet_from_doc(self.searcher.doc(address)).to_html()
        return out

    # --- each kind of query in tantivy's own queries ---------------------------------------

    def translate(self, q: Query):  # noqa: ANN201
        Q, must = tantivy.Query, tantivy.Occur.Must
        if q.kind in ("phrase", "actor"):
            parts = [self._phrase(q.field, q.words[0])]
        elif q.kind == "prefix":
            parts = [self._text_fields(lambda f: Q.regex_query(self.schema, f, re.escape(q.words[0]) + ".*"))]
        elif q.kind == "fuzzy":
            parts = [self._text_fields(lambda f: Q.fuzzy_term_query(self.schema, f, q.words[0], 1, True))]
        else:  # term, typo, terms, title, issuer, date, facet: every word, in any form
            parts = [self._word(q.field, word) for word in q.words]
        if q.kind == "date":
            low, high = (day_number(p) for p in q.params)
            parts.append(Q.range_query(self.schema, "day", tantivy.FieldType.Integer, low, high))
        for name, values in q.filters.items():
            parts.append(Q.term_set_query(self.schema, name, list(values)))
        return parts[0] if len(parts) == 1 else Q.boolean_query([(must, p) for p in parts])

    def _text_fields(self, make):  # noqa: ANN001, ANN202
        """Title (boosted as ours and FTS5 boost it) or body."""
        should = tantivy.Occur.Should
        title = tantivy.Query.boost_query(make("title"), TITLE_BOOST)
        return tantivy.Query.boolean_query([(should, title), (should, make("body"))])

    def _over(self, field: str, make):  # noqa: ANN001, ANN202
        """`make(field)` for a named field (title:, issuer:, actor:), else for title or body."""
        return make(NAME_FIELDS.get(field, field)) if field else self._text_fields(make)

    def _tokens(self, field: str, text: str) -> list[str]:
        return (self._words if field in NAME_FIELDS else self._stems).analyze(text)

    def _word(self, field: str, word: str):  # noqa: ANN202
        token = self._tokens(field, word)[0]
        return self._over(field, lambda f: tantivy.Query.term_query(self.schema, f, token))

    def _phrase(self, field: str, words: str):  # noqa: ANN202
        tokens = self._tokens(field, words)

        def make(f: str):  # noqa: ANN202
            if len(tokens) == 1:
                return tantivy.Query.term_query(self.schema, f, tokens[0])
            return tantivy.Query.phrase_query(self.schema, f, tokens)

        return self._over(field, make)
