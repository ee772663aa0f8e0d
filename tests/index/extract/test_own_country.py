"""A UN speech's "my country" / "our country" is the speaking state, one actor with its name; not
in other genres, not "our countries"."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def groups(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found}


def test_my_country_in_a_un_speech_is_the_speaking_state() -> None:
    # Lebanon at the General Debate, 2016
    text = (
        "The Syrian crisis has imposed an unbearable burden on Lebanon that exceeds our "
        "capacities. My country, with its limited surface area, is host to more than 1.5 million "
        "displaced Syrians."
    )
    assert groups(text, "LBN_71_2016.txt")["Lebanon"] == ["Lebanon", "My country"]


def test_our_country_in_an_australian_release_and_our_countries_are_no_state() -> None:
    # Malcolm Fraser's release of 23 July 1978; the European Union at the General Debate, 2016
    release = "What Australia has built and achieved - what our country  promises - is too precious."
    found = groups(release, "1978-07-23-fraser-malcolm-213724521.txt")
    assert all("our country" not in ms for ms in found.values())
    text = "Terrorism threatens our countries. France will defend our country."
    found = groups(text, "FRA_71_2016.txt")
    assert found["France"] == ["France", "our country"]
    assert all("our countries" not in ms for ms in found.values())


def test_a_senators_our_country_and_our_nation_are_the_united_states() -> None:
    # U.S. Senate (21Dec2007Durbin10, 01Mar2005Kennedy13, scraped without punctuation)
    text = (
        "the legal loophole in our law is closed and perpetrators of genocide who come to our country"
        " will now face significant consequences   It is long past time that we wipe this stain from our"
        " nation s human rights record"
    )
    found = groups(text, "21Dec2007Durbin10.txt")
    assert found["United States"] == ["our country", "our nation"]
    # not "our nations", every member's
    assert "United States" not in groups("the security of our nations", "21Dec2007Durbin10.txt")
