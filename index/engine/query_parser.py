"""Query text → a Whoosh query, with the fast paths' query classes in place.

The parser reads the query language the README documents (words, AND/OR/NOT, "phrases",
prefix*, fuzzy~, field:value, date ranges). Whoosh raises bare Exceptions for some inputs and
silently misreads others; both become a QuerySyntaxError a person can act on.

The text fields hold words as written (analysis.py), so a parsed query is then read against the
index's words (lexicon.py): a word becomes its forms (`WordForms`), a quoted word stays itself
(`ExactTerm`), a fuzzy term becomes the words within its edits, a phrase's words their forms,
and small words ("the", "of") are dropped beside others outside phrases. An index of the
earlier, stemmed layout is searched as it was written (its schema says which it is).

Fuzzy words are bounded here, where the language is read: at most MAX_EDITS edits (`word~9` took
9 s and 89 MB on 200 documents with Whoosh's automaton; more edits than two also find unrelated
words) and at most MAX_FUZZY_WORDS of them in one query, anything more refused with a hint
before any index is read.
"""

from __future__ import annotations

from typing import Any

from whoosh import qparser, query
from whoosh.analysis import STOP_WORDS, StemFilter

from ..errors import QuerySyntaxError
from .date_ranges import ColumnRange, use_columns
from .forms_query import ExactTerm, WordForms
from .lexicon import MAX_EDITS, Lexicon
from .phrases import FastPhrase
from .schema import TEXT_FIELDS
from .state import SearcherState

MAX_FUZZY_WORDS = 4  # fuzzy words in one query


def parser_for(schema: Any) -> qparser.QueryParser:
    parser = qparser.MultifieldParser(["title", "body"], schema, phraseclass=FastPhrase)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    return parser


def parse(text: str, schema: Any, st: SearcherState, lexicon: Lexicon) -> query.Query:
    """The query `text` asks for (an empty text: every document), read against the index's
    words, its fast-path nodes bound to the index's caches `st`. Raises QuerySyntaxError."""
    if not text.strip():
        return query.Every()
    try:
        q = parser_for(schema).parse(text)
    except Exception as exc:  # Whoosh raises bare Exceptions, e.g. for an unparseable date
        raise QuerySyntaxError(text, None, _explain(exc)) from None
    _check_terms(q, schema, text)
    _check_fuzzy(q, text)
    if words_as_written(schema):
        q = _without_small_words(q).accept(lambda node: _read_words(node, lexicon))
    return _bind(use_columns(q, schema), st)


def words_as_written(schema: Any) -> bool:
    """Whether the index holds words as written (schema 4 on), not stems."""
    analyzer = schema["body"].analyzer if "body" in schema else None
    return analyzer is not None and not any(isinstance(item, StemFilter) for item in analyzer.items)


def _read_words(node: query.Query, lexicon: Lexicon) -> query.Query:
    """One node of the parsed query read against the index's words (see module doc)."""
    field = getattr(node, "fieldname", None)
    if field not in TEXT_FIELDS:
        return node
    kind = type(node)
    if kind is query.Term:
        return _located(WordForms(field, node.text, lexicon.forms(field, node.text), boost=node.boost), node)
    if kind is query.FuzzyTerm:
        near = [word for word, _ in lexicon.near(field, node.text, node.maxdist)]
        if not near:
            return _located(WordForms(field, node.text, (), boost=node.boost), node)
        return query.Or([ExactTerm(field, word) for word in near], boost=node.boost)
    if kind is FastPhrase:
        node.forms = [tuple(lexicon.forms(field, word)) or (word,) for word in node.words]
    return node


def _located(new: query.Query, old: query.Query) -> query.Query:
    """`new` where `old` stood in the query text (for "did you mean")."""
    new.startchar, new.endchar = getattr(old, "startchar", None), getattr(old, "endchar", None)
    return new


def _small(node: query.Query) -> bool:
    """A plain small word ("the", "of"), in one field or in several."""
    if type(node) is query.Term:
        return bool(node.text in STOP_WORDS)
    if type(node) is query.Or:
        return bool(node.subqueries) and all(_small(sub) for sub in node.subqueries)
    return False


def _without_small_words(q: query.Query) -> query.Query:
    """Small words dropped from a conjunction that holds other words: "the refugees of Syria"
    asks for refugees and Syria. Inside phrases they stay (their positions count)."""

    def drop(node: query.Query) -> query.Query:
        if type(node) is query.And:
            kept = [sub for sub in node.subqueries if not _small(sub)]
            if kept and len(kept) < len(node.subqueries):
                return kept[0] if len(kept) == 1 else query.And(kept, boost=node.boost)
        return node

    return q.accept(drop)


def _bind(q: query.Query, st: SearcherState) -> query.Query:
    """Give every fast-path node the index's caches (set after Whoosh's own rewrites, which
    copy nodes)."""
    if isinstance(q, FastPhrase | ColumnRange | WordForms):
        q.state = st
    for child in q.children():
        _bind(child, st)
    return q


def _check_terms(q: query.Query, schema: Any, text: str) -> None:
    """Whoosh parses date:"" as a term, then fails with a bare Exception when it searches."""
    for leaf in q.leaves() if not q.is_leaf() else [q]:
        if not isinstance(leaf, query.Term) or leaf.fieldname not in schema:
            continue
        try:
            schema[leaf.fieldname].to_bytes(leaf.text)
        except ValueError:
            continue  # Whoosh matches nothing for it
        except Exception as exc:
            raise QuerySyntaxError(text, None, _explain(exc)) from None


def _check_fuzzy(q: query.Query, text: str) -> None:
    """Refuse edit distances over MAX_EDITS and more than MAX_FUZZY_WORDS fuzzy words."""
    fuzzy = [leaf for leaf in (q.leaves() if not q.is_leaf() else [q]) if isinstance(leaf, query.FuzzyTerm)]
    for leaf in fuzzy:
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
