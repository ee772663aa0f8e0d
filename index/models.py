"""Plain frozen dataclasses that cross module boundaries (core ↔ CLI ↔ desktop app).

Offsets are always character offsets into the document text exactly as the catalog stores it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

# The reason given for a scan left unread because the user turned OCR off (ingest/readers/ocr.py)
OCR_TURNED_OFF = "OCR is turned off for this import"

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
    "page" (HTML meta), "header" (e-mail), "pdf-metadata" or "docx-metadata" (the properties).
    The document's date is chosen from this, its text and its name (ingest/record/document_dates.py).
    `page_starts` holds the character offset at which each page begins (PDF and images; empty
    otherwise). `ocr_pages` are the pages (from 1) whose text was read by OCR; `needs_ocr` is set
    when scanned pages were left unread because Tesseract is not installed.
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
    ocr_pages: tuple[int, ...] = ()
    needs_ocr: bool = False


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
    """Metadata read from the text itself (dateline, date line, language). `date` is one the
    text states (dateline, release line, a line of its own); `loose_date` one on a short line
    near the top among other words, weaker than a date in the file name."""

    title: str | None = None
    date: str | None = None
    loose_date: str | None = None
    place: str | None = None
    language: str | None = None
    word_count: int = 0


@dataclass(frozen=True)
class Document:
    """A document as the catalog holds it.

    `date` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (see index/dates.py), or None when undated;
    `date_source` and `title_source` say where each came from (index/document_dates.py,
    index/titles.py). `text_repairs` names what was repaired in the text before it was stored
    ("mojibake", "letter-spacing"; the original bytes are untouched). `file_modified` is the
    day of the file's modification time: shown beside an undated document, never its date.
    """

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
    title_source: str | None = None
    text_repairs: tuple[str, ...] = ()
    file_modified: str | None = None
    ocr_pages: tuple[int, ...] = ()  # pages (from 1) whose text was read by OCR
    url: str | None = None  # where it was published, when the user said (store/record_edits.py)

    @property
    def page_count(self) -> int:
        return len(self.page_starts)

    @property
    def text_source(self) -> str:
        """Where the text came from: "ocr" (every page read by OCR), "mixed" or "text"."""
        if not self.ocr_pages:
            return "text"
        return "ocr" if len(self.ocr_pages) >= max(self.page_count, 1) else "mixed"

    def page_at(self, offset: int) -> int | None:
        """1-based page number holding a character offset, or None when the format has no pages."""
        if not self.page_starts:
            return None
        page = 1
        for number, start in enumerate(self.page_starts, start=1):
            if start <= offset:
                page = number
        return page


def page_ranges(pages: tuple[int, ...] | list[int]) -> str:
    """Page numbers as a reader writes them: "page 3", "pages 2–5", "pages 1, 3–4"."""
    runs: list[list[int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][-1] + 1:
            runs[-1].append(page)
        else:
            runs.append([page])
    parts = [str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs]
    noun = "page" if len(pages) == 1 else "pages"
    return f"{noun} {', '.join(parts)}"


@dataclass(frozen=True)
class DemandRow:
    """A demand with the document it comes from, for archive-wide demand tables. `versions`:
    how many versions of the document's statement make this demand (counted once)."""

    doc_id: int
    doc_title: str
    doc_date: str | None
    issuer: str | None
    demand: Demand
    ref: str = ""  # how a review names it: "DOC:OFFSET" (document id, the demand's first character)
    status: str = "extracted"  # or "confirmed", "corrected", "rejected" (by the user's review)
    versions: int = 1

    @property
    def by(self) -> str | None:
        """Who makes the demand: its speaker, else the document's issuer."""
        return self.demand.by or self.issuer


@dataclass(frozen=True)
class Version:
    """One version of a statement (the same statement stored more than once: scraped twice,
    filed under two issuers, re-posted with a new footer; see ingest/versions.py)."""

    doc_id: int
    title: str
    issuer: str | None
    date: str | None
    source_path: str


@dataclass(frozen=True)
class DiffPiece:
    """A run of words of two versions' texts: in both ("same"), only in the first ("removed")
    or only in the second ("added")."""

    kind: str
    text: str


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
    versions: tuple[Version, ...] = ()  # every version of its statement, earliest first; () alone
    starred: bool = False  # the user's marks on the document (DocumentMarks)
    tags: tuple[str, ...] = ()

    @property
    def version_count(self) -> int:
        return max(1, len(self.versions))


@dataclass(frozen=True)
class SearchResult:
    """A page of results, with facet counts over the whole result set. A statement stored more
    than once is one hit (its best-ranked version) and counts once, in `total` and the facets,
    unless `all_versions`."""

    query: str
    total: int
    page: int
    page_size: int
    sort: str
    hits: tuple[Hit, ...] = ()
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    all_versions: bool = False


@dataclass(frozen=True)
class ImportOutcome:
    """What happened to one input file."""

    path: str
    status: str  # "imported" | "duplicate" | "failed" | "skipped"
    reason: str = ""
    doc_id: int | None = None
    needs_ocr: bool = False  # scanned pages or an image left unread: Tesseract is not installed
    # imported as a version of a statement already stored: that statement's id (ingest/versions.py)
    version_of: int | None = None


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

    @property
    def versions(self) -> tuple[ImportOutcome, ...]:
        """Files imported as versions of a statement the archive holds (nothing is dropped)."""
        return tuple(o for o in self.outcomes if o.status == "imported" and o.version_of is not None)

    @property
    def needs_ocr(self) -> tuple[ImportOutcome, ...]:
        """Files (failed, or imported without their scanned pages) that Tesseract would read."""
        return tuple(o for o in self.outcomes if o.needs_ocr)

    @property
    def ocr_turned_off(self) -> bool:
        """The scans were left unread because OCR was turned off, not for want of Tesseract."""
        return any(OCR_TURNED_OFF in o.reason for o in self.needs_ocr)


@dataclass(frozen=True)
class ArchiveStats:
    documents: int
    by_format: dict[str, int]
    actors: int
    demands: int
    issuers: int
    first_date: str | None  # the dated range; undated documents are counted apart
    last_date: str | None
    originals_bytes: int
    path: str
    undated: int = 0
    statements: int = 0  # different statements: a statement stored in several versions counts once


@dataclass(frozen=True)
class SavedSearch:
    """A search the user saved under a name: its query, facet filters and sort. `new_matches`
    counts the documents imported since it was last opened that it matches (None: not counted,
    or its query no longer parses)."""

    name: str
    query: str
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"
    created_at: str = ""
    opened_at: str | None = None
    seen_doc_id: int = 0
    new_matches: int | None = None


@dataclass(frozen=True)
class BatchQuery:
    """One query of a batch search and where it came from (`line`: its 1-based line in the
    pasted text or file, so a broken one can be reported by line)."""

    line: int
    text: str


@dataclass(frozen=True)
class BatchRow:
    """The answer to one query of a batch: how many documents match and the best few, or
    `error` (why the query cannot be searched; then `total` is 0)."""

    line: int
    query: str
    total: int = 0
    hits: tuple[Hit, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class BatchResult:
    """Every query of a batch search, in input order, with the facet filters applied to all."""

    rows: tuple[BatchRow, ...] = ()
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cancelled: bool = False

    @property
    def failed(self) -> tuple[BatchRow, ...]:
        return tuple(row for row in self.rows if row.error is not None)


@dataclass(frozen=True)
class EditRecord:
    """One edit the user made by hand, as the edit history lists it."""

    id: int
    at: str  # ISO 8601 with the time zone
    kind: str  # rename | merge | retype | split | delete | review
    summary: str
    undone_at: str | None = None


@dataclass(frozen=True)
class ActorSummary:
    """An actor as the user sees it across the archive, with the extracted names it stands for."""

    name: str
    type: str
    documents: int
    mentions: int
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class DossierDocument:
    doc_id: int
    title: str
    issuer: str | None
    date: str | None
    mentions: int


@dataclass(frozen=True)
class Quote:
    """What an actor is quoted as saying, where (character offsets of the quotation) and its
    citation: title, issuer, date and the PDF page."""

    doc_id: int
    title: str
    issuer: str | None
    date: str | None
    text: str
    start: int
    end: int
    page: int | None
    citation: str


@dataclass(frozen=True)
class TimelineBin:
    """One month ("2016-03") of an actor's or a demand group's timeline."""

    period: str
    documents: int = 0
    demands_by: int = 0
    demands_of: int = 0


@dataclass(frozen=True)
class Dossier:
    """Everything the archive holds about one actor (see `Archive.dossier`)."""

    name: str
    type: str
    aliases: tuple[tuple[str, int], ...]  # surface forms seen in the texts, with counts
    names: tuple[str, ...]  # the extracted names it stands for (more than one after a merge)
    documents: tuple[DossierDocument, ...]
    demands_by: tuple[DemandRow, ...]
    demands_of: tuple[DemandRow, ...]
    quotes: tuple[Quote, ...]
    quotes_from: int  # the newest documents the quotations were looked for in
    co_actors: tuple[tuple[str, int], ...]  # actors most often named with it, by documents
    first_seen: str | None
    last_seen: str | None
    timeline: tuple[TimelineBin, ...]


@dataclass(frozen=True)
class DemandGroup:
    """Demands asking the same thing of the same target across documents (index/dossier/grouping.py)."""

    key: str
    targets: tuple[str, ...]
    wording: str  # a representative wording of the action
    members: tuple[DemandRow, ...]  # oldest first
    by_counts: tuple[tuple[str, int], ...]  # who made it, how often, most often first
    timeline: tuple[TimelineBin, ...]

    @property
    def first(self) -> DemandRow:
        return self.members[0]

    @property
    def last(self) -> DemandRow:
        return self.members[-1]


@dataclass(frozen=True)
class CheckProblem:
    """One thing `check` found wrong with an archive. `area` is "catalog", "originals",
    "index", "facets" or "leftovers"; `what` is one line fit for a person; `repaired` says
    whether `check --repair` fixed it (else `remedy` says what can)."""

    area: str
    what: str
    repaired: bool = False
    remedy: str = ""
    doc_ids: tuple[int, ...] = ()
    path: str | None = None


@dataclass(frozen=True)
class CheckReport:
    """What `check` verified and found (see CheckProblem)."""

    path: str
    documents: int
    originals: int
    problems: tuple[CheckProblem, ...] = ()
    repair: bool = False
    cancelled: bool = False

    @property
    def remaining(self) -> tuple[CheckProblem, ...]:
        """Problems not repaired."""
        return tuple(p for p in self.problems if not p.repaired)

    @property
    def ok(self) -> bool:
        return not self.remaining and not self.cancelled


@dataclass(frozen=True)
class SimilarDocument:
    """A document like another in content. `shared_terms` are the other's key terms it holds
    too (in some form), most telling first: the reason it is listed."""

    doc_id: int
    title: str
    issuer: str | None
    date: str | None
    format: str
    score: float
    shared_terms: tuple[str, ...]


@dataclass(frozen=True)
class SimilarDocuments:
    """The documents most like `doc_id`, best first. `key_terms` are what that document is most
    about (by tf-idf), most telling first; `versions` are documents left out as versions of the
    same statement (nearly the same text), which are not "similar documents"."""

    doc_id: int
    key_terms: tuple[str, ...]
    documents: tuple[SimilarDocument, ...]
    versions: tuple[int, ...] = ()


@dataclass(frozen=True)
class DocumentMarks:
    """The user's own marks on a document: tags, a star and a free-text note. They are user
    data: re-extraction, reindexing, re-import and backup/restore keep them."""

    doc_id: int
    tags: tuple[str, ...] = ()
    starred: bool = False
    note: str = ""
