"""A U.S. federal agency named "… Service" in a U.S. government's text is the government's."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

SENATE = "20Oct2005Lieberman83.txt"  # a senator's release: a U.S. government's text


def typed(text: str, source_name: str | None = SENATE) -> dict[str, str]:
    found = extract(text, source_name=source_name).actors
    return {text[s:e]: a.type for a in found for s, e in a.mentions}


def test_a_named_service_in_a_senate_release_is_a_federal_agency() -> None:
    # Senate releases, 2005 and 2007
    text = (
        "Why after the National Weather Service so clearly predicted on Friday that Katrina would "
        "strike was there no response? Congress transferred the authority over the care and custody "
        "of unaccompanied alien children from the Immigration and Naturalization Service to the "
        "Office of Refugee Resettlement. He was promoted to the rank of Rear Admiral, U.S. Public "
        "Health Service (USPHS) in July 2006."
    )
    got = typed(text)
    assert got.get("National Weather Service") == "government"
    assert got.get("Immigration and Naturalization Service") == "government"
    assert got.get("Public Health Service") == "government"
    assert got.get("USPHS") == "government"
    assert got.get("U.S.") == "state"  # the state's name before it is a mention of its own


def test_a_service_elsewhere_is_left_to_the_dictionaries() -> None:
    # an Australian release names charities so: no U.S. agency outside a U.S. government's text
    text = "The Refugee Advice and Casework Service said the Department of Home Affairs must act."
    assert "Refugee Advice and Casework Service" not in typed(text, "2019-02-12-senator-x-6512345.txt")


def test_a_kind_of_service_or_a_longer_names_complement_is_no_agency() -> None:
    # State Department pages, 2021-2022
    text = (
        "I want to take a moment to acknowledge the career Foreign Service officers who were in "
        "Afghanistan. The Office of Internal Oversight Services (OIOS) was immediately activated."
    )
    got = typed(text)  # read as a U.S. government's text, where the rule applies
    assert "Foreign Service" not in got
    assert "Internal Oversight Services" not in got


def test_another_bodys_service_keeps_its_own_type() -> None:
    # State Department readout, 2022: the EU's diplomatic service (authority file), no U.S. agency
    got = typed(
        "Deputy Secretary Wendy R. Sherman spoke today with European External Action Service "
        "Secretary General Stefano Sannino."
    )
    # the service names its official's office: one person's mention (tests/index/extract/test_body_titles.py)
    assert "government" not in got.values()


def test_a_federal_corporation_the_authority_file_knows() -> None:
    # Senate release, 2007
    text = "The program is funded through the Commodity Credit Corporation at the Department of Agriculture."
    assert typed(text).get("Commodity Credit Corporation") == "government"
