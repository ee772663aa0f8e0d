"""Optical character recognition: the text of one page image, read by the Tesseract program.

Tesseract is a program the user installs (README, "Scanned PDFs and images"), run once per page
as a subprocess with the page piped in as an uncompressed greyscale image: no temporary files, a
page that takes too long is killed with its call, and the import's time limit (SIGALRM in the
worker) kills it too, since `subprocess.run` ends its child on any exception. The child inherits
the worker's memory cap. Tesseract's own threads are limited to one: with two import workers on
two cores, its OpenMP threads only fought each other (6.2 s a page instead of 1.8 s, measured).
"""

from __future__ import annotations

import functools
import io
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from PIL import Image

from ...formats import TESSERACT_ENV
from ...models import OCR_TURNED_OFF
from .limits import OCR_SECONDS_PER_FILE, OCR_SECONDS_PER_PAGE, Unreadable
from .text import normalise_newlines

LANGUAGES_ENV = "ADVOCACY_OCR_LANGUAGES"  # e.g. "eng+fra": Tesseract's own syntax
DEFAULT_LANGUAGES = "eng"
_LANGUAGES = re.compile(r"[A-Za-z_]+(?:\+[A-Za-z_]+)*")
# Where the Windows installer puts the program; it does not add itself to PATH.
_WINDOWS_DEFAULT = Path(r"C:\Program Files\Tesseract-OCR\tesseract.exe")
# On Windows each call would otherwise flash a console window (0 elsewhere: no flags).
_NO_WINDOW: int = getattr(subprocess, "CREATE_NO_WINDOW", 0)


class OcrUnavailable(Unreadable):
    """The file needs OCR, and Tesseract (or the language data asked for) is not installed, or
    the user turned OCR off."""


# Whether this import reads scans (the user may turn OCR off: it costs seconds a page). A context
# variable rather than an argument through every reader: each worker runs one file at a time.
_ENABLED: ContextVar[bool] = ContextVar("ocr_enabled", default=True)


@contextmanager
def enabled(on: bool) -> Iterator[None]:
    """Within the block, scans are read by OCR only when `on`."""
    token = _ENABLED.set(on)
    try:
        yield
    finally:
        _ENABLED.reset(token)


def installed() -> bool:
    """Whether Tesseract is there to read scans (its language data is checked when used)."""
    return tesseract_command() is not None


def tesseract_command() -> str | None:
    """The Tesseract program to run, or None when none is installed."""
    configured = os.environ.get(TESSERACT_ENV)
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    found = shutil.which("tesseract")
    if found is None and sys.platform == "win32" and _WINDOWS_DEFAULT.is_file():
        found = str(_WINDOWS_DEFAULT)
    return found


def languages() -> str:
    """The languages pages are read in: ADVOCACY_OCR_LANGUAGES, else English."""
    return os.environ.get(LANGUAGES_ENV, "").strip() or DEFAULT_LANGUAGES


def require() -> str:
    """The Tesseract program, after checking it has the language data asked for.

    Raises OcrUnavailable with a reason that says what to install, or that OCR is off."""
    if not _ENABLED.get():
        raise OcrUnavailable(OCR_TURNED_OFF)
    command = tesseract_command()
    if command is None:
        raise OcrUnavailable("Tesseract OCR is not installed")
    wanted = languages()
    if not _LANGUAGES.fullmatch(wanted):
        raise OcrUnavailable(
            f"{LANGUAGES_ENV}={wanted!r} is not a list of Tesseract languages such as eng+fra"
        )
    missing = [code for code in wanted.split("+") if code not in _installed_languages(command)]
    if missing:
        names = ", ".join(missing)
        raise OcrUnavailable(f"Tesseract has no language data for {names} (e.g. tesseract-ocr-{missing[0]})")
    return command


@functools.lru_cache(maxsize=4)
def _installed_languages(command: str) -> frozenset[str]:
    try:
        done = subprocess.run(
            [command, "--list-langs"], capture_output=True, timeout=30, check=False, creationflags=_NO_WINDOW
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise OcrUnavailable(f"Tesseract could not be started ({exc})") from exc
    # The first line is a heading ("List of available languages in …"); the rest are codes.
    lines = done.stdout.decode("utf-8", "replace").splitlines()[1:]
    return frozenset(line.strip() for line in lines if line.strip())


def recognise(image: Image.Image, *, dpi: int | None = None) -> str:
    """The text Tesseract reads on one page image (any mode; transparency counts as white paper).

    `dpi` is the resolution a PDF page was rendered at; for an image Tesseract estimates it."""
    command = require()
    page = io.BytesIO()
    greyscale(image).save(page, format="PPM")  # PGM: no compression to spend time on
    args = [command, "stdin", "stdout", "-l", languages()]
    if dpi:
        args += ["--dpi", str(dpi)]
    try:
        done = subprocess.run(
            args,
            input=page.getvalue(),
            capture_output=True,
            timeout=OCR_SECONDS_PER_PAGE,
            env={**os.environ, "OMP_THREAD_LIMIT": "1"},
            check=False,
            creationflags=_NO_WINDOW,
        )
    except subprocess.TimeoutExpired as exc:
        raise Unreadable(f"OCR of one page took longer than {OCR_SECONDS_PER_PAGE} s") from exc
    except OSError as exc:
        raise OcrUnavailable(f"Tesseract could not be started ({exc.strerror or exc})") from exc
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise Unreadable(f"OCR failed ({detail[-1][:120] if detail else f'exit status {done.returncode}'})")
    # Tesseract ends each page with a form feed; lines keep its own breaks and blank lines.
    text = normalise_newlines(done.stdout.decode("utf-8", "replace").replace("\f", "\n"))
    return "\n".join(line.rstrip() for line in text.strip().split("\n"))


# A page to read: renders or decodes its image only when its turn comes (a scan's pages are not
# all held in memory at once); returns the image and its resolution when known.
PageImage = Callable[[], tuple[Image.Image, int | None]]


def recognise_pages(pages: Sequence[PageImage]) -> list[str]:
    """Each page's text, in order. Raises Unreadable as soon as the pages read so far show the
    whole file would take longer than OCR_SECONDS_PER_FILE."""
    started = time.monotonic()
    texts: list[str] = []
    for page in pages:
        image, dpi = page()
        texts.append(recognise(image, dpi=dpi))
        expected = (time.monotonic() - started) / len(texts) * len(pages)
        if len(texts) < len(pages) and expected > OCR_SECONDS_PER_FILE:
            raise Unreadable(
                f"OCR of its {len(pages)} pages would take about {expected:.0f} s on this machine, more "
                f"than the {OCR_SECONDS_PER_FILE} s one file may take"
            )
    return texts


def greyscale(image: Image.Image) -> Image.Image:
    """8-bit grey, with transparent parts laid on white (a logo's clear background, a PNG scan)."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = image.convert("RGBA")
        paper = Image.new("RGBA", image.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, image)
    return image if image.mode == "L" else image.convert("L")
