"""Given names of Britain, Ireland, New Zealand, India, Pakistan, Kenya and Nigeria (Faker's lists),
which no U.S. census list holds: the people who bear them are people, not the places or words
their surnames spell."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.authority import authority


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_given_names_beyond_the_us_census_are_known() -> None:
    given = authority().given_names
    for name in ("Angus", "Iain", "Conor", "Kieran", "Vrinda", "Anjali"):
        assert name in given, name


def test_common_surnames_of_the_british_list_are_no_given_names() -> None:
    # Faker's British list gives these as first names; our statements write them as surnames
    given = authority().given_names
    for word in ("Campbell", "Davis", "Coleman", "Blair", "Kennedy"):
        assert word not in given, word


def test_a_panel_head_with_a_scottish_given_name_is_a_person_not_a_us_city() -> None:
    # press-releases (an Australian radio interview)
    text = (
        "KELLY: Tanya Plibersek, we've heard this morning from Angus Houston that  this will be a "
        "police and civilian operation on the site in Ukraine, not a military  one."
    )
    found = actors(text)
    assert found.get("Angus Houston") == "person"
    assert "Houston" not in found


def test_a_journalist_given_the_floor_at_a_state_department_briefing_is_a_person() -> None:
    # us-state-dept (a press briefing)
    found = actors("MR PRICE: We’ll go to the line of Iain Marlow.")
    assert found.get("Iain Marlow") == "person"


def test_a_signatory_with_an_irish_given_name_is_a_person() -> None:
    # hrw-news (a list of signatories)
    found = actors("Conor O'Mahony, Professor, University College Cork School of Law, Ireland")
    assert found.get("Conor O'Mahony") == "person"
