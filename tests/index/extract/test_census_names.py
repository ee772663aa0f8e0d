"""Given names of the 1990 U.S. Census lists: people the authority file does not know are found by
their common first names, and the words those names share with places, bills, headlines and
surnames stay what they are."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.authority import authority


def actors(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_common_given_names_missing_from_the_authority_are_known() -> None:
    given = authority().given_names
    for name in ("Craig", "Allen", "Wes", "Matt", "Cindy", "Ned"):
        assert name in given, name


def test_places_months_words_and_surnames_are_no_given_names() -> None:
    given = authority().given_names
    for word in ("Georgia", "Jordan", "Israel", "Chad", "Paris", "April", "Grant", "Will", "Coleman"):
        assert word not in given, word


def test_a_media_contact_with_a_census_given_name_is_a_person() -> None:
    found = actors("“We deserve to be told the truth.” Media Contact - Rowena Bew - 0400 729 555")
    assert found.get("Rowena Bew") == "person"


def test_a_journalist_given_the_floor_is_a_person_not_the_city_her_given_name_spells() -> None:
    found = actors("MR PRICE: We'll start with Lara Jakes, New York Times. QUESTION: Thank you, Ned.")
    assert found.get("Lara Jakes") == "person"
    assert "Lara" not in found


def test_a_researcher_quoted_by_human_rights_watch_is_a_person_not_a_place() -> None:
    text = (
        "“The authorities ignored every safeguard,” said Tara Sepehri Far, senior Iran researcher "
        "at Human Rights Watch."
    )
    found = actors(text)
    assert "Tara" not in found
    assert any(n.startswith("Tara Sepehri") and t == "person" for n, t in found.items())


def test_a_place_before_a_word_of_an_organisation_stays_a_place() -> None:
    found = actors("Florida State PBA Corrections and the Fraternal Order of Police support the bill.")
    assert not any(n.startswith("Florida") and t == "person" for n, t in found.items())


def test_a_bill_named_with_a_given_name_is_no_person() -> None:
    found = actors("Iran’s parliament approved a draft Hijab and Chastity Bill with 70 articles.")
    assert "Chastity Bill" not in found


def test_a_senator_in_a_capitals_headline_keeps_his_surname() -> None:
    found = actors("SEN. COLEMAN SECURES EXTENSION OF TEMPORARY PROTECTED STATUS FOR LIBERIANS")
    assert "Coleman Secures" not in found


def test_a_press_officer_beside_the_ministers_office_is_not_the_minister(corpus: Path) -> None:
    # "MEDIA ENQUIRIES: Lynne Adams Minister's Office": Lynne is a census given name
    path = corpus / "press-releases" / "1991-04-09-hand-gerry-214096029.txt"
    text = path.read_text(encoding="utf-8")
    ex = extract(text)
    said = text.index("the  Minister said")
    holder = [a.name for a in ex.actors if any(s <= said + 5 < e for s, e in a.mentions)]
    assert holder == ["Gerry Hand"]


def test_a_city_after_an_article_or_a_year_names_an_event_not_a_person() -> None:
    text = (
        "Human Rights Watch is promoting human rights at the Paris Olympics, which mark the "
        "centennial of the 1924 Paris Olympics."
    )
    found = actors(text)
    assert found.get("Paris") == "place"
    assert "Paris Olympics" not in found


def test_a_city_before_a_title_and_its_holder_is_the_place_not_a_person() -> None:
    # State Department, 2022: "Geneva" (also a given name) before "Ambassador Sheba Crocker"
    found = actors(
        "U.S. Permanent Representative to the United Nations and Other International Organizations in "
        "Geneva Ambassador Sheba Crocker will head the U.S. delegation. Uzra Zeya will join the "
        "delegation in Geneva February 28-March 1 for meetings."
    )
    assert (found.get("Sheba Crocker"), found.get("Geneva")) == ("person", "place")
    assert not [name for name in found if name.startswith("Geneva ")]


def test_a_given_name_that_is_an_ordinary_word_names_a_person_before_a_common_surname() -> None:
    # 2006 book launch, 2001 Labor release, a 2012 panel's transcript: "Frank", "Bill" and "Mark" are
    # ordinary words, so the census names alone do not make them given names
    assert (
        actors("we are here today in Canberra to launch Frank  Brennan’s latest book").get("Frank Brennan")
        == "person"
    )
    text = "he had to renegotiate, along with Bill Hayden, the entirety of the Australian/American alliance"
    assert actors(text).get("Bill Hayden") == "person"
    text = "it's welcome to the Panel.  Mark Kenny, The Advertiser and Jessica Wright  from The National"
    assert actors(text).get("Mark Kenny") == "person"


def test_a_given_name_that_is_an_ordinary_word_stays_a_word_before_no_surname() -> None:
    found = actors("be clear are you cutting up the Omnibus Bill Prime Minister? Just to be categorical")
    assert "Bill Prime" not in found
    assert "Omnibus Bill Prime" not in found
