"""The All demands window's grouped mode (the default) on a real archive: groups of the same
demand of the same target, the chosen group's demands below, filters narrowing groups, the model
checked with the model tester, a briefing of a group, and rejected demands listed to restore."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.app.main_window import MainWindow
from advocacy_archive.app.models.demand_groups import COL_COUNT, COL_WORDING, DemandGroupsModel


def _all_demands(qtbot, window: MainWindow):
    window.show_all_demands("")
    win = window.all_demands
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.group_model.rowCount() > 0, timeout=30_000)
    return win


def test_grouped_is_the_default_and_lists_every_demand_once(qtbot, window: MainWindow, qtmodeltester) -> None:
    win = _all_demands(qtbot, window)
    assert win.is_grouped()
    groups = win.group_model.groups()
    assert sum(len(g.members) for g in groups) == len(window.archive.all_demands())
    qtmodeltester.check(win.group_model)
    qtmodeltester.check(win.group_proxy)
    first = win.group_proxy.index(0, COL_COUNT).data()
    assert first.startswith("×")


def test_choosing_a_group_lists_its_demands_oldest_first(qtbot, window: MainWindow) -> None:
    win = _all_demands(qtbot, window)
    win.groups.selectRow(0)
    group = win.chosen_group()
    assert group is not None
    assert win.member_proxy.rowCount() == len(group.members)
    assert win.groups.model().index(0, COL_WORDING).data() == group.wording


def test_a_target_filter_keeps_the_groups_of_that_target(qtbot, window: MainWindow) -> None:
    win = _all_demands(qtbot, window)
    target = next(g.targets[0] for g in win.group_model.groups() if g.targets)
    win.show_target(target)
    shown = win.group_proxy.visible_groups()
    assert shown and all(any(target in r.demand.targets for r in g.members) for g in shown)
    assert "groups" in win.count_label.text()


def test_a_group_briefing_is_written_with_its_timeline(qtbot, window: MainWindow, tmp_path: Path) -> None:
    win = _all_demands(qtbot, window)
    win.groups.selectRow(0)
    written = win.export_briefing(tmp_path / "group.html")
    html = (tmp_path / "group.html").read_text(encoding="utf-8")
    assert "Tracked demand" in html and "data:image/png;base64," in html
    assert any(p.suffix == ".docx" for p in written) and any(p.suffix == ".csv" for p in written)


def test_rejected_demands_are_listed_apart_to_restore(qtbot, window: MainWindow) -> None:
    row = window.archive.all_demands()[0]
    window.archive.review_demand(row.ref, "rejected")
    win = _all_demands(qtbot, window)
    win.set_grouped(False)
    with qtbot.waitSignal(win.loaded, timeout=20_000):
        win.show_rejected.setChecked(True)
    assert [r.ref for r in win.visible_rows()] == [row.ref]
    assert win.model.index(0, 3).data().startswith("✗ ")


def test_the_groups_model_is_empty_before_loading(qtmodeltester) -> None:
    model = DemandGroupsModel()
    qtmodeltester.check(model)
    assert model.rowCount() == 0
