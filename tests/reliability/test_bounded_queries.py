"""Bounded queries: a fuzzy word may differ by at most two letters and a query may hold at most
four of them (more is refused with a hint, before any index is read), and any search answers or
is stopped with a readable error within its time bound (index/search/results.QUERY_SECONDS),
releasing the archive so that other searches go on."""

from __future__ import annotations

import contextlib
import io
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import QuerySyntaxError, QueryTooSlow
from advocacy_archive.index.search import results
from tests.reliability.archive_checks import corpus_sample


@pytest.fixture(scope="module")
def archive_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bounded") / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths(corpus_sample(corpus, press=90, state=60, seed=3))
    return folder


@pytest.fixture
def archive(archive_dir: Path) -> Iterator[Archive]:
    with Archive.open(archive_dir) as opened:
        yield opened


def _cli(archive_dir: Path, query: str) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main(["--archive", str(archive_dir), "search", "--", query])
    return status, err.getvalue()


@pytest.mark.parametrize("query", ["government~9", "title:refugees~3", "aleppo~5 OR syria"])
def test_a_fuzzy_distance_over_two_is_refused_with_the_query_to_write(
    archive: Archive, archive_dir: Path, query: str
) -> None:
    started = time.monotonic()
    with pytest.raises(QuerySyntaxError, match="at most 2 letters") as refused:
        archive.search(query)
    assert time.monotonic() - started < 0.5  # refused before reading the index
    word = query.split("~")[0].split(":")[-1]
    assert f"write {word}~2" in str(refused.value)
    status, err = _cli(archive_dir, query)
    assert status == 2 and err.count("\n") == 1 and "at most 2 letters" in err


def test_more_than_four_fuzzy_words_are_refused(archive: Archive) -> None:
    with pytest.raises(QuerySyntaxError, match="at most 4 fuzzy"):
        archive.search("a~ OR b~ OR c~ OR d~ OR e~")
    archive.search("refugees~ OR government~ OR minister~ OR detention~")  # four: answered


def test_two_edits_still_find_a_word_spelt_wrong_twice(archive: Archive) -> None:
    right = archive.search("humanitarian", page_size=1).total
    assert right and archive.search("humanitarain~2", page_size=1).total >= right  # a transposition


def test_a_search_past_its_time_bound_stops_with_a_readable_error(
    archive: Archive, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(results, "QUERY_SECONDS", 0.0)
    with pytest.raises(QueryTooSlow, match="within 0 s") as stopped:
        archive.search("human rights")
    assert "Narrow it" in str(stopped.value)
    status, err = _cli(archive_dir, "human rights")
    assert status == 2 and err.count("\n") == 1 and "asks for too much" in err


def test_a_stopped_search_releases_the_archive_for_the_next_one(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search with a wide prefix, stopped at a short bound again and again on one thread,
    while another thread's plain searches each answer within that bound and some."""
    bound = 0.05
    monkeypatch.setattr(results, "QUERY_SECONDS", bound)
    stop = threading.Event()
    stopped: list[float] = []

    def hog() -> None:
        while not stop.is_set():
            started = time.monotonic()
            try:
                archive.search("s* OR t* OR p* OR c*", page_size=200)
            except QueryTooSlow:
                stopped.append(time.monotonic() - started)

    thread = threading.Thread(target=hog)
    thread.start()
    try:
        waits = []
        for word in ("refugees", "minister", "detention", "election", "humanitarian") * 4:
            started = time.monotonic()
            archive.search(word, with_facets=False)
            waits.append(time.monotonic() - started)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert stopped, "the wide query was never stopped: it is not slow enough to test anything"
    assert max(stopped) < bound + 1.0, f"a stopped query held on for {max(stopped):.2f} s"
    # each plain search waited at most for one stopped query, then ran
    assert max(waits) < 2 * (bound + 1.0), f"a search waited {max(waits):.2f} s behind the stopped ones"
