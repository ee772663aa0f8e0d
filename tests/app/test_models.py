"""Every list model, checked by pytest-qt's model tester and by plain data() calls on real data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from advocacy_archive.app.models.actors import ActorsModel
from advocacy_archive.app.models.demands import DemandRole, DemandsModel, summary
from advocacy_archive.app.models.facets import FacetsModel
from advocacy_archive.app.models.grouped import CountRole, GroupKeyRole, IsGroupRole, PayloadRole
from advocacy_archive.app.models.results import BylineRole, DocIdRole, ResultsModel, SnippetRole
from advocacy_archive.index.archive import Archive


def _doc_with_demands(archive: Archive) -> int:
    return archive.all_demands()[0].doc_id


def test_results_model(qtmodeltester, archive: Archive) -> None:
    result = archive.search("Aleppo")
    model = ResultsModel()
    model.set_rows(result.hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(result.hits) > 0
    index = model.index(0)
    hit = result.hits[0]
    assert index.data() == hit.title
    assert index.data(DocIdRole) == hit.doc_id
    assert index.data(SnippetRole) == hit.snippet
    assert (hit.issuer or "") in index.data(BylineRole)
    model.set_rows(())
    assert model.rowCount() == 0


def test_results_model_fetches_more_pages(qtmodeltester, archive: Archive) -> None:
    first = archive.search("", page=1, page_size=2)
    second = archive.search("", page=2, page_size=2)
    assert first.total > 2
    model = ResultsModel()
    asked: list[int] = []
    model.more, model.can_more = lambda: asked.append(1), lambda: True
    model.set_rows(first.hits)
    qtmodeltester.check(model)
    assert model.canFetchMore()
    before = len(asked)  # the model tester fetches too
    model.fetchMore()
    assert len(asked) == before + 1
    model.append_rows(second.hits)
    model.append_rows(second.hits)  # a repeated page adds nothing
    assert model.rowCount() == 4
    assert [model.hit(r).doc_id for r in range(4)] == [h.doc_id for h in (*first.hits, *second.hits)]
    model.can_more = lambda: False
    assert not model.canFetchMore()


def test_result_rows_share_one_height(qtbot) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    from advocacy_archive.app.results_view import ResultsPanel

    panel = ResultsPanel()
    qtbot.addWidget(panel)
    assert panel.view.uniformItemSizes()
    delegate = panel.view.itemDelegate()
    height = delegate.sizeHint(QStyleOptionViewItem(), panel.model.index(0)).height()
    assert height == delegate.metrics().row_height > 60


def test_actors_model_groups_by_type(qtmodeltester, archive: Archive) -> None:
    doc_id = _doc_with_demands(archive)
    actors = archive.actors(doc_id)
    model = ActorsModel()
    model.set_actors(actors)
    qtmodeltester.check(model)
    shown = []
    for group_row in range(model.rowCount()):
        group = model.index(group_row, 0)
        assert group.data(IsGroupRole) is True
        for row in range(model.rowCount(group)):
            entry = model.index(row, 0, group)
            actor = entry.data(PayloadRole)
            assert actor.type == group.data(GroupKeyRole) or group.data(GroupKeyRole) == "other"
            assert entry.data(CountRole) == len(actor.mentions)
            assert model.index(row, 1, group).data() == str(len(actor.mentions))
            shown.append(actor.name)
        assert model.data(group, Qt.ItemDataRole.DecorationRole) is not None
    assert sorted(shown) == sorted(a.name for a in actors)


def test_facets_model_marks_active_filters(qtmodeltester, archive: Archive) -> None:
    result = archive.search("")
    issuer = next(iter(result.facets["issuer"]))
    model = FacetsModel()
    model.set_facets(result.facets, {"issuer": [issuer]})
    qtmodeltester.check(model)
    group = model.index(0, 0)
    assert group.data(GroupKeyRole) == "issuer"
    values = [model.index(r, 0, group).data(PayloadRole) for r in range(model.rowCount(group))]
    assert ("issuer", issuer) in values
    row = values.index(("issuer", issuer))
    assert model.index(row, 0, group).data(Qt.ItemDataRole.FontRole).bold()


def test_demands_model(qtmodeltester, archive: Archive) -> None:
    demands = archive.demands(_doc_with_demands(archive))
    model = DemandsModel()
    model.set_rows(demands)
    qtmodeltester.check(model)
    first = model.index(0)
    demand = first.data(DemandRole)
    assert first.data() == summary(demand)
    assert demand.action in first.data()
    assert all(target in first.data() for target in demand.targets)
    assert first.data(Qt.ItemDataRole.ToolTipRole) == demand.sentence
    starts = [model.demand(r).start for r in range(model.rowCount())]
    assert starts == sorted(starts)
