"""A body named by its head's title ("the Attorney General’s Office", "the Ombudsperson’s Office")
is a body of the state's executive, not the person who holds the title."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_the_attorney_generals_office_is_a_government_body_not_a_person() -> None:
    # HRW, 2024 (Argentina)
    text = (
        "However, authorities at the Attorney General’s Office and the Justice Ministry told "
        "Human Rights Watch that there were few, if any, additional resources available."
    )
    got = found(text)
    assert got["Attorney General's Office"] == ("government", ["the Attorney General’s Office"])
    assert all(kind != "person" for kind, _ in got.values())


def test_offices_the_finders_did_not_read_are_found() -> None:
    # HRW, 2024 (Ecuador; Uzbekistan; Bosnia)
    text = "Similarly, the Ombudsperson’s Office told Human Rights Watch that they have received reports."
    assert found(text)["Ombudsperson's Office"] == ("government", ["the Ombudsperson’s Office"])
    text = "Additionally, the Prosecutor General’s Office can identify “individuals involved”."
    assert found(text)["Prosecutor General's Office"][0] == "government"
    text = "Between January and August, the War Crimes Prosecutor’s Office indicted 12 people."
    assert found(text)["War Crimes Prosecutor's Office"][0] == "government"


def test_a_persons_office_and_an_office_not_yet_created_are_left_alone() -> None:
    # press release contact line; HRW, 2024 (Gambia): a bill would create the office
    assert not any(n.endswith("Office") for n in found("Contact: Minister Dutton’s Office on 02 6277 7860."))
    text = "The assembly approved two bills to further the creation of a Special Prosecutor’s Office."
    assert not any(n.endswith("Office") for n in found(text))
