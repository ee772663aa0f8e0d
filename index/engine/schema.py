"""The index's schema and what it holds of each document: `IndexDocument`, the one form in which
the rest of the core hands a document to the engine, and how its text is analysed.

The schema version is recorded beside the index; an index of another version is rebuilt from
the catalog (`SearchIndex.open`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from whoosh import columns, fields
from whoosh.analysis import SimpleAnalyzer

from .. import dates
from .analysis import FastPostings, text_analyzer
from .packed_positions import packed

# 2: no spelling field; 3: pre-analysed text; 4: words as written; 5: `by`, who makes the
# demands; 6: each document's fingerprint (engine/search_index.py compares it with the catalog);
# 7: the user's note; 8: title and body positions packed (packed_positions.py)
INDEX_SCHEMA_VERSION = "8"
# Names joined into one TEXT field; the separator keeps a phrase from running across two names
# in the common case, since it is dropped by the tokenizer but never indexed as a word.
NAME_SEPARATOR = " ; "
# The fields a query may name (`title:`, `actor:` …), and those holding words as written.
FIELD_NAMES = ("title", "body", "issuer", "actor", "target", "by", "place", "format", "date", "note")
TEXT_FIELDS = ("title", "body", "note")


class PreAnalyzed:
    """The postings `field.index(text)` yields, computed in an import worker process, so the
    one index writer does not also tokenize and stem every document (the import's bottleneck)."""

    __slots__ = ("items",)

    def __init__(self, items: list[tuple[bytes, int, float, bytes]]) -> None:
        self.items = items

    def __reduce__(self) -> tuple[type, tuple[list[tuple[bytes, int, float, bytes]]]]:
        return (PreAnalyzed, (self.items,))


@dataclass(frozen=True)
class IndexDocument:
    """One catalog document as the index holds it: its searchable text and the names a query
    or facet can select (the user's actor edits already applied). `postings` are its title and
    body analysed in advance (`pre_analyse`), or None to analyse them when written."""

    doc_id: int
    title: str
    body: str
    issuer: str | None
    actors: tuple[str, ...]
    targets: tuple[str, ...]
    bys: tuple[str, ...]  # who makes its demands (a demand with no speaker: the issuer)
    place: str | None
    format: str
    date: str | None
    postings: Mapping[str, PreAnalyzed] | None = None
    note: str = ""  # the user's note on the document (store/marks.py), searched by `note:`

    def fields(self) -> dict[str, object]:
        """The Whoosh fields of the document."""
        found: dict[str, object] = {
            "id": str(self.doc_id),
            "title": self.title,
            "body": self.body,
            "issuer": self.issuer or "",
            "actor": NAME_SEPARATOR.join(sorted(set(self.actors))),
            "target": NAME_SEPARATOR.join(sorted(set(self.targets))),
            "by": NAME_SEPARATOR.join(sorted(set(self.bys))),
            "place": self.place or "",
            "format": self.format,
            "note": self.note,
        }
        when = parse_iso_date(self.date)
        if when is not None:
            found["date"] = when
        found["fp"] = self.fingerprint()
        found.update(self.postings or {})
        return found

    def fingerprint(self) -> bytes:
        """A digest of everything the index holds of the document, kept in a column beside it:
        comparing it with the catalog's version of the document tells whether the index holds
        that version (a check of the whole index reads one column instead of every posting)."""
        digest = hashlib.blake2b(digest_size=16)
        parts = (
            str(self.doc_id),
            self.title,
            self.issuer or "",
            "\x1e".join(sorted(set(self.actors))),
            "\x1e".join(sorted(set(self.targets))),
            "\x1e".join(sorted(set(self.bys))),
            self.place or "",
            self.format,
            self.date or "",
            self.note,
        )
        digest.update("\x1f".join(parts).encode("utf-8", "surrogatepass"))
        digest.update(hashlib.blake2b(self.body.encode("utf-8", "surrogatepass")).digest())
        return digest.digest()


def parse_iso_date(value: str | None) -> dt.datetime | None:
    """The day a stored date is indexed (and sorted) as: its first day ("2013-09" → 1 September),
    so `date:2013` and `date:2013-09` find a month-precise date (index/dates.py)."""
    day = dates.first_day(value)
    return dt.datetime(day.year, day.month, day.day) if day else None


class PreAnalyzableText(fields.TEXT):  # type: ignore[misc]  # whoosh is untyped
    """A TEXT field that takes either text or its PreAnalyzed postings; same index either way."""

    def index(self, value: object, **kwargs: object) -> Iterable[tuple[bytes, int, float, bytes]]:
        if isinstance(value, PreAnalyzed):
            return iter(value.items)
        return super().index(value, **kwargs)  # type: ignore[no-any-return]


def make_schema() -> fields.Schema:
    names = SimpleAnalyzer()
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        # Words as written (analysis.py); character offsets stored so that hits and snippets
        # never re-analyse the text; positions packed for the phrase matcher.
        title=packed(PreAnalyzableText(analyzer=text_analyzer(), field_boost=2.0)),
        body=packed(PreAnalyzableText(analyzer=text_analyzer(), chars=True)),
        issuer=fields.TEXT(analyzer=names),
        actor=fields.TEXT(analyzer=names),
        target=fields.TEXT(analyzer=names),
        by=fields.TEXT(analyzer=names),
        place=fields.TEXT(analyzer=names),
        format=fields.ID(),
        date=fields.DATETIME(sortable=True),
        fp=fields.COLUMN(columns.VarBytesColumn()),
        # The user's note: words as written, like the text, so `note:` finds a word's forms.
        note=fields.TEXT(analyzer=text_analyzer()),
    )


Analyse = Callable[[str], list[tuple[bytes, int, float, bytes]]]
# One analyser per field and per worker process: built on first use (the import pool's workers
# each build their own, from the same schema).
_ANALYSERS: dict[str, Analyse] = {}


def pre_analyse(title: str, text: str) -> dict[str, PreAnalyzed]:
    """Title and body postings, exactly as the writer would compute them itself."""
    if not _ANALYSERS:
        schema = make_schema()
        _ANALYSERS.update((name, _analyser(schema[name])) for name in ("title", "body"))
    return {"title": PreAnalyzed(_ANALYSERS["title"](title)), "body": PreAnalyzed(_ANALYSERS["body"](text))}


def _analyser(field: fields.FieldType) -> Analyse:
    """The one-pass analyser when it reproduces the field's analyzer, else Whoosh's own."""
    if FastPostings.supports(field):
        return FastPostings(field)
    return lambda text: list(field.index(text))
