"""A council that rules a state (a junta, a collective executive) is the state's government, not a
charity named "… Council"."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_burmas_state_peace_and_development_council_is_its_government() -> None:
    # US Senate press release, 2008 (Burma)
    text = (
        "The resolution also asked that any restrictions placed by Burma's State Peace and Development "
        "Council on international non governmental organizations be lifted."
    )
    assert types(text)["Burma's State Peace and Development Council"] == "government"


def test_state_administration_council_is_the_regimes_government() -> None:
    # US State Department release, 2021 (Burma)
    text = (
        "The Department of the Treasury's Office of Foreign Assets Control is designating today 22 "
        "individuals connected to the regime. These include three additional State Administration "
        "Council (SAC) members and four military-appointed cabinet members."
    )
    assert types(text)["State Administration Council"] == "government"


def test_provisional_ruling_council_is_the_gambias_government() -> None:
    # UN General Debate speech, 1995 (the Gambia)
    text = (
        "About the same time last year we informed this Assembly of the establishment of an Armed "
        "Forces Provisional Ruling Council and a new Government in the Gambia."
    )
    assert types(text)["Armed Forces Provisional Ruling Council"] == "government"


def test_a_rebel_armys_command_council_is_no_government() -> None:
    # UN General Debate speech, 1979 (Chad): the rebels' council is not the state's
    text = (
        "Negotiations were carried out at Khartoum, under the auspices of the Government of the Sudan, "
        "between representatives of the Government and another opposition faction, namely, the Command "
        "Council of the Armed Forces of the North."
    )
    assert types(text).get("Command Council of the Armed Forces of the North") != "government"
