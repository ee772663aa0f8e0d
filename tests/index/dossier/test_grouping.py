"""Tracked demands: the same demand of the same target across documents is one group, other
demands and other targets are not, and a group says who made it, how often and when first."""

from __future__ import annotations

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.dossier.grouping import group_demands
from advocacy_archive.index.models import Demand, DemandRow


def _row(doc_id: int, date: str, by: str, targets: tuple[str, ...], action: str) -> DemandRow:
    demand = Demand(by, targets, (), action, "call_on", action, 10, 20)
    return DemandRow(doc_id, f"doc {doc_id}", date, by, demand, ref=f"{doc_id}:10")


# wordings as they occur in the shared corpus (HRW and Refugees International releases)
ROWS = [
    _row(1, "2016-12-14", "Refugees International", ("Government of Syria",), "end their assault on Aleppo"),
    _row(
        2,
        "2017-01-03",
        "Human Rights Watch",
        ("Government of Syria",),
        "immediately end the assault on Aleppo",
    ),
    _row(3, "2018-02-01", "Amnesty International", ("Government of Syria",), "end its assaults on Aleppo"),
    _row(
        4, "2016-12-20", "Human Rights Watch", ("Government of Syria",), "allow humanitarian access to Aleppo"
    ),
    _row(5, "2016-12-21", "Human Rights Watch", ("Government of Russia",), "end their assault on Aleppo"),
]


def test_a_reworded_demand_of_one_target_is_one_group_first_made_first() -> None:
    groups = group_demands(ROWS)
    assault = next(g for g in groups if g.targets == ("Government of Syria",) and len(g.members) == 3)
    assert [r.doc_id for r in assault.members] == [1, 2, 3]
    assert assault.first.doc_date == "2016-12-14" and assault.last.doc_date == "2018-02-01"
    assert dict(assault.by_counts) == {
        "Refugees International": 1,
        "Human Rights Watch": 1,
        "Amnesty International": 1,
    }
    assert [b.period for b in assault.timeline] == ["2016-12", "2017-01", "2018-02"]


def test_another_demand_or_another_target_is_another_group() -> None:
    groups = group_demands(ROWS)
    assert len(groups) == 3
    assert sum(len(g.members) for g in groups) == len(ROWS)
    assert all(len({r.demand.targets for r in g.members}) == 1 for g in groups)


def test_the_archive_groups_every_demand_once(sample_archive: Archive) -> None:
    groups = sample_archive.demand_groups()
    refs = [r.ref for g in groups for r in g.members]
    assert sorted(refs) == sorted(r.ref for r in sample_archive.all_demands())
    assert all(g.wording in {r.demand.action for r in g.members} for g in groups)
    assert sample_archive.demand_groups() is groups or sample_archive.demand_groups() == groups
