"""The issuer by the conventions of each genre, from the document's metadata and its text: the
speaking delegation of a UN General Debate speech, the senator of a Senate release, the member or
party of an Australian release, the publisher of a web page."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.ingest.pipeline import analyse


@pytest.mark.parametrize(
    ("name", "state"),
    [
        ("GBR_71_2016.txt", "United Kingdom"),
        ("USA_68_2013.txt", "United States"),
        ("EU_71_2016.txt", "European Union"),
    ],
)
def test_un_speech_is_issued_by_the_delegation_its_file_names(corpus: Path, name: str, state: str) -> None:
    text = (corpus / "un-speeches" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == state


def test_un_speech_code_missing_from_the_authority_still_names_the_state() -> None:
    text = "I congratulate the President on his election. My country has always supported peace."
    assert extract(text, source_name="KAZ_71_2016.txt").issuer == "Kazakhstan"


@pytest.mark.parametrize(
    ("name", "senator"),
    [
        ("13Jun2005Leahy212.txt", "Patrick Leahy"),  # "Floor Statement Of Senator Patrick Leahy"
        ("17Jul2007McCain59.txt", "John McCain"),  # the letterhead in capitals: the file keeps "McCain"
        ("27Jun2007Menendez259.txt", "Robert Menendez"),  # a joint release: the file says whose office
        ("01Mar2005Kennedy13.txt", "Edward M. Kennedy"),  # the text never names him: the Senate list
        ("6Aug2004Craig150.txt", "Larry Craig"),  # an op-ed that never names its senator
    ],
)
def test_senate_release_is_issued_by_the_senator_its_file_names(
    corpus: Path, name: str, senator: str
) -> None:
    text = (corpus / "us-senate" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == senator


@pytest.mark.parametrize(
    ("name", "issuer"),
    [
        ("2000-11-17-australian-democrats-211508100.txt", "Australian Democrats"),
        ("1985-10-24-chipp-don-213914525.txt", "Don Chipp"),
        # the catalogue ran the union and its secretary together ("…federationcockcroft-david");
        # the letter names only him
        (
            "2001-08-30-international-transport-workers-federationcockcroft-david-211227823.txt",
            "David Cockcroft",
        ),
    ],
)
def test_release_is_issued_by_its_contributor(corpus: Path, name: str, issuer: str) -> None:
    text = (corpus / "press-releases" / name).read_text(encoding="utf-8")
    assert extract(text, source_name=name).issuer == issuer


def test_release_whose_contributor_the_text_never_names_falls_back_to_the_text() -> None:
    text = "SENATOR JANE ROE\n\nMEDIA RELEASE\n\nThe Greens today called for an inquiry, Senator Roe said."
    found = extract(text, source_name="2014-01-30-carr-kim-211403573.txt")
    assert found.issuer != "Kim Carr"


def test_state_department_page_is_issued_by_the_department_not_its_subject(corpus: Path) -> None:
    # The page's creator is "Office of the Spokesperson"; its address is state.gov.
    path = (
        corpus
        / "us-state-dept"
        / "2021-06-15-public-designation-of-former-namibian-public-officials-for-involvement-in-signif.html"
    )
    assert analyse(path, path.read_bytes()).extraction.issuer == "U.S. Department of State"


def test_page_address_names_the_publisher_even_when_a_person_signs_it(corpus: Path) -> None:
    path = corpus / "us-state-dept" / "2021-05-22-yemen-national-day.html"
    assert analyse(path, path.read_bytes()).extraction.issuer == "U.S. Department of State"


def test_white_house_page_is_issued_by_the_white_house(tmp_path: Path) -> None:
    page = tmp_path / "2022-03-19-statement-by-president-joe-biden.html"
    page.write_text(
        '<html><head><meta name="source-url" content="https://www.whitehouse.gov/briefing-room/'
        'statements-releases/2022/03/19/statement/"><meta name="creator" content="The White House">'
        "</head><body><h1>Statement by President Joe Biden</h1><p>The Congress must act now to fund "
        "our response to the pandemic. The United Nations has asked for help.</p></body></html>",
        encoding="utf-8",
    )
    assert analyse(page, page.read_bytes()).extraction.issuer == "White House"


def test_page_furniture_names_its_publisher_read_from_the_keyword_pass() -> None:
    """The marks read from the document's one keyword pass say what a search for each says."""
    from advocacy_archive.index.extract.genres import PAGE_MARKS, page_publisher

    furniture = "Click to expand Image Police detain protesters in Nairobi. © 2024 Private"
    assert page_publisher("Police detained protesters in Nairobi on Tuesday.") is None
    assert page_publisher(furniture) == "Human Rights Watch"
    for mark in PAGE_MARKS:
        assert page_publisher(f"Kenya: Free the Journalists\n{mark}\nThe government should…") is not None
