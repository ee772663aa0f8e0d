"""A body's people named as a group ("United Nations inspectors", "UN experts"), the bodies it is
made of ("United Nations agencies") and its peacekeeping missions are actors of their own, not more
mentions of the body; its officials and peacekeepers stay the body's."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def groups(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found}


def test_a_bodys_inspectors_are_a_group_apart_from_it() -> None:
    # the United States at the General Debate, 2013; Human Rights Watch, 2024
    text = (
        "The evidence is overwhelming that the Al-Assad regime used such weapons, as United "
        "Nations inspectors found. The United Nations must enforce the ban. UN inspectors will "
        "return next month."
    )
    found = groups(text, "USA_68_2013.txt")
    assert found["United Nations inspectors"] == ["United Nations inspectors", "UN inspectors"]
    assert found["United Nations"] == ["United Nations"]


def test_a_bodys_officials_and_peacekeepers_stay_the_bodys() -> None:
    text = "UN officials visited Goma. UN peacekeepers must deploy to Darfur."
    assert groups(text)["United Nations"] == ["UN", "UN"]


def test_a_bodys_member_governments_are_governments_its_member_countries_the_body() -> None:
    # State Department, 2021 (the IPCC report); Russia at the General Debate, 2016
    text = "IPCC member governments approved the report of the IPCC."
    assert groups(text)["Intergovernmental Panel on Climate Change member governments"] == [
        "IPCC member governments"
    ]
    text = "NATO member countries brought conventional arms control to a deadlock. NATO expanded."
    assert groups(text)["NATO"] == ["NATO", "NATO"]


# State Department, 2022 (the food security roadmap); Human Rights Watch, 2024 (Central Asia)
ROADMAP = "We also call on all UN Member States to work together. We ask that UN Member States act."
CENTRAL_ASIA = "Diplomacy by the European Union and EU member states should focus on ending such abuses."


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        (ROADMAP, "United Nations member states", ["UN Member States", "UN Member States"]),
        (CENTRAL_ASIA, "European Union member states", ["EU member states"]),
    ],
)
def test_a_bodys_member_states_are_a_group_apart_from_it(text: str, name: str, said: list[str]) -> None:
    assert groups(text)[name] == said


# Germany at the General Debate, 2016; France, 2016; Human Rights Watch, 2024 (the UAE84 trial)
AGENCIES = (
    "In Tikrit, we joined forces with United Nations agencies to rebuild schools and wells. "
    "The United Nations must be reformed."
)
OPERATIONS = (
    "United Nations peacekeeping operations have never been as numerous as they are now. "
    "The United Nations must adapt."
)
MECHANISMS = (
    "such as the United States of America, in addition to all United Nations mechanisms to: "
    "The United Nations should act."
)


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        (AGENCIES, "United Nations agencies", ["United Nations agencies"]),
        (OPERATIONS, "United Nations peacekeeping operations", ["United Nations peacekeeping operations"]),
        (MECHANISMS, "United Nations mechanisms", ["United Nations mechanisms"]),
    ],
)
def test_a_bodys_agencies_and_missions_are_groups_apart(text: str, name: str, said: list[str]) -> None:
    found = groups(text)
    assert found[name] == said
    assert found["United Nations"] == ["United Nations"]
