"""The belligerents named together ("Sudan’s warring parties", "both warring parties") are one
actor of type `other`, not the state at war, and the calls on them have them as target."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_states_warring_parties_and_both_warring_parties_are_one_other_actor() -> None:
    # HRW, 2024 (Sudan)
    first = "“Since mid-May, Sudan’s warring parties have pounded populated areas of El Fasher,” said Osman."
    got = found(first + " Both warring parties have engaged in heavy fighting in and around the camp.")
    assert "Sudan" not in got
    assert got["Warring parties"] == ("other", ["Sudan’s warring parties", "Both warring parties"])


def test_neither_warring_party_is_the_same_actor() -> None:
    # HRW, 2024 (Sudan)
    text = "Neither warring party has allowed aid into Khartoum. The warring parties’ commanders did nothing."
    assert found(text)["Warring parties"][1] == ["Neither warring party", "The warring parties"]


def test_the_call_on_the_warring_parties_has_them_as_target() -> None:
    # HRW, 2024 (Mali)
    text = (
        "Should fighting intensify, it’s critical that the warring parties abide by international "
        "humanitarian law and protect civilians."
    )
    assert [d.targets for d in extract(text).demands] == [("Warring parties",)]


def test_the_other_warring_parties_after_one_named_are_no_actor() -> None:
    # HRW, 2024 (Yemen)
    text = "Oman, which has been a mediator between the Houthis and other warring parties, should act."
    assert "Warring parties" not in found(text)
