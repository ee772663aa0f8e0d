"""An archive whose actors and demands an earlier release found: the window says so above the
archive and extracts them again on one click, with progress; the notice then goes."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy_archive.app.settings import Settings
from advocacy_archive.index.archive import Archive
from tests.app.answers import wait_for_answer
from tests.app.conftest import settle_background_work, shown_window


@pytest.fixture
def outdated(built_archive: Path, tmp_path: Path) -> Iterator[Archive]:
    """An archive as an earlier release left it: another rules fingerprint, no demands found."""
    path = tmp_path / "outdated-archive"
    shutil.copytree(built_archive, path)
    conn = sqlite3.connect(path / "catalog.sqlite")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("UPDATE meta SET value = 'an-earlier-one' WHERE key = 'extraction_rules'")
    conn.execute("DELETE FROM demands")
    conn.commit()
    conn.close()
    opened = Archive.open(path)
    yield opened
    settle_background_work()  # what a window started ends before its archive does
    opened.close()


def test_the_notice_offers_to_extract_again_and_goes_once_done(
    qtbot, outdated: Archive, settings: Settings
) -> None:
    win = shown_window(qtbot, outdated, settings)
    notice = win.extraction_notice
    qtbot.waitUntil(notice.isVisible)
    assert "earlier version" in notice.label.text() and "corrections are kept" in notice.label.text()
    assert outdated.stats().demands == 0
    with qtbot.waitSignal(win.tasks.message, timeout=300_000) as said:
        notice.extract_button.click()
    assert "Extracted actors and demands again" in said.args[0]
    wait_for_answer(qtbot, win)  # the window searches and reads the document anew
    assert not notice.isVisible()
    assert not outdated.extraction_outdated and outdated.stats().demands > 0


def test_not_now_hides_the_notice_and_an_up_to_date_archive_shows_none(
    qtbot, outdated: Archive, archive: Archive, settings: Settings
) -> None:
    win = shown_window(qtbot, outdated, settings)
    qtbot.waitUntil(win.extraction_notice.isVisible)
    win.extraction_notice.dismiss_button.click()
    assert not win.extraction_notice.isVisible() and outdated.extraction_outdated
    win.extraction_notice.update_for(outdated, empty=False)  # the page shown again (after an import)
    assert not win.extraction_notice.isVisible()
    current = shown_window(qtbot, archive, settings)
    qtbot.wait(200)
    assert not current.extraction_notice.isVisible()
