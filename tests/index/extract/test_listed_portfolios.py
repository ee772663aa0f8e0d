"""A minister's portfolio written as a list ("Minister for Justice, Customs and Border Protection")
or with a plural's possessive ("Minister for Veterans’ Affairs") is one office: its holder named
after a comma is that person, not an office of its own beside him."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str, source: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source).actors}


def test_a_listed_portfolio_and_its_holder_are_one_person() -> None:
    # press release (Australian opposition), 2012
    text = (
        "The arrival of the largest number of people on an illegal boat in more than two years  comes as "
        "arrivals remain at record levels in 2012, Shadow Minister for Immigration  and Citizenship, "
        "Scott Morrison and Shadow Minister for Justice, Customs and  Border Protection, Michael Keenan "
        "said today.\n"
        "Mr Keenan said: “The interception of the 40th illegal boat arrival for the year is  confirmation "
        "that we are set for yet another record breaking year.”"
    )
    got = found(text, "2012-05-20-keenan-michael-211373479.txt")
    keenan = got["Michael Keenan"]
    assert "Shadow Minister for Justice, Customs and  Border Protection" in keenan
    assert not any(name.startswith("Shadow Minister for Justice") for name in got)
    # the list of two people is no portfolio: Scott Morrison stays the other person
    assert "Scott Morrison" in got


def test_a_plural_possessive_portfolio_is_the_holder_named_after_it() -> None:
    # press release (Australian government), 2001
    text = (
        "Issued by the Minister for Veterans’ Affairs, Bruce Scott, to foster awareness of Australia’s "
        "wartime history and heritage during the Centenary of Federation."
    )
    got = found(text, "2001-03-27-scott-bruce-211222191.txt")
    assert got["Bruce Scott"] == ["the Minister for Veterans’ Affairs", "Bruce Scott"]
    assert "Minister for Veterans" not in got


def test_a_listed_portfolio_with_a_titled_holder_after_it() -> None:
    # press release (Australian government), 1988: the list holds "Local Government", no body
    text = (
        "The Minister for Immigration, Local Government and Ethnic  Affairs, Senator Robert Ray, said the "
        "Government's response  drew on the committee's wide-ranging enquiries.\n"
        "Senator Ray said the migration program for 1989/90 would be  140,000."
    )
    got = found(text, "1988-12-08-ray-robert-214058491.txt")
    assert "The Minister for Immigration, Local Government and Ethnic  Affairs" in got["Robert Ray"]
    assert "Minister for Immigration" not in got


def test_two_offices_joined_by_and_are_no_listed_portfolio() -> None:
    # us-state-dept joint statement, 2022: the Secretary and the other states' ministers
    text = (
        "U.S. Secretary of State Antony J. Blinken, Japanese Foreign Minister Hayashi Yoshimasa and "
        "Republic of Korea (ROK) Minister of Foreign Affairs Chung Eui-yong met today in Honolulu, Hawaii, "
        "to reaffirm the critical importance of strong U.S.-Japan-ROK trilateral cooperation.\n"
        "The Secretary and Foreign Ministers condemned the DPRK’s recent ballistic missile launches and "
        "expressed deep concern about the destabilizing nature of these actions."
    )
    got = found(text, "2022-02-13-joint-statement-on-the-u-s-japan-republic-of-korea.html")
    assert not any(name.startswith("Secretary and") for name in got)
