"""A place's people named by its possessive ("Gaza’s population", "Tasmania’s people") are one
population of their own, not the place, and one actor with "the people of" the place."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def named(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


# HRW, 2024 (Israel/Gaza)
GAZA = (
    "Shortly thereafter, Israeli authorities cut off essential services, including water and "
    "electricity, to Gaza’s population and blocked the entry of all but a trickle of fuel."
)
# Press release, 2001 (Australian Democrats)
TASMANIA = (
    "“Decision makers must focus on public education, the preservation of our precious natural "
    "resources, reconciliation, refugees and the welfare of Tasmania’s people.”"
)


def test_a_territorys_population_is_a_population_not_the_place() -> None:
    got = named(GAZA)
    assert got["People of Gaza"] == ("population", ["Gaza’s population"])
    assert "Gaza" not in got


def test_a_regions_people_are_a_population_not_the_place() -> None:
    got = named(TASMANIA)
    assert got["People of Tasmania"] == ("population", ["Tasmania’s people"])


def test_a_persons_people_are_left_alone() -> None:
    # a guard on the rule's reach: the possessive must be a place's own name
    assert not any(t == "population" for t, _ in named("Putin’s people control the media.").values())
