"""Fixtures for the desktop app: one real archive built once per session from the shared corpus
(the seeds and a few State Department pages) and copied per test, settings in a temporary ini
file, and a shown main window on top of both."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.settings import Settings
from advocacy_archive.app.workers import running_tasks, wait_for_all
from advocacy_archive.index.archive import Archive
from tests.app.answers import wait_for_answer

STATE_DEPT_FILES = 10


def settle_background_work() -> None:
    """Wait until no background work is left. A result delivered at the end may start the work
    it leads to (a search's facets, say): waited for again until nothing is left."""
    deadline = time.monotonic() + 30
    while not wait_for_all(5_000):
        assert time.monotonic() < deadline, f"background work still running: {running_tasks()}"


@pytest.fixture(autouse=True)
def no_leftover_background_work(qtbot) -> Iterator[None]:
    """Every search and import runs on a pool thread: none may outlive its test (and its archive)."""
    yield
    settle_background_work()


@pytest.fixture(scope="session")
def corpus_files(corpus: Path, seeds: list[Path]) -> list[Path]:
    pages = sorted((corpus / "us-state-dept").glob("*.html"))[:STATE_DEPT_FILES]
    return [*seeds, *pages]


@pytest.fixture(scope="session")
def built_archive(tmp_path_factory: pytest.TempPathFactory, corpus_files: list[Path]) -> Path:
    """Built once: importing runs the whole extraction pipeline, far too slow to repeat per test."""
    path = tmp_path_factory.mktemp("built") / "archive"
    with Archive.open(path) as archive:
        report = archive.import_paths(corpus_files)
    assert report.imported, report
    return path


@pytest.fixture
def archive(built_archive: Path, tmp_path: Path) -> Iterator[Archive]:
    """A private copy of the built archive, so a test may import or change anything."""
    path = tmp_path / "archive"
    shutil.copytree(built_archive, path)
    opened = Archive.open(path)
    yield opened
    settle_background_work()  # what a window started ends before its archive does
    opened.close()


@pytest.fixture
def empty_archive(tmp_path: Path) -> Iterator[Archive]:
    opened = Archive.open(tmp_path / "empty-archive")
    yield opened
    settle_background_work()
    opened.close()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    # Settings() without a path (as run_app uses) must not touch the user's real settings either.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(settings_path: Path) -> Settings:
    return Settings(settings_path)


def shown_window(qtbot, archive: Archive, settings: Settings) -> MainWindow:
    """A main window on `archive`, shown, with the answer to its first search."""
    win = MainWindow(archive, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # the first search (everything) runs in the background; tests start from its answer, hits
    # and facet counts (which arrive after the hits)
    wait_for_answer(qtbot, win)
    return win


@pytest.fixture
def window(qtbot, archive: Archive, settings: Settings) -> Iterator[MainWindow]:
    win = shown_window(qtbot, archive, settings)
    yield win
    # What the window started last (a search after a change, a document read again, and what
    # their answers start in turn) finishes before the archive under it is closed.
    qtbot.waitUntil(lambda: wait_for_all(5_000), timeout=60_000)
