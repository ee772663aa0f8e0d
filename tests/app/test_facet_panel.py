"""The facet panel follows the hits: a new search's hits are drawn first, its facet counts right
after, always those of the latest search, in a count column wide enough for every count."""

from __future__ import annotations

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.facets import facet_groups
from advocacy_archive.app.models.grouped import COUNT, CountRole, GroupKeyRole
from advocacy_archive.index.models import SearchResult


def _shown_counts(window: MainWindow) -> dict[str, dict[str, int]]:
    model = window.workspace.facets.model
    out: dict[str, dict[str, int]] = {}
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        key = group.data(GroupKeyRole)
        out[key] = {
            model.index(i, 0, group).data(): model.index(i, 0, group).data(CountRole)
            for i in range(model.rowCount(group))
        }
    return out


def _expected(result: SearchResult) -> dict[str, dict[str, int]]:
    return {
        g.key: {e.label: e.count for e in g.entries} for g in facet_groups(result.facets, {}) if g.entries
    }


def test_hits_are_shown_before_the_facet_counts_which_follow(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    seen: list[tuple[int, dict[str, dict[str, int]]]] = []
    # connected after the workspace's own slot: sees the window as the answer left it
    ws.controller.results_changed.connect(
        lambda result: seen.append((ws.results.model.rowCount(), dict(result.facets)))
    )
    with qtbot.waitSignal(ws.controller.facets_counted, timeout=10_000) as counted:
        ws.controller.set_query("Syria")
    rows, facets_with_hits = seen[0]
    assert rows > 0 and facets_with_hits == {}, "the hits waited for the facet counts"
    full = window.archive.search("Syria")
    assert counted.args[0].facets == full.facets
    assert ws.controller.last_result.facets == full.facets
    qtbot.waitUntil(lambda: not ws.facets.pending())
    assert _shown_counts(window) == _expected(full)
    assert _shown_counts(window) != {}


def test_counts_of_a_newer_search_replace_counts_still_waiting(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    archive = window.archive
    older, newer = archive.search("Syria"), archive.search("Aleppo")
    assert _expected(older) != _expected(newer)
    ws.facets.show_result(older, {})
    ws.facets.show_result(newer, {})
    qtbot.waitUntil(lambda: not ws.facets.pending())
    assert _shown_counts(window) == _expected(newer)


def test_the_count_column_is_wide_enough_for_every_count(qtbot, window: MainWindow) -> None:
    facets = window.workspace.facets
    counts = {
        "issuer": {"Amnesty International": 1_234_567, "Oxfam": 98},
        "year": {"2016": 7, "2015": 88_888_888},  # years are listed by year, not by count
        "format": {"txt": 5, "pdf": 3},
    }
    result = SearchResult(query="", total=99_999_999, page=1, page_size=50, sort="relevance", facets=counts)
    for active in ({}, {"format": ["pdf"]}, {"issuer": ["Oxfam"]}):  # chosen values are in bold
        facets.show_result(result, active)
        facets.flush()
        needed = facets.view.sizeHintForColumn(COUNT)
        assert needed > facets.view.header().minimumSectionSize()
        assert facets.view.header().sectionSize(COUNT) >= needed


def test_archive_figures_reach_the_status_bar(qtbot, window: MainWindow) -> None:
    stats = window.archive.stats()
    qtbot.waitUntil(lambda: f"{stats.documents} documents" in window.statusBar().currentMessage())


def test_a_screenshot_run_waits_for_the_facet_counts(qtbot, window: MainWindow) -> None:
    from advocacy_archive.app.main import wait_for_search

    ws = window.workspace
    ws.controller.set_query("Aleppo")
    assert ws.controller.facets_pending
    assert wait_for_search(window)
    assert not ws.controller.facets_pending and not ws.facets.pending()
    assert _shown_counts(window) == _expected(window.archive.search("Aleppo"))


def test_only_the_latest_search_gets_its_facets_counted(qtbot, window: MainWindow) -> None:
    ws = window.workspace
    counted: list[str] = []
    ws.controller.facets_counted.connect(lambda result: counted.append(result.query))
    for query in ("Syria", "Aleppo", "Syria Aleppo"):
        ws.controller.set_query(query)
        qtbot.wait(1)
    qtbot.waitUntil(lambda: not ws.controller.facets_pending)
    assert counted[-1:] == ["Syria Aleppo"]
    assert ws.controller.last_result.facets == window.archive.search("Syria Aleppo").facets
