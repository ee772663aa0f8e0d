"""A body named by its head's title ("the Attorney General’s Office", "the Ombudsperson’s Office")
is a body of the state's executive, not the person who holds the title."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# HRW, 2024 (Argentina)
ARGENTINA = (
    "However, authorities at the Attorney General’s Office and the Justice Ministry told "
    "Human Rights Watch that there were few, if any, additional resources available."
)


def named(text: str) -> dict[str, tuple[str, list[str]]]:
    """Each actor's type and mentions as written, by its name."""
    found = extract(text).actors
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in found}


def test_the_attorney_generals_office_is_a_government_body_not_a_person() -> None:
    got = named(ARGENTINA)
    assert all(kind != "person" for kind, _ in got.values())
    assert got["Attorney General's Office"] == ("government", ["the Attorney General’s Office"])


def test_offices_the_finders_did_not_read_are_found() -> None:
    # HRW, 2024 (Ecuador; Uzbekistan; Bosnia)
    ombudsperson = named(
        "Similarly, the Ombudsperson’s Office told Human Rights Watch that they have received reports."
    )
    assert ombudsperson["Ombudsperson's Office"] == ("government", ["the Ombudsperson’s Office"])
    prosecutor = named("Additionally, the Prosecutor General’s Office can identify “individuals involved”.")
    assert prosecutor["Prosecutor General's Office"][0] == "government"
    war_crimes = named("Between January and August, the War Crimes Prosecutor’s Office indicted 12 people.")
    assert war_crimes["War Crimes Prosecutor's Office"][0] == "government"


def test_a_persons_office_and_an_office_not_yet_created_are_left_alone() -> None:
    # press release contact lines; HRW, 2024 (Gambia): a bill would create the office
    for text in (
        "Contact: Minister Dutton’s Office on 02 6277 7860.",
        "For further information: Allen Mawer (Minister's Office) (06) 277 7660",
        "The assembly approved two bills to further the creation of a Special Prosecutor’s Office.",
    ):
        assert not any(name.endswith("Office") for name in named(text))
