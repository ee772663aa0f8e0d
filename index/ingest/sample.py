"""The bundled sample archive: real statements that may ship (see resources/sample/ATTRIBUTION.md),
imported on first use into the user's data folder so the installed package stays read-only."""

from __future__ import annotations

from ..archive import Archive
from ..locations import resource_path, sample_archive_dir
from ..progress import CancelFlag, OnProgress, no_progress


def open_sample_archive(on_progress: OnProgress = no_progress, cancel: CancelFlag | None = None) -> Archive:
    """Open the sample archive, importing the bundled documents the first time, and finding
    their actors and demands again when an earlier release found them (the sample shows what
    the installed rules do; edits made in it are kept)."""
    archive = Archive.open(sample_archive_dir())
    if archive.is_empty():
        archive.import_paths([resource_path("sample", "documents")], on_progress=on_progress, cancel=cancel)
    elif archive.extraction_outdated:
        archive.reextract(on_progress=on_progress, cancel=cancel)
    return archive
