"""What the fast query paths remember about each segment of the index, held by one object.

Reading a term's postings, a prefix's expansion or a field's lengths costs file reads; a search
asks for the same ones several times (the count, the ranked page, the next page, the snippets).
They are remembered per segment reader: a searcher refreshed after a commit keeps the readers of
its unchanged segments, and with them what was learnt of those segments.

A `SearcherState` belongs to one open index and is passed to every fast path; it is not a module
global, so two indexes open in one process never share or race over it. Its lock serialises the
fast paths' use of it: callers take `state.lock` around one query's work. It also carries that
query's deadline (index/deadline.py): a fast path calls `state.check_deadline()` where it can
stop cheaply (per segment, per term of an expansion, per block of postings).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from ..deadline import NEVER, Deadline

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
# decoded posting lists kept per open index: "of" alone is some 7.5 MB at 10,000 documents
DECODED_BYTES = 64 * 1024 * 1024


class Recent(Generic[K, V]):
    """A small least-recently-used map: `get(key, compute)` computes once, keeps `size` answers."""

    def __init__(self, size: int) -> None:
        self._size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, compute: Callable[[], V]) -> V:
        if key in self._items:
            self._items.move_to_end(key)
            return self._items[key]
        value = compute()
        self._items[key] = value
        if len(self._items) > self._size:
            self._items.popitem(last=False)
        return value


class SizedRecent(Generic[K, V]):
    """A least-recently-used map bounded in bytes: `put` keeps an answer of `size` bytes (as
    its caller estimates it), dropping the least recently used ones beyond `capacity`."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.held = 0  # bytes
        self._items: OrderedDict[K, tuple[V, int]] = OrderedDict()

    def get(self, key: K) -> V | None:
        found = self._items.get(key)
        if found is None:
            return None
        self._items.move_to_end(key)
        return found[0]

    def put(self, key: K, value: V, size: int) -> None:
        if size > self.capacity:  # it would push out everything else
            return
        old = self._items.pop(key, None)
        self.held += size - (old[1] if old is not None else 0)
        self._items[key] = (value, size)
        while self.held > self.capacity:
            _, (_, dropped) = self._items.popitem(last=False)
            self.held -= dropped


@dataclass(eq=False)
class SegmentCaches:
    """Everything remembered of one segment reader (sizes: see each use)."""

    # term → (docnums, weights): at most 12 bytes a posting, about 3 MB a 2,000-document segment
    postings: Recent[tuple[str, bytes], Any] = field(default_factory=lambda: Recent(128))
    # prefix → the terms it expands to
    expansions: Recent[tuple[str, bytes], list[bytes]] = field(default_factory=lambda: Recent(128))
    # the lexicon's prefix → the term file's entries under it: term → its stored TermInfo
    entries: Recent[tuple[str, bytes], dict[bytes, bytes] | None] = field(default_factory=lambda: Recent(128))
    # term → its TermInfo, None when absent (each look-up is several small reads of the term
    # index); about 200 bytes a term
    terminfos: Recent[tuple[str, bytes], Any] = field(default_factory=lambda: Recent(16 * 128))
    # term → document frequency (each look-up is several small reads of the term index)
    frequencies: Recent[tuple[str, bytes], int] = field(default_factory=lambda: Recent(16 * 128))
    # term → each posting block's last docnum and file offset (a few hundred bytes a term)
    blocks: Recent[tuple[str, bytes], Any] = field(default_factory=lambda: Recent(512))
    # phrase → its matches (the count, the ranked page and the next page each ask)
    phrases: Recent[tuple[Any, ...], Any] = field(default_factory=lambda: Recent(32))
    # field → every document's length, or its date column: read once per segment reader
    lengths: dict[str, list[Any]] = field(default_factory=dict)
    columns: dict[str, Any] = field(default_factory=dict)
    # date range → the documents within it (the count, the ranking and size estimates each ask)
    ranges: Recent[tuple[Any, ...], list[int]] = field(default_factory=lambda: Recent(32))
    # first letter → the body lexicon's terms starting with it ("did you mean")
    lexicon: dict[str, list[str]] = field(default_factory=dict)
    # field → its words by length (fuzzy terms, "did you mean"): about 40 bytes a word
    words: dict[str, dict[int, list[str]]] = field(default_factory=dict)


class SearcherState:
    """The caches of one open index, by segment reader (weakly: a reader dropped on refresh
    takes its caches with it)."""

    def __init__(self, decoded_bytes: int = DECODED_BYTES) -> None:
        self.lock = threading.RLock()
        # (segment's caches, field, term) → the term's decoded posting list (bulk_postings.py):
        # the small words of phrases ("of", "the") are read in full by every phrase holding
        # them. One bound for every segment; a segment's entries outlive it only until pushed out.
        self.decoded: SizedRecent[tuple[SegmentCaches, str, bytes], Any] = SizedRecent(decoded_bytes)
        self._segments: weakref.WeakKeyDictionary[Any, SegmentCaches] = weakref.WeakKeyDictionary()
        # (field, the segments' caches) → the words of all those segments by length (lexicon.py);
        # two: the searcher in use and the one before a refresh
        self.lexicons: Recent[tuple[str, tuple[SegmentCaches, ...]], dict[int, list[str]]] = Recent(2)
        self.deadline: Deadline = NEVER  # the current query's, set while it holds `lock`

    def check_deadline(self) -> None:
        """Raise QueryTooSlow if the current query's time is up."""
        self.deadline.check()

    def of(self, reader: Any) -> SegmentCaches:
        """The caches of one segment reader."""
        caches = self._segments.get(reader)
        if caches is None:
            caches = self._segments[reader] = SegmentCaches()
        return caches
