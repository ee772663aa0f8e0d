"""Query text → a Whoosh query, with the fast paths' query classes in place.

The parser reads the query language the README documents (words, AND/OR/NOT, "phrases",
prefix*, fuzzy~, field:value, date ranges). Whoosh raises bare Exceptions for some inputs and
silently misreads others; both become a QuerySyntaxError a person can act on.

Fuzzy words are bounded here, where the language is read: at most MAX_EDITS edits (`word~9`
took 9 s and 89 MB on 200 documents: Whoosh builds an automaton whose size grows steeply with
the distance) and at most MAX_FUZZY_WORDS of them in one query, anything more refused with a
hint before any index is read; and their first letters are kept (FUZZY_PREFIX): Whoosh's
parser drops even the one letter its FuzzyTerm keeps by default, and `refugee~2` took 3.0 s on
57 documents with any first letter, 0.09 s with the first kept; at 30,000 documents (a loaded
machine) `government~2` took 15.5 s keeping one letter, 4.8 s keeping two. Typos rarely touch
the first two letters.
"""

from __future__ import annotations

from typing import Any

from whoosh import qparser, query

from ..errors import QuerySyntaxError
from .date_ranges import ColumnRange, use_columns
from .phrases import FastPhrase
from .state import SearcherState

MAX_EDITS = 2  # edits a fuzzy word may differ by (a transposition counts as two)
MAX_FUZZY_WORDS = 4  # fuzzy words in one query
FUZZY_PREFIX = 2  # letters a fuzzy word keeps as typed, unless `word~2/3` asks for more


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
    _check_fuzzy(q, text)
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


def _check_fuzzy(q: query.Query, text: str) -> None:
    """Refuse edit distances over MAX_EDITS and more than MAX_FUZZY_WORDS fuzzy words; keep
    the first FUZZY_PREFIX letters of each (see module doc)."""
    fuzzy = [leaf for leaf in (q.leaves() if not q.is_leaf() else [q]) if isinstance(leaf, query.FuzzyTerm)]
    for leaf in fuzzy:
        # (never the whole word: Whoosh fails on a prefix as long as the word)
        leaf.prefixlength = min(max(leaf.prefixlength, FUZZY_PREFIX), max(len(leaf.text) - 1, 0))
        if leaf.maxdist > MAX_EDITS:
            start, end = getattr(leaf, "startchar", None), getattr(leaf, "endchar", None)
            typed = text[start:end] if start is not None and end is not None else leaf.text
            hint = (
                f"a fuzzy word may differ by at most {MAX_EDITS} letters: "
                f"write {typed}~{MAX_EDITS} (or {typed}~ for one)"
            )
            raise QuerySyntaxError(text, start, hint)
    # A word in no field is searched in the title and the body: one fuzzy word, two leaves.
    words = {(getattr(leaf, "startchar", None), leaf.text) for leaf in fuzzy}
    if len(words) > MAX_FUZZY_WORDS:
        hint = f"a query may hold at most {MAX_FUZZY_WORDS} fuzzy~ words; spell the others out"
        raise QuerySyntaxError(text, None, hint)


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
