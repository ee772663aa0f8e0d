"""Bodies a UN speech names that the dictionary does not know: the Organization's committees and
groups of states are `igo`, a state's ruling council `government`, not NGOs."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def types(text: str, source: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text, source_name=source).actors}


def test_groups_of_states_and_un_commissions_are_intergovernmental() -> None:
    text = (
        "Our country also fully supports the peace efforts of the Contadora Group. While we welcome the "
        "recent decision by the International Law Commission to place the topic on its long-term "
        "programme of work, we ask more of it."
    )
    found = types(text, "ARE_40_1985.txt")
    assert found.get("Contadora Group") == "igo"
    assert found.get("International Law Commission") == "igo"


def test_a_states_ruling_council_is_its_government() -> None:
    text = "The formation of the Cambodian Supreme National Council was another major breakthrough."
    assert types(text, "BTN_46_1991.txt").get("Cambodian Supreme National Council") == "government"


def test_a_charitys_council_stays_an_ngo() -> None:
    text = (
        "A number of important international events have also taken place in my country, of which I "
        "need only mention the Bartok Festival and the meeting of the World Council of Churches."
    )
    assert types(text, "HUN_11_1956.txt").get("World Council of Churches") == "ngo"


def test_outside_a_speech_a_council_stays_an_ngo() -> None:
    text = "Our country also fully supports the peace efforts of the Contadora Group."
    assert types(text, "2022-03-23-joint-statement.html").get("Contadora Group") == "ngo"
