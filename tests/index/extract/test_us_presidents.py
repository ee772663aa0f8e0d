"""A U.S. page's "the President" is the president in office on the page's day, whom the text may
name once in full in a form the authority file lacks ("President George W. Bush"); a president of
the past named once ("President Theodore Roosevelt") is not he."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.us_presidents import day_of, sitting

# U.S. Senate release, Sen. Snowe, 31 Jan 2006
SNOWE = (
    "Sen. Olympia J. Snowe (R-Maine) and 33 of her Senate colleagues sent a letter to President George "
    "W. Bush requesting that he develop a comprehensive strategy for introducing new peacekeeping forces "
    "into Darfur and that he increase options for dealing with deteriorating security conditions in light "
    "of continued African Union shortcomings. Snowe and her colleagues also requested that the President "
    "support appropriations requests that seek funding specifically designated for emergency needs in "
    "Darfur."
)
# U.S. Senate release, Sen. Leahy, 2 Nov 2007 (the scrape lost its full stops)
LEAHY = (
    "This Administrations corrosive view that the President is above the law and may override the law as "
    "he chooses is about as extreme a view of executive power as I have witnessed "
    "It was true when President Theodore Roosevelt acted in 1902 to first court martial and then dismiss "
    "an American general for allowing his troops to engage in water torture in the Philippines "
)


def names(text: str, surface: str, source_name: str) -> set[str]:
    ex = extract(text, source_name=source_name)
    return {a.name for a in ex.actors for s, e in a.mentions if text[s:e] == surface}


def test_the_president_is_the_sitting_president_the_release_names_in_full() -> None:
    assert names(SNOWE, "the President", "31Jan2006Snowe93.txt") == {"George W. Bush"}


def test_a_president_of_the_past_named_once_is_not_the_president() -> None:
    assert "Theodore Roosevelt" not in names(LEAHY, "the President", "02Nov2007Leahy86.txt")


def test_without_a_day_the_president_named_once_stays_apart() -> None:
    assert names(SNOWE, "the President", "letter.txt") != {"George W. Bush"}


def test_the_day_is_read_from_either_file_name() -> None:
    assert day_of("01Mar2006Kennedy13.txt") == "2006-03-01"
    assert day_of("2021-08-04-secretary-blinkens-call.html") == "2021-08-04"
    assert sitting("2006-03-01") == "Bush" and sitting("2021-08-04") == "Biden" and sitting("") == ""


# State Department page, 28 Mar 2022 (Secretary Blinken at the Negev Summit)
NEGEV = (
    "On behalf of President Biden, the American people, we extend our heartfelt condolences to the loved "
    "ones of those killed. Almost exactly 43 years ago, Israel and Egypt concluded the Camp David Accords. "
    "At that time, standing between President Sadat and President Begin, President Carter said this: "
    "\u201cWe are privileged to witness a significant achievement.\u201d"
)
STATE_URL = "https://www.state.gov/secretary-blinken-at-the-negev-summit/"


def test_a_title_before_another_presidents_name_is_not_the_sitting_president() -> None:
    ex = extract(NEGEV, source_name="2022-03-28-negev-summit.html", source_url=STATE_URL)
    biden = [NEGEV[s:e] for a in ex.actors if a.name == "Joe Biden" for s, e in a.mentions]
    assert biden == ["President Biden"]
