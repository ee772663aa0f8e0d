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


def test_our_country_elsewhere_and_our_countries_are_no_state() -> None:
    # a senator's release; the European Union at the General Debate, 2016
    release = "This legislation will help make our country secure in the years to come."
    assert all("our country" not in ms for ms in groups(release, "28Mar2007Durbin4.txt").values())
    text = "Terrorism threatens our countries. France will defend our country."
    found = groups(text, "FRA_71_2016.txt")
    assert found["France"] == ["France", "our country"]
    assert all("our countries" not in ms for ms in found.values())
