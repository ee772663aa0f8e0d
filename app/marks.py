"""The one place the window reads and changes the user's marks on documents (tags, star, note).

Reads run on the read pool, changes on the one-thread writer pool (`app.workers`): a note is
written to the index as well, which takes a commit. Widgets ask through this object and redraw
from its signals, so the reader's mark bar, the results list and the facets agree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..index.models import DocumentMarks
from .workers import run_in_background

if TYPE_CHECKING:  # only for type hints: widgets get the archive from the window
    from ..index.archive import Archive


class MarksController(QObject):
    loaded = Signal(object)  # DocumentMarks read for a document
    changed = Signal(object)  # DocumentMarks after a change was saved
    tags_loaded = Signal(object)  # dict[str, int]: every tag with its number of documents
    failed = Signal(str)  # readable

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._archive = archive

    def set_archive(self, archive: Archive) -> None:
        self._archive = archive
        self.load_tags()

    def load(self, doc_id: int) -> None:
        """Read a document's marks (`loaded`)."""
        run_in_background(
            self._archive.marks, doc_id, on_success=self.loaded.emit, on_failure=self.failed.emit, parent=self
        )

    def load_tags(self) -> None:
        """Read every tag of the archive (`tags_loaded`), for completing a tag being typed."""
        run_in_background(
            self._archive.tags, on_success=self.tags_loaded.emit, on_failure=self.failed.emit, parent=self
        )

    def star(self, doc_id: int, starred: bool) -> None:
        archive = self._archive
        self._change(archive, lambda: archive.star(doc_id, starred))

    def tag(self, doc_id: int, *, add: Sequence[str] = (), remove: Sequence[str] = ()) -> None:
        archive, add, remove = self._archive, tuple(add), tuple(remove)
        self._change(archive, lambda: archive.tag(doc_id, add=add, remove=remove))

    def set_note(self, doc_id: int, note: str) -> None:
        archive = self._archive
        self._change(archive, lambda: archive.set_note(doc_id, note))

    def _change(self, archive: Archive, work: Callable[[], DocumentMarks]) -> None:
        """Save a change on the writer pool; `changed` when saved (unless the archive was
        switched meanwhile), and the archive's tags read again."""

        def saved(marks: DocumentMarks) -> None:
            if archive is self._archive:
                self.changed.emit(marks)
                self.load_tags()

        run_in_background(work, on_success=saved, on_failure=self.failed.emit, parent=self, writer=True)
