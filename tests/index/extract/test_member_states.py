"""The United Nations' members named as a body in a General Debate speech ("all Member States")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

MEMBERS = "United Nations member states"


def members(text: str, source: str = "AUS_73_2018.txt") -> list[tuple[str, str]]:
    ex = extract(text, source_name=source)
    return [(text[s:e], a.type) for a in ex.actors if a.name == MEMBERS for s, e in a.mentions]


def test_member_states_asked_to_act_are_the_un_members() -> None:
    text = (
        "Member States must rededicate themselves to the aspirations of the founders of the "
        "Organization. In this context, the Republic of Angola urges all Member States to do their "
        "very best in the search for ways and means to achieve this."
    )
    assert members(text, "AGO_51_1996.txt") == [("Member States", "igo"), ("all Member States", "igo")]


def test_the_organizations_members_with_its_name_and_determiner() -> None:
    text = (
        "This Organization is as effective as the collective will of its Member States, and it is in our "
        "hands to safeguard and improve it. I call on all Members of the United Nations to support those "
        "efforts. We continue to enforce such sanctions and we urge all Members of this Organization to "
        "follow our example."
    )
    assert members(text, "LVA_78_2023.txt") == [
        ("its Member States", "igo"),
        ("all Members of the United Nations", "igo"),
        ("all Members of this Organization", "igo"),
    ]


def test_membership_predicated_or_counted_is_no_group() -> None:
    text = (
        "Bosnia and Herzegovina, Croatia and Slovenia have since become Members of the United Nations. "
        "The responsibility falls upon two great Powers which are founding Members of the United Nations. "
        "We, as Member States, have an obligation to act. We have relations with 121 Member States."
    )
    assert members(text, "IDN_47_1992.txt") == []


def test_another_bodys_members_are_left_alone() -> None:
    text = (
        "We thank the European Union and its Member States for their support. ECOWAS Member States "
        "met in Abuja. The Member States of the Organization of American States agreed."
    )
    assert members(text, "GHA_70_2015.txt") == []


def test_certain_members_stay_states_left_unnamed() -> None:
    text = (
        "The violations by companies and certain States Members of the United Nations, in particular "
        "the United States, constitute open support of the oppressors of the people of Zimbabwe."
    )
    found = {a.name: a.type for a in extract(text, source_name="TZA_29_1974.txt").actors}
    assert found.get("Certain States") == "other" and MEMBERS not in found


def test_outside_a_speech_member_states_are_left_to_the_dictionary() -> None:
    text = "We urge all Member States to support the resolution."
    assert members(text, "2022-03-23-joint-statement-on-kosovo.html") == []


def test_all_members_across_a_wrapped_line() -> None:
    text = (
        "In India we make considerable efforts to pay our contributions promptly and in full. We "
        "believe that all\nMembers must pay their assessed contributions in full and on time."
    )
    assert members(text, "IND_50_1995.txt") == [("all\nMembers", "igo")]
