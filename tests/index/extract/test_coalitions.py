"""A coalition named by the state that leads it ("the US-led coalition") is an armed force, not
the state."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_a_led_coalition_is_one_armed_force_named_for_its_leader() -> None:
    # HRW, 2024 (Yemen); U.S. Senate, 2004; UN speech (Syria), 2016
    text = (
        "Warring parties in Yemen, including the Yemeni government and the Saudi and UAE-led "
        "coalition, carried out violations. The Saudi-led coalition bombed a market. There is a "
        "disagreement between the US-led coalition and the U.N. Responsibility lies with the "
        "members of the United States- led coalition."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Saudi Arabia-led coalition"] == (
        "armed_force",
        ["the Saudi and UAE-led coalition", "The Saudi-led coalition"],
    )
    assert found["United States-led coalition"] == (
        "armed_force",
        ["the US-led coalition", "the United States- led coalition"],
    )
    assert "United States" not in found
