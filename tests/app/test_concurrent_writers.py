"""The window open on an archive while the command line writes to it from another process:
imports, renames, re-extracts, and a rename killed between the catalog's commit and the
index's. The window keeps answering meanwhile, its next search sees each change, and nothing is
lost."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.index.crash_points import CATALOG_COMMITTED, ENV
from advocacy_archive.index.models import SearchResult
from tests.offline_guard import guarded_python
from tests.reliability.archive_checks import CatalogView, corpus_sample
from tests.reliability.zygote import round_actor

DEADLINE_S = 300


def _search(qtbot, window: MainWindow, query: str) -> SearchResult:  # noqa: ANN001
    controller = window.workspace.controller
    with qtbot.waitSignal(controller.results_changed, timeout=60_000) as answer:
        controller.set_query(query)
    result = answer.args[0]
    assert isinstance(result, SearchResult)
    return result


def _most_named(folder: Path) -> str:
    """The actor (as extracted) that the most documents name."""
    view = CatalogView(folder)
    return max(view.raw_names, key=lambda n: (view.raw_names[n], n))


def _other_process(code: str, *, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        guarded_python(code, workers=True),
        stderr=subprocess.PIPE,
        text=True,
        env=None if env is None else {**os.environ, **env},
    )


def _cli(archive: Path, *argv: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    args = ["--archive", str(archive), *argv]
    return _other_process(
        f"from advocacy_archive.index.cli.commands import main; sys.exit(main({args!r}))", env=env
    )


def test_the_window_keeps_answering_during_a_cli_import_and_then_sees_it(
    qtbot, window: MainWindow, corpus: Path
) -> None:
    folder = window.archive.path
    before = _search(qtbot, window, "").total
    files = corpus_sample(corpus, press=30, state=10, seed=41)
    writer = _cli(folder, "import", "--quiet", *map(str, files))
    answered = 0
    deadline = time.monotonic() + DEADLINE_S
    while writer.poll() is None and time.monotonic() < deadline:
        assert _search(qtbot, window, "government OR minister").query  # answers, never fails
        answered += 1
    _, err = writer.communicate(timeout=DEADLINE_S)
    assert writer.returncode == 0, err
    after = _search(qtbot, window, "")
    assert after.total == len(CatalogView(folder).ids) > before
    assert answered >= 3, f"only {answered} searches overlapped the import"


def test_the_windows_next_search_sees_a_rename_and_a_reextraction_by_another_process(
    qtbot, window: MainWindow
) -> None:
    folder = window.archive.path
    name = _most_named(folder)
    _search(qtbot, window, f'actor:"{name}"')
    renamed = "Zqx Window Rename"
    writer = _cli(folder, "actor", name, "--rename", renamed)
    assert writer.wait(DEADLINE_S) == 0, writer.communicate()[1]
    expected = CatalogView(folder).exact_count(CatalogView(folder).actors, renamed)
    assert expected and _search(qtbot, window, f'actor:"{renamed}"').total == expected
    code = (
        "from tests.reliability.zygote import _perform; "
        f"_perform({{'op': 'reextract', 'round': 1, 'archive': {str(folder)!r}}})"
    )
    writer = _other_process(code)
    assert writer.wait(DEADLINE_S) == 0, writer.communicate()[1]
    everything = _search(qtbot, window, "").total
    assert _search(qtbot, window, f'actor:"{round_actor(1)}"').total == everything
    assert _search(qtbot, window, f'actor:"{renamed}"').total == expected  # the rename kept


def test_a_rename_killed_between_the_two_commits_is_seen_by_the_windows_next_search(
    qtbot, window: MainWindow
) -> None:
    folder = window.archive.path
    name = _most_named(folder)
    renamed = "Zqx Killed Rename"
    writer = _cli(folder, "actor", name, "--rename", renamed, env={ENV: CATALOG_COMMITTED})
    writer.wait(DEADLINE_S)
    assert writer.returncode == -9, "the rename was not killed where asked"
    expected = CatalogView(folder).exact_count(CatalogView(folder).actors, renamed)
    assert expected and _search(qtbot, window, f'actor:"{renamed}"').total == expected
    print(f"\nthe window's next search found the killed rename in {expected} documents", file=sys.stderr)
