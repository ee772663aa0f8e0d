"""The per-file work of an import: read the format, find metadata, extract actors and demands.

It is a pure function of the file's bytes, so it can run in a worker process, where its time
and memory are bounded (a hostile file may make a parser loop or balloon); the parent process
alone writes to the archive.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import signal
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType

from ..engine import PreAnalyzed, pre_analyse
from ..errors import ImportFailed
from ..extract import extract
from ..models import Document, Extraction, ReadResult, TextMetadata
from .metadata import read_text_metadata
from .readers import ocr, read_file
from .readers.html import page_source, parse_html
from .readers.limits import Unreadable
from .record.document_dates import UNDATED, DocumentDate, choose_date
from .record.text_repair import repair_pages, repair_text
from .record.titles import Title, choose_title
from .sketch import Sketch, sketch

SECONDS_PER_FILE = 60
MEMORY_PER_WORKER = 2 * 1024**3


@dataclass(frozen=True)
class Analysed:
    """Everything learnt from one file, ready to store. `read.text` is the repaired text
    (index/text_repair.py), which every offset in `extraction` and `postings` points into."""

    read: ReadResult
    meta: TextMetadata
    extraction: Extraction
    text_sha256: str
    postings: dict[str, PreAnalyzed] | None = None  # title and body, analysed for the index
    title: Title = Title("", "stand-in")
    date: DocumentDate = UNDATED
    text_repairs: tuple[str, ...] = ()
    sketch: Sketch | None = None  # for finding versions of one statement (ingest/versions.py)


def analyse(path: Path, data: bytes, *, for_index: bool = False) -> Analysed:
    """Read one file and extract from it (and, `for_index`, analyse it for the search index).
    Raises ImportFailed with a one-line reason."""
    read, repairs = _repaired(read_file(path, data))
    if not read.text.strip() and read.attachments:
        # A message that only carries files: keep it, so its attachments stay linked to it.
        names = ", ".join(a.name for a in read.attachments)
        read = replace(read, text=f"{read.title or path.name}\n\nAttachments: {names}")
    if not read.text.strip():
        raise ImportFailed(path, "no text could be found in this file")
    title = choose_title(read, path)
    meta = read_text_metadata(read.text, title.text)
    date = choose_date(
        text=read.text, name=path.name, own=read.date, own_source=read.date_source, dateline=meta.date
    )
    extraction = extract(
        read.text,
        title=title.text,
        issuer_hint=read.issuer_hint,
        source_name=path.name,
        source_url=read.source_url,
    )
    analysed = Analysed(
        read=read,
        meta=meta,
        extraction=extraction,
        text_sha256=text_fingerprint(read.text),
        title=Title(title.text[:500], title.source),
        date=date,
        text_repairs=repairs,
        sketch=sketch(read.text),
    )
    if for_index:
        analysed = replace(analysed, postings=pre_analyse(analysed.title.text, read.text))
    return analysed


def _repaired(read: ReadResult) -> tuple[ReadResult, tuple[str, ...]]:
    """The reader's text and title with mojibake and letter-spacing repaired (before extraction,
    so that every offset points into the repaired text), and what was repaired."""
    repaired, starts = repair_pages(read.text, read.page_starts)
    title = repair_text(read.title).text if read.title else read.title
    if not repaired.repairs and title == read.title:
        return read, ()
    return replace(read, text=repaired.text, page_starts=starts, title=title), repaired.repairs


def reextract(doc: Document, original: Path | None) -> Extraction:
    """Extraction again over a stored text, with the metadata its genre's conventions read: the
    file's name, and for a web page the publisher and address in the stored original (the page's
    head only; the text stays the catalog's)."""
    publisher = url = None
    if doc.format == "html" and original is not None:
        try:
            publisher, url = page_source(parse_html(original.read_bytes()))
        except (OSError, Unreadable):
            pass  # the stored text is still worth extracting from
    return extract(
        doc.text,
        title=doc.title,
        issuer_hint=publisher,
        source_name=Path(doc.source_path).name,
        source_url=url,
    )


_WS = re.compile(r"\s+")


def text_fingerprint(text: str) -> str:
    """Same words in the same order → same fingerprint, whatever the file name or line breaks."""
    return hashlib.sha256(_WS.sub(" ", text).strip().encode("utf-8")).hexdigest()


# -- the bounded worker -------------------------------------------------------------------


class _TimedOut(Exception):
    pass


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimedOut()


def init_worker(importer_pid: int | None = None) -> None:
    """Runs once in each worker process: cap its memory so a bomb fails instead of swapping,
    and leave when the importing process is gone."""
    import resource

    if importer_pid is not None:
        threading.Thread(target=_exit_without, args=(importer_pid,), daemon=True).start()

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_PER_WORKER if hard == resource.RLIM_INFINITY else min(MEMORY_PER_WORKER, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.signal(signal.SIGALRM, _on_alarm)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl+C and cancels
    # A worker has no log file; without this, logging's last-resort handler would print every
    # damaged file's warning and traceback on the CLI's stderr. The reason travels back in the
    # ImportFailed outcome instead.
    logging.getLogger().setLevel(logging.ERROR)


def _exit_without(importer_pid: int) -> None:
    """A worker waits on its task queue for ever if the importer is killed (and keeps the fork
    server, ~170 MB, alive with it): look every second, and exit once the importer is gone."""
    while True:
        time.sleep(1)
        try:
            os.kill(importer_pid, 0)
        except (ProcessLookupError, PermissionError):  # gone, or its number taken by another user
            os._exit(0)


def analyse_bounded(path: str, data: bytes, ocr_on: bool = True) -> Analysed | ImportFailed:
    """In a worker process: `analyse_safely` under a time limit (SIGALRM, set up by init_worker)."""
    signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_FILE)
    try:
        return analyse_safely(path, data, ocr_on)
    except _TimedOut:
        return ImportFailed(path, f"reading took longer than {SECONDS_PER_FILE} s; the file may be malformed")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def analyse_safely(path: str, data: bytes, ocr_on: bool = True) -> Analysed | ImportFailed:
    """`analyse`, with every failure returned (not raised) so that it pickles cleanly; scans
    are read by OCR only when `ocr_on`."""
    try:
        with ocr.enabled(ocr_on):
            return analyse(Path(path), data, for_index=True)
    except ImportFailed as exc:  # of its own class: NeedsOcr must stay NeedsOcr
        return type(exc)(exc.path, exc.reason)
    except MemoryError:
        return ImportFailed(path, "reading needed more memory than allowed; the file may be malformed")
    except RecursionError:
        return ImportFailed(path, "the file is nested too deeply to read")
    except Exception as exc:  # a reader bug must cost one file, never the import
        return ImportFailed(path, f"could not be read ({type(exc).__name__}: {exc})"[:300])


def preload() -> None:
    """Runs in the fork server before workers are forked from it: they inherit the loaded
    authority file and the tables extraction derives from it instead of each building them
    again."""
    from ..extract import prepare
    from .sketch import preload_sketches

    preload_sketches()
    prepare()  # last: it takes what the process holds out of the collector's reach (gc.freeze)
