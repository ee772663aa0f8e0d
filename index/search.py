"""Search: one function that the CLI and the desktop app both call.

Whoosh finds and ranks; snippets and hit offsets come from the character offsets stored in the
index (never from re-analysing a document); facet counts come from a per-catalog cache of each
document's issuer, actors, targets, year and format, because Whoosh's own faceting over
multi-valued fields costs seconds (see NOTES.md).
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from whoosh import qparser, query, sorting
from whoosh.searching import Searcher

from index.bulk_postings import fast_weighting, values_of
from index.date_ranges import use_columns
from index.errors import QuerySyntaxError
from index.facets import FacetCache
from index.models import Hit, SearchResult, Span
from index.phrases import FastPhrase
from index.suggest import suggest_text, unknown_body_terms
from index.terms import count_docs, top_scored

SORTS = ("relevance", "date")
FACET_LIMIT = 100
SNIPPET_CHARS = 240
MAX_HIGHLIGHT_TERMS = 64
MAX_QUERY_CHARS = 2000
FIELD_NAMES = ("title", "body", "issuer", "actor", "target", "place", "format", "date")


@dataclass
class SearchContext:
    """What a search needs: a (reused) searcher, a catalog connection and the facet cache."""

    searcher: Searcher
    conn: sqlite3.Connection
    facets: FacetCache


def parser_for(schema: object) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(["title", "body"], schema, phraseclass=FastPhrase)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    return parser


def search(
    ctx: SearchContext,
    text: str,
    *,
    filters: Mapping[str, Sequence[str]] | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = 20,
    with_facets: bool = True,
) -> SearchResult:
    """A page of hits, the total, and (`with_facets`) the facet counts over every match.
    Without facets the answer does not wait for the facet table: a window shows the hits
    first and asks `facet_counts` next."""
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
    page, page_size = max(1, page), max(1, min(page_size, 1000))
    q = parse_query(ctx, text)
    key, allowed = _filtered(ctx, filters)
    matched = ctx.facets.remember(ctx.searcher, ("matched", text, key), lambda: _matched(ctx, q, allowed))
    total = len(matched)
    facets = _counts(ctx, text, key, matched) if with_facets else {}
    hits: tuple[Hit, ...] = ()
    if total:
        hits = _page_of_hits(ctx, q, allowed, sort, page, page_size)
    suggestion = suggest(ctx, q, text) if total == 0 or _has_unknown_term(ctx, q) else None
    return SearchResult(
        query=text,
        total=total,
        page=page,
        page_size=page_size,
        sort=sort,
        hits=hits,
        facets=facets,
        suggestion=suggestion,
    )


def facet_counts(
    ctx: SearchContext, text: str, *, filters: Mapping[str, Sequence[str]] | None = None
) -> dict[str, dict[str, int]]:
    """The facet counts of `search(text, filters)`: over every match, not just a page."""
    q = parse_query(ctx, text)
    key, allowed = _filtered(ctx, filters)
    matched = ctx.facets.remember(ctx.searcher, ("matched", text, key), lambda: _matched(ctx, q, allowed))
    return _counts(ctx, text, key, matched)


FilterKey = tuple[tuple[str, tuple[str, ...]], ...]


def _filtered(
    ctx: SearchContext, filters: Mapping[str, Sequence[str]] | None
) -> tuple[FilterKey, set[int] | None]:
    """The filters as a cache key, and the docnums they allow (None: no filter)."""
    wanted = filters or {}
    key = tuple(sorted((k, tuple(sorted(v))) for k, v in wanted.items() if v))
    allowed = ctx.facets.remember(
        ctx.searcher, ("allowed", key), lambda: ctx.facets.docnums_matching(ctx.searcher, wanted)
    )
    return key, allowed


def _matched(ctx: SearchContext, q: query.Query, allowed: set[int] | None) -> list[int]:
    """Every matching docnum the filters allow."""
    found = count_docs(ctx.searcher, q)
    if found is None:
        found = list(ctx.searcher.docs_for_query(q))
    return found if allowed is None else [d for d in found if d in allowed]


def _counts(ctx: SearchContext, text: str, key: FilterKey, matched: list[int]) -> dict[str, dict[str, int]]:
    return ctx.facets.remember(
        ctx.searcher, ("counts", text, key), lambda: ctx.facets.count(ctx.searcher, matched, FACET_LIMIT)
    )


# -- parsing ------------------------------------------------------------------------------


def parse_query(ctx: SearchContext, text: str) -> query.Query:
    check_syntax(text)
    if not text.strip():
        return query.Every()
    try:
        q = parser_for(ctx.searcher.schema).parse(text)
    except Exception as exc:  # Whoosh raises bare Exceptions, e.g. for an unparseable date
        raise QuerySyntaxError(text, None, _explain(exc)) from None
    _check_terms(q, ctx.searcher.schema, text)
    return use_columns(q, ctx.searcher.schema)


def _check_terms(q: query.Query, schema: Any, text: str) -> None:
    """Whoosh parses date:"" as a term, then fails with a bare Exception when it searches."""
    for leaf in q.leaves() if not q.is_leaf() else [q]:
        if type(leaf) is not query.Term or leaf.fieldname not in schema:
            continue
        try:
            schema[leaf.fieldname].to_bytes(leaf.text)
        except ValueError:
            continue  # Whoosh matches nothing for it
        except Exception as exc:
            raise QuerySyntaxError(text, None, _explain(exc)) from None


def _explain(exc: Exception) -> str:
    message = str(exc)
    if "parseable date" in message:
        return "a date must look like 2016, 2016-12 or 2016-12-31 (e.g. date:[2016-01-01 TO 2016-12-31])"
    return f"the query is not understood ({message})"


_PAIRS = {"(": ")", "[": "]", "{": "}"}


def check_syntax(text: str) -> None:
    """Catch what Whoosh silently misreads: unclosed quotes and brackets, runaway length."""
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(text[:40] + "…", None, f"a query may be at most {MAX_QUERY_CHARS} characters")
    stack: list[tuple[str, int]] = []
    quote_at: int | None = None
    for i, ch in enumerate(text):
        if quote_at is not None:
            if ch == '"':
                quote_at = None
            continue
        if ch == '"':
            quote_at = i
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _PAIRS.values():
            if not stack or _PAIRS[stack[-1][0]] != ch:
                hint = f"'{ch}' closes nothing; remove it or add its opening bracket"
                raise QuerySyntaxError(text, i, hint)
            stack.pop()
    if quote_at is not None:
        raise QuerySyntaxError(text, quote_at, 'this quotation mark is never closed; add a closing "')
    if stack:
        ch, at = stack[-1]
        raise QuerySyntaxError(text, at, f"'{ch}' is never closed; add '{_PAIRS[ch]}'")


# -- hits and snippets ----------------------------------------------------------------------


def _page_of_hits(
    ctx: SearchContext, q: query.Query, allowed: set[int] | None, sort: str, page: int, page_size: int
) -> tuple[Hit, ...]:
    ranked = _ranked(ctx, q, allowed, sort, page * page_size)
    window = ranked[(page - 1) * page_size : page * page_size]
    if not window:
        return ()
    ids = ctx.facets.doc_ids(ctx.searcher)
    doc_ids = [ids[docnum] for docnum, _ in window]
    rows = _hit_rows(ctx.conn, doc_ids)
    terms = matched_body_terms(ctx.searcher, q)
    spans_of = hit_spans_of(ctx.searcher, [docnum for docnum, _ in window], terms)
    hits = []
    for (docnum, score), doc_id in zip(window, doc_ids, strict=True):
        title, issuer, date, fmt, text = rows[doc_id]
        spans = spans_of[docnum]
        hits.append(
            Hit(
                doc_id=doc_id,
                title=title,
                issuer=issuer,
                date=date,
                format=fmt,
                score=round(float(score), 4),
                snippet=make_snippet(text, spans),
                hits=spans,
            )
        )
    return tuple(hits)


def _ranked(
    ctx: SearchContext, q: query.Query, allowed: set[int] | None, sort: str, limit: int
) -> list[tuple[int, float]]:
    """The best `limit` (docnum, score) pairs: in bulk (index/terms.py) when the query allows,
    else through Whoosh's collector."""
    weighting = fast_weighting(ctx.searcher)
    if sort == "relevance":
        top = top_scored(ctx.searcher, q, weighting, allowed, limit)
        if top is not None:
            return top
    kwargs: dict[str, object] = {"limit": limit}
    if allowed is not None:
        kwargs["filter"] = allowed
    if sort == "date":
        kwargs.update(sortedby=_newest_first(ctx.searcher.schema), reverse=True)
    collector = ctx.searcher.collector(**kwargs)
    context = ctx.searcher.context(weighting=weighting)
    ctx.searcher.search_with_collector(q, collector, context=context)
    return [(r.docnum, r.score or 0.0) for r in collector.results()]


def _newest_first(schema: Any) -> sorting.FacetType:
    """Dates, newest first, then the undated documents. Whoosh gives a document without a date
    the column's default, the largest number there is, which would put them first."""
    missing = schema["date"].default

    def undated_last(value: int) -> int:
        return -1 if value is None or value == missing else value

    return sorting.TranslateFacet(undated_last, sorting.FieldFacet("date"))


HitRow = tuple[str, str | None, str | None, str, str]


def _hit_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, HitRow]:
    marks = ",".join("?" * len(ids))
    sql = f"SELECT id, title, issuer, date, format, text FROM documents WHERE id IN ({marks})"
    rows = conn.execute(sql, ids)
    return {r[0]: r[1:] for r in rows}


def matched_body_terms(searcher: Searcher, q: query.Query) -> list[bytes]:
    """The body terms a query looks for (prefixes and fuzzy terms expanded), not under NOT."""
    terms: list[bytes] = []
    reader = searcher.reader()
    field = searcher.schema["body"]
    for leaf in _positive_leaves(q):
        if getattr(leaf, "fieldname", None) != "body":
            continue
        if isinstance(leaf, query.Term):
            terms.append(field.to_bytes(leaf.text))
        elif isinstance(leaf, query.Phrase):
            terms.extend(field.to_bytes(w) for w in leaf.words)
        elif isinstance(leaf, query.MultiTerm):
            for i, btext in enumerate(leaf._btexts(reader)):
                if i >= MAX_HIGHLIGHT_TERMS:
                    break
                terms.append(btext)
    return list(dict.fromkeys(terms))


def _positive_leaves(q: query.Query) -> list[query.Query]:
    if isinstance(q, query.Not):
        return []
    if isinstance(q, query.AndNot):
        return _positive_leaves(q.a)
    if q.is_leaf():
        return [q]
    return [leaf for child in q.children() for leaf in _positive_leaves(child)]


def hit_spans(searcher: Searcher, docnum: int, terms: list[bytes]) -> tuple[Span, ...]:
    return hit_spans_of(searcher, [docnum], terms)[docnum]


def hit_spans_of(searcher: Searcher, docnums: list[int], terms: list[bytes]) -> dict[int, tuple[Span, ...]]:
    """The stored character spans of `terms` in each of `docnums`, read segment by segment from
    the posting blocks holding those documents."""
    spans: dict[int, set[Span]] = {docnum: set() for docnum in docnums}
    decode = searcher.schema["body"].format.decode_characters
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        local = [d - offset for d in docnums if offset <= d < offset + reader.doc_count_all()]
        if not local:
            continue
        for btext in terms:
            if ("body", btext) not in reader:  # e.g. a term from a title-only match
                continue
            for docnum, value in values_of(reader, "body", btext, local).items():
                spans[docnum + offset].update((start, end) for _, start, end in decode(value))
    return {docnum: tuple(sorted(found)) for docnum, found in spans.items()}


_SPACE = re.compile(r"\s+")


def make_snippet(text: str, spans: Sequence[Span]) -> str:
    """A short passage around the densest run of hits, HTML-escaped, hits wrapped in <b>."""
    if not spans:
        start, end = 0, min(len(text), SNIPPET_CHARS)
    else:
        start, end = _best_window(text, spans)
    pieces: list[str] = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces.append(html.escape(_SPACE.sub(" ", text[cursor:s])))
        pieces.append("<b>" + html.escape(text[s:e]) + "</b>")
        cursor = e
    pieces.append(html.escape(_SPACE.sub(" ", text[cursor:end])))
    pieces.append("…" if end < len(text) else "")
    return "".join(pieces).strip()


def _best_window(text: str, spans: Sequence[Span]) -> Span:
    # Spans are sorted: a second index slides ahead of the first, linear instead of quadratic
    # (a long speech can hold hundreds of hits).
    best_first, best_count, last = 0, 0, 0
    for i, (s, _) in enumerate(spans):
        last = max(last, i)
        while last < len(spans) and spans[last][0] < s + SNIPPET_CHARS - 40:
            last += 1
        if last - i > best_count:
            best_first, best_count = i, last - i
    anchor = spans[best_first][0]
    start = max(0, anchor - 60)
    # Start at a word boundary so the snippet does not begin mid-word.
    while start > 0 and not text[start - 1].isspace() and anchor - start < 90:
        start -= 1
    end = min(len(text), start + SNIPPET_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < SNIPPET_CHARS + 30:
        end += 1
    return start, end


# -- suggestions --------------------------------------------------------------------------


def _has_unknown_term(ctx: SearchContext, q: query.Query) -> bool:
    return bool(unknown_body_terms(ctx.searcher, _positive_leaves(q)))


def suggest(ctx: SearchContext, q: query.Query, text: str) -> str | None:
    if not text.strip():
        return None
    try:
        return suggest_text(
            ctx.searcher, ctx.conn, lambda: ctx.facets.doc_ids(ctx.searcher), _positive_leaves(q), text
        )
    except Exception:  # a suggestion is a nicety; never let it break a search
        return None


def field_query(field: str, value: str) -> str:
    """A query string selecting `value` in `field`, quoted safely (for "documents naming X")."""
    cleaned = value.replace('"', " ").strip()
    return f'{field}:"{cleaned}"'
