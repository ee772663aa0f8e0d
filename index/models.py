"""Plain frozen dataclasses that cross module boundaries (core ↔ CLI ↔ desktop app).

Offsets are always character offsets into the document text exactly as the catalog stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

ACTOR_TYPES: tuple[str, ...] = (
    "state",
    "government",
    "armed_force",
    "armed_group",
    "igo",
    "ngo",
    "legislature",
    "party",
    "person",
    "population",
    "media",
    "place",
    "other",
)

DEMAND_KINDS: tuple[str, ...] = (
    "call_on",
    "obligation",
    "imperative",
    "call_for",
    "self_exhortation",
    "passive",
)


@dataclass(frozen=True)
class Attachment:
    """A file carried inside another (an e-mail attachment), imported as its own document."""

    name: str
    data: bytes


@dataclass(frozen=True)
class ReadResult:
    """What a format reader gets out of one file, before extraction.

    `date` is ISO 8601 (YYYY-MM-DD) or None; `date_source` says where it came from:
    "page" (HTML meta), "header" (e-mail), "pdf-metadata", "docx-metadata", "text" (found in the
    text) or "file-mtime" (only the file's modification time was known).
    `page_starts` holds the character offset at which each page begins (PDF only; empty otherwise).
    `issuer_hint` is an organisation named by the file's own metadata (page publisher, sender).
    `source_url` is the address a saved web page gives for itself (its publisher is known by it).
    """

    text: str
    format: str
    title: str | None = None
    date: str | None = None
    date_source: str | None = None
    issuer_hint: str | None = None
    author: str | None = None
    source_url: str | None = None
    page_starts: tuple[int, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actor:
    """One actor named in a document, with every mention of it."""

    name: str
    type: str
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Demand:
    """One call to action: `by` asks `targets` to do `action` (kind: see DEMAND_KINDS)."""

    by: str | None
    targets: tuple[str, ...]
    target_spans: tuple[Span, ...]
    action: str
    kind: str
    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything extraction finds in one text."""

    issuer: str | None = None
    actors: tuple[Actor, ...] = ()
    demands: tuple[Demand, ...] = ()


@dataclass(frozen=True)
class TextMetadata:
    """Metadata read from the text itself (dateline, date line, language)."""

    title: str | None = None
    date: str | None = None
    place: str | None = None
    language: str | None = None
    word_count: int = 0


@dataclass(frozen=True)
class Document:
    """A document as the catalog holds it."""

    id: int
    sha256: str
    title: str
    issuer: str | None
    date: str | None
    date_source: str | None
    place: str | None
    language: str | None
    word_count: int
    source_path: str
    format: str
    text: str
    page_starts: tuple[int, ...] = ()
    parent_id: int | None = None
    imported_at: str = ""
    size: int = 0

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding a character offset, or None when the format has no pages."""
        if not self.page_starts:
            return None
        page = 1
        for number, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = number
        return page


@dataclass(frozen=True)
class DemandRow:
    """A demand with the document it comes from, for archive-wide demand tables."""

    doc_id: int
    doc_title: str
    doc_date: str | None
    issuer: str | None
    demand: Demand


@dataclass(frozen=True)
class Hit:
    """One search result. `snippet` is HTML-escaped text whose matched terms are wrapped in <b>…</b>;
    `hits` are the character offsets of every matched term in the document text."""

    doc_id: int
    title: str
    issuer: str | None
    date: str | None
    format: str
    score: float
    snippet: str
    hits: tuple[Span, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """A page of results, with facet counts over the whole result set."""

    query: str
    total: int
    page: int
    page_size: int
    sort: str
    hits: tuple[Hit, ...] = ()
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one input file."""

    path: str
    status: str  # "imported" | "duplicate" | "failed" | "skipped"
    reason: str = ""
    doc_id: int | None = None


@dataclass(frozen=True)
class ImportReport:
    outcomes: tuple[ImportOutcome, ...] = ()
    cancelled: bool = False

    def of(self, status: str) -> tuple[ImportOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == status)

    @property
    def imported(self) -> tuple[ImportOutcome, ...]:
        return self.of("imported")

    @property
    def duplicates(self) -> tuple[ImportOutcome, ...]:
        return self.of("duplicate")

    @property
    def failed(self) -> tuple[ImportOutcome, ...]:
        return self.of("failed") + self.of("skipped")


@dataclass(frozen=True)
class ArchiveStats:
    documents: int
    by_format: dict[str, int]
    actors: int
    demands: int
    issuers: int
    first_date: str | None
    last_date: str | None
    originals_bytes: int
    path: str
