"""More like this: the documents most similar in content to one document, each with the key terms
they share with it as the reason, versions of the same statement left out.

The document's key terms (key_terms.py) become one ranked OR query, each term with all its forms
and boosted by its weight relative to the best term; the engine ranks by BM25F and says which
terms each match holds. Versions of the same statement are left out: those the import linked,
and, of the matches holding nearly all the key terms, those whose text shows they are
(same_statement.py).
"""

from __future__ import annotations

from ..engine import LikeMatch, WeightedWord
from ..errors import DocumentNotFound
from ..models import SimilarDocument, SimilarDocuments
from ..store import catalog
from ..store import versions as stored_versions
from .key_terms import KeyTerm, key_terms
from .results import SearchContext
from .same_statement import versions_among

SIMILAR = 10  # documents listed
VERSION_ROOM = 10  # more matches asked for than listed, for the versions left out
MAYBE_VERSION = 0.8  # share of the key terms a match must hold to be compared as a version
REASON_TERMS = 6  # shared terms given as a match's reason


def similar_documents(ctx: SearchContext, doc_id: int, limit: int = SIMILAR) -> SimilarDocuments:
    """The `limit` documents most like `doc_id`, best first. Raises DocumentNotFound."""
    limit = max(1, limit)
    return ctx.remember(("similar", doc_id, limit), lambda: _similar(ctx, doc_id, limit))


def _similar(ctx: SearchContext, doc_id: int, limit: int) -> SimilarDocuments:
    text = catalog.texts(ctx.conn, [doc_id]).get(doc_id)
    if text is None:
        raise DocumentNotFound(doc_id)
    terms = key_terms(text, ctx.searcher)
    if not terms:
        return SimilarDocuments(doc_id, (), ())
    best = terms[0].weight
    words = [WeightedWord(t.word, t.weight / best) for t in terms]
    found = ctx.searcher.like(words, limit=limit + VERSION_ROOM, exclude=[doc_id])
    matches = found.matches
    versions = _versions(ctx, doc_id, text, matches, len(found.asked))
    kept = [m for m in matches if m.doc_id not in versions][:limit]
    return SimilarDocuments(
        doc_id=doc_id,
        key_terms=tuple(t.word for t in terms),
        documents=_documents(ctx, kept, terms),
        versions=tuple(m.doc_id for m in matches if m.doc_id in versions),
    )


def _versions(ctx: SearchContext, doc_id: int, text: str, matches: list[LikeMatch], asked: int) -> set[int]:
    """The matches that are versions of the document's statement: those the import linked to it
    (store/versions.py), and those the text shows to be (same_statement.py: a statement quoted
    whole in an e-mail, say). Only matches holding nearly all the key terms asked for can be;
    the others' texts are never read."""
    linked = set(stored_versions.members(ctx.conn, stored_versions.statement_of(ctx.conn, doc_id)))
    known = {m.doc_id for m in matches if m.doc_id in linked}
    suspects = [m.doc_id for m in matches if m.doc_id not in known and len(m.shared) >= MAYBE_VERSION * asked]
    return known | (versions_among(ctx.conn, text, suspects) if suspects else set())


def _documents(
    ctx: SearchContext, matches: list[LikeMatch], terms: list[KeyTerm]
) -> tuple[SimilarDocument, ...]:
    rows = catalog.hit_rows(ctx.conn, [m.doc_id for m in matches])
    found = []
    for m in matches:
        if m.doc_id not in rows:  # gone from the catalog since the index was read
            continue
        title, issuer, date, fmt, _ = rows[m.doc_id]
        found.append(
            SimilarDocument(
                doc_id=m.doc_id,
                title=title,
                issuer=issuer,
                date=date,
                format=fmt,
                score=round(m.score, 4),
                shared_terms=tuple(terms[i].word for i in m.shared[:REASON_TERMS]),
            )
        )
    return tuple(found)
