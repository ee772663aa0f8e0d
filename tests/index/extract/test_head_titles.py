"""The "Government" of a head's title names no government: on sentences from the corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def governments(text: str, source: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "government"}


def test_heads_of_state_and_government_are_no_government() -> None:
    # Mongolia, 2021: the word went to Japan's government, named in the sentence before
    text = (
        "Japan hosted the Games with great success. Unlike the general debate last year, when "
        "Heads of State and Government spoke virtually, this time we are meeting in person."
    )
    assert governments(text, "MNG_76_2021.txt") == {}


def test_a_head_of_government_is_no_government_but_the_government_stays() -> None:
    # Luxembourg, 2020: "As Head of Government" was the United States' government
    text = (
        "The United States has been hit hard by the pandemic. As Head of Government, I have had "
        "to deal with all facets of this crisis. The Government has therefore decided to test "
        "the entire population."
    )
    assert governments(text, "LUX_75_2020.txt") == {"Government of Luxembourg": ["The Government"]}


def test_a_meeting_of_heads_of_government_is_no_government() -> None:
    # an Australian release, 1978: the word was one more mention of the Australian government
    text = (
        "The Prime Minister said the Government would attend. The Heads of Government from "
        "countries including Germany and Canada will meet in Bonn."
    )
    assert [m for ms in governments(text).values() for m in ms] == ["the Government"]
