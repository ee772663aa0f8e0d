"""Forces the dictionary lacks, named for whose they are: a state's army, or a region's armed group."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's surface, with its actor's type and name."""
    return {text[s:e]: (a.type, a.name) for a in extract(text).actors for s, e in a.mentions}


def test_a_regions_defense_forces_are_an_armed_group() -> None:
    # State Department briefing, July 2021
    text = (
        "We again call on the Tigrayan Defense Forces, the Amhara regional forces, and Ethiopian "
        "National Defense Forces to move towards a negotiated ceasefire."
    )
    got = typed(text)
    assert got["Tigrayan Defense Forces"] == ("armed_group", "Tigrayan Defense Forces")
    assert got["Ethiopian National Defense Forces"] == ("armed_force", "Armed forces of Ethiopia")


def test_a_states_forces_by_another_name_are_its_army() -> None:
    # HRW, Sudan, 2024: "the Sudanese Army Forces" is the army "the Sudanese army" names
    text = (
        "She said that clashes had erupted between the Sudanese Army Forces and the Rapid Support "
        "Forces. The Sudanese army shelled the market."
    )
    got = typed(text)
    assert got["Sudanese Army Forces"] == ("armed_force", "Armed forces of Sudan")
    assert got["Sudanese army"] == ("armed_force", "Armed forces of Sudan")
    assert got["Rapid Support Forces"][0] == "armed_group"


def test_forces_named_only_by_their_kind_are_no_actor() -> None:
    # an Australian interview, 2014: whose special forces is told by the speaker, not the name
    text = "We do have some Special Forces and trainees on the ground in Iraq."
    assert "Special Forces" not in typed(text)


def test_a_known_bodys_forces_are_not_a_regions_armed_group() -> None:
    # State Department briefing, April 2022: the IRGC's Qods Force is Iran's, not a rebel group
    text = "The President shares the chairman’s view that IRGC Qods Forces are terrorists."
    assert typed(text).get("IRGC Qods Forces", ("",))[0] != "armed_group"
