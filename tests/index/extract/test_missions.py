"""Missions named for their body and place ("the African Union Mission in Sudan (AMIS)") are one
actor, with their acronym, on real sentences of Senate and HRW releases."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_peacekeeping_mission_and_its_acronym_are_one_igo() -> None:
    # U.S. Senate, Lugar, 2006
    text = (
        "The bill includes clear authority to provide the African Union Mission in Sudan (AMIS) with all "
        "appropriate assistance; Sense of Congress that NATO assistance to AMIS should continue."
    )
    found = typed(text)
    assert found["African Union Mission in Sudan"] == (
        "igo",
        ["African Union Mission in Sudan", "AMIS", "AMIS"],
    )
    assert "Sudan" not in found


def test_a_mission_to_a_state_is_international_one_from_a_state_is_its_government() -> None:
    # HRW, Sudan, 2024; HRW, Yemen, 2024
    text = (
        "Investigations should go on, including by the Independent International Fact-Finding Mission "
        "for Sudan. In May 2022, the US Mission to Yemen released a statement."
    )
    found = typed(text)
    assert found["Independent International Fact-Finding Mission for Sudan"][0] == "igo"
    assert found["US Mission to Yemen"][0] == "government"
