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


def test_a_un_speakers_delegation_island_and_land_are_the_speaking_state() -> None:
    # General Debate speeches: Nauru, 2019; the Democratic Republic of the Congo, 2014
    text = (
        "On behalf of the Republic of Nauru, I would like to congratulate the President. Let me assure "
        "him of my delegation’s full cooperation and support as he steers our important work during this "
        "session. An area equal to 80 per cent of our island, topside, rises many meters above sea level."
    )
    found = groups(text, "NRU_74_2019.txt")
    assert "my delegation" in found["Nauru"]
    assert "our island" in found["Nauru"]
    text = (
        "Through the application of a judicious mix of political dialogue, diplomacy and military action "
        "we have moved steadily closer to the goal we have set ourselves of banishing negative forces "
        "from our land and thus helping to bring peace to the eastern part of the country."
    )
    assert "our land" in groups(text, "COD_69_2014.txt")["Democratic Republic of the Congo"]


def test_every_small_islands_and_land_as_a_modifier_are_not_the_speaking_state() -> None:
    # General Debate speeches: Antigua and Barbuda, 2016; Zimbabwe, 2014
    text = (
        "Many of our small island States are burdened by high debt because we are denied access to "
        "concessionary financing. Antigua and Barbuda has proposed debt swaps."
    )
    found = groups(text, "ATG_71_2016.txt")
    assert all(not m.startswith("our small island") for ms in found.values() for m in ms)
    text = (
        "In Zimbabwe, my Government has gone a long way in laying the foundation for sustained food "
        "production through our land reform programme."
    )
    found = groups(text, "ZWE_69_2014.txt")
    assert all(not m.startswith("our land") for ms in found.values() for m in ms)


def test_a_senators_this_nation_is_the_united_states_unless_another_state_was_just_named() -> None:
    # U.S. Senate, scraped without punctuation (tune15 02Mar2006Leahy297, tune2 3Aug2005Clinton321)
    text = (
        "There are 11 million undocumented aliens in this nation  and      we all know that it would be "
        "impossibly costly  complicated       distracting and burdensome to locate and deport those 11 "
        "million      people"
    )
    assert groups(text, "02Mar2006Leahy297.txt")["United States"] == ["this nation"]
    text = (
        "regardless of gender  would greatly hurt the women in Iraq  especially those who are helping to "
        "rebuild this country in the post Saddam era"
    )
    found = groups(text, "3Aug2005Clinton321.txt")
    assert all("this country" not in ms for name, ms in found.items() if name != "Iraq")
