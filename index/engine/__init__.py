"""The search engine adapter: the only package that imports Whoosh (an import-linter contract
in pyproject.toml holds every other module to that).

It is written against Whoosh-Reloaded exactly as pinned in pyproject.toml (`WHOOSH_VERSION`):
the fast query paths read Whoosh's on-disk posting blocks and private matcher attributes, so
another release could read them wrong without failing; `check_version()` refuses to run on one.

The interface the rest of the core uses — what a second engine would implement:

- `SearchIndex.open_or_create(folder) -> (index, created)`, `SearchIndex.create(folder)`,
  `SearchIndex.open_existing(folder)` (raises `IndexUnreadable`); `index.indexed_ids()` → the
  set of catalog document ids it holds; `index.close()`.
- Text fields hold words as written; a query word finds its forms (word_forms.py), a quoted
  word itself, a prefix or fuzzy term the words as written it matches (lexicon.py).
- Writing: `with index.writing() as w:` then `w.add(docs)`, `w.replace(docs)`, `w.delete(ids)`,
  `w.reflect(position)`; the block commits (then records the catalog position it reflects), or
  cancels on an exception. `index.feeder(n)` writes an import's batches on a thread of its own,
  committing every n documents. Documents are `IndexDocument`s (schema.py),
  built by one function outside the engine (search/index_documents.py); `pre_analyse(title,
  body)` analyses their text in an import worker ahead of time.
- Keeping in step with the catalog: `index.position()` → the `IndexPosition` (catalog id, change
  number) every document it holds reflects, or None; `index.record_position(p)`;
  `index.fingerprints()` → {id: IndexDocument.fingerprint()} of every document it holds;
  `index.clean_leftovers()` removes what a killed writer left; `SearchIndex.private_copy(folder)`
  for repairing where the archive cannot be written.
- Searching: `index.searcher()` → an `EngineSearcher` for the index as last committed (the same
  object until the next commit, so callers may key caches on it). `parse(text)` → `ParsedQuery`
  (raises QuerySyntaxError), `matching(q)` → numpy array of document ids, `ranked(q, allowed=,
  sort=, limit=)` → [(document id, score)], `hit_spans(q, ids)` → {id: ((start, end), …)} into
  each document's text, `has_unknown_word(q)`, `suggestion(q)` (the query with misspelt words
  corrected), `doc_count()`.
- More like this (like.py): `indexed_words(text)` → the words of a text as the index holds them,
  `word_key(word)` → what every form of a word shares, `SMALL_WORDS`; on a searcher
  `doc_frequencies(words)` and, cheaper, `estimated_frequencies(words)` → documents holding each
  word; `like([WeightedWord(word, weight)…], limit=, exclude=)` → [`LikeMatch`(document id, score,
  indices of the words it holds)], best first.
  Document ids are the catalog's; Whoosh's own numbering never leaves the engine.
"""

from .analysis import SMALL_WORDS, indexed_words
from .like import LikeMatch, LikeResult, WeightedWord
from .position import IndexPosition
from .schema import FIELD_NAMES, IndexDocument, PreAnalyzed, pre_analyse
from .search_index import IndexUnreadable, SearchIndex
from .searcher import EngineSearcher, ParsedQuery
from .version import WHOOSH_VERSION, check_version
from .word_forms import key as word_key

__all__ = [
    "FIELD_NAMES",
    "WHOOSH_VERSION",
    "EngineSearcher",
    "IndexDocument",
    "IndexPosition",
    "IndexUnreadable",
    "LikeMatch",
    "LikeResult",
    "ParsedQuery",
    "PreAnalyzed",
    "SMALL_WORDS",
    "SearchIndex",
    "WeightedWord",
    "check_version",
    "indexed_words",
    "pre_analyse",
    "word_key",
]

check_version()
