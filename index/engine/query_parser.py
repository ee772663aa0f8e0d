"""Query text → a Whoosh query, with the fast paths' query classes in place.

The parser reads the query language the README documents (words, AND/OR/NOT, "phrases",
prefix*, fuzzy~, field:value, date ranges). Whoosh raises bare Exceptions for some inputs and
silently misreads others; both become a QuerySyntaxError a person can act on.
"""

from __future__ import annotations

from typing import Any

from whoosh import qparser, query

from ..errors import QuerySyntaxError
from .date_ranges import ColumnRange, use_columns
from .phrases import FastPhrase
from .state import SearcherState


def parser_for(schema: Any) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(["title", "body"], schema, phraseclass=FastPhrase)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    return parser


def parse(text: str, schema: Any, st: SearcherState) -> query.Query:
    """The query `text` asks for (an empty text: every document), its phrases and date ranges
    bound to the index's caches `st`. Raises QuerySyntaxError."""
    if not text.strip():
        return query.Every()
    try:
        q = parser_for(schema).parse(text)
    except Exception as exc:  # Whoosh raises bare Exceptions, e.g. for an unparseable date
        raise QuerySyntaxError(text, None, _explain(exc)) from None
    _check_terms(q, schema, text)
    return _bind(use_columns(q, schema), st)


def _bind(q: query.Query, st: SearcherState) -> query.Query:
    """Give every fast-path node the index's caches (set after Whoosh's own rewrites, which
    copy nodes)."""
    if isinstance(q, FastPhrase | ColumnRange):
        q.state = st
    for child in q.children():
        _bind(child, st)
    return q


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


def positive_leaves(q: query.Query) -> list[query.Query]:
    """The query's leaves that ask for something (not those under NOT)."""
    if isinstance(q, query.Not):
        return []
    if isinstance(q, query.AndNot):
        return positive_leaves(q.a)
    if q.is_leaf():
        return [q]
    return [leaf for child in q.children() for leaf in positive_leaves(child)]
