"""Parties and armed movements whose names end in an organisation's head noun (League, Movement,
Council) are typed as what they are, not as NGOs (resources/authority/additions.tsv)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_bangladeshs_governing_league_is_a_party() -> None:
    # HRW, 2024 (Bangladesh)
    text = (
        "Bangladesh: Back UN Investigation into Grave Abuses\n\n"
        "At least 440 people were killed and thousands were injured between July 15 and August 5, with "
        "most deaths and injuries attributed to excessive force by law enforcement and violence by student "
        "and youth groups affiliated with the Awami League, Sheikh Hasina’s political party."
    )
    assert _types(text)["Awami League"] == "party"


def test_burmas_league_for_democracy_is_a_party_apart_from_the_state() -> None:
    # A senator's release, 2005 (Burma)
    text = (
        "Suu Kyi, the National League for Democracy and Burma's ethnic minorities have an indisputable "
        "role to play in the peaceful reconciliation of that country's myriad problems."
    )
    found = _types(text)
    assert found["National League for Democracy"] == "party"
    assert "National League for Democracy and Burma" not in found


def test_zimbabwes_opposition_movement_is_a_party() -> None:
    # A senator's release, 2007 (Zimbabwe)
    text = (
        "Key Senate Panel Approves Clinton Bill to Support Democracy and Human Rights in Zimbabwe\n\n"
        "In the wake of the violence  the Southern African Development Community announced that South "
        "African President Thabo Mbeki will mediate between President Mugabe and the opposition  the "
        "Movement for Democratic Change  in advance of the 2008 presidential election."
    )
    assert _types(text)["Movement for Democratic Change"] == "party"


def test_yemens_southern_council_is_an_armed_movement() -> None:
    # State Department, 2021 (Yemen)
    text = (
        "During his meetings, Lenderking called for the Republic of Yemen Government and Southern "
        "Transitional Council to come together to improve services and stabilize the economy."
    )
    assert _types(text)["Southern Transitional Council"] == "armed_group"
