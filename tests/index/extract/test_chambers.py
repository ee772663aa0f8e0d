"""A legislature's chambers named without their state ("the House of Representatives", "the
House", "the Upper House") are the issuer's own chamber, on real sentences of Senate and
Australian releases."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def legislatures(text: str, source: str) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "legislature"}


def test_a_senators_house_is_the_us_house_of_representatives() -> None:
    # U.S. Senate, Kennedy, 2007 (punctuation stripped as scraped)
    text = (
        "The bill passed the House of Representatives in March  and it was also approved by the Senate "
        "as an amendment to the Defense Authorization Bill in September  Both the House and Senate are "
        "expected to act upon the Defense Authorization Bill"
    )
    found = legislatures(text, "30Nov2007Kennedy8.txt")
    assert found["House of Representatives of the United States"] == [
        "the House of Representatives",
        "the House",
    ]
    assert found["Senate of the United States"] == ["the Senate", "Senate"]


def test_house_inside_another_name_or_title_is_no_chamber() -> None:
    # U.S. Senate, 2005; an Australian minister's letterhead, 2014
    text = (
        "Earlier this month Rep. Kirk, a member of the House Appropriations Subcommittee, wrote to the "
        "Senate. CHRISTOPHER PYNE MP  Minister for Education  Leader of The House  TRANSCRIPT"
    )
    assert not any(name.startswith("House of Representatives") for name in legislatures(text, ""))


def test_the_upper_house_is_the_senate_named_before() -> None:
    # Australian Democrats, Stott Despoja, 2001
    text = (
        "The Senate has been the house of review. The Australian Democrats could hold the balance of "
        "power, not only in the Upper   House but in the House of   Representatives as well."
    )
    found = legislatures(text, "2001-10-02-stott-despoja-natasha-211229538.txt")
    assert found["Senate of Australia"] == ["The Senate", "the Upper   House"]
    assert found["House of Representatives of Australia"] == ["the House of   Representatives"]


def test_a_states_named_chamber_is_the_one_actor_its_bare_name_is() -> None:
    # U.S. Senate releases, 2005–2007: "the U.S. Senate", "the Senate", "U.S. Senators" are one
    # chamber; "the US Congress" and "US lawmakers" the Congress the dictionary names
    text = (
        "The U.S. Senate passed the resolution. The Senate acted quickly. U.S. Senators agreed, "
        "and US lawmakers urged the US Congress to act."
    )
    found = legislatures(text, "4Jan2005Lugar273.txt")
    assert found["Senate of the United States"] == ["U.S. Senate", "The Senate", "U.S. Senators"]
    assert found["United States Congress"] == ["US lawmakers", "US Congress"]


def test_the_european_parliament_keeps_its_own_name() -> None:
    # HRW on Georgia's foreign agents law, April 2024
    found = legislatures("The European Parliament adopted a resolution on Georgia.", "2024-04-04-x.txt")
    assert found == {"European Parliament": ["European Parliament"]}


def test_capitol_hill_and_the_hill_are_the_us_congress() -> None:
    # U.S. Senate, 2007 (tune's Leahy358); State Department briefing, 2022
    text = "Real oversight has returned to Capitol Hill, and the investigation has pulled back the curtain."
    assert legislatures(text, "us-senate/19Apr2007Leahy358.txt")["United States Congress"] == ["Capitol Hill"]
    text = (
        "MR PRICE: Deputy Secretary Sherman is on the Hill testifying. Congress has been clear. "
        "He lives on Hill Street."
    )
    found = legislatures(text, "us-state-dept/2021-08-03-department-press-briefing.html")
    assert found["United States Congress"] == ["the Hill", "Congress"]


def test_a_congressional_delegation_is_a_legislature_not_its_place() -> None:
    # U.S. Senate releases, 2005-2007 (tune's "the Minnesota Congressional delegation")
    text = (
        "Senator Coleman led a congressional delegation to Iraq. The Minnesota Congressional "
        "delegation wrote to the Secretary."
    )
    found = legislatures(text, "us-senate/21Dec2005Coleman331.txt")
    assert found["Minnesota congressional delegation"] == ["The Minnesota Congressional delegation"]
    assert found["Congressional delegation"] == ["a congressional delegation"]


def test_the_chamber_after_a_legislature_is_it_but_a_courts_is_not() -> None:
    # U.S. Senate, 2007; HRW (Nepal)
    text = "The historic Senate vote comes just a week after the chamber narrowly defeated a similar measure."
    assert legislatures(text, "29Mar2007Leahy383.txt")["Senate of the United States"][-1] == "the chamber"
    court = (
        "Nepal's parliament passed the act in 2015. "
        + "The families waited for years. " * 12
        + "On the day of the final hearing, the lead justice asked the chamber if anyone could speak."
    )
    assert not any(court[s:e] == "the chamber" for a in extract(court).actors for s, e in a.mentions)
