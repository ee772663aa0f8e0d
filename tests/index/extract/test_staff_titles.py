"""A White House staff title ("Special Assistant to the President and …") with its holder's name is
one person's mention: "the President" inside it is no mention of the President, and the bodies the
title names are not marked again. Sentences from State Department pages (2022)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

STATE_PAGE = "https://www.state.gov/a-page/"


def spans(text: str) -> dict[str, str]:
    ex = extract(text, source_url=STATE_PAGE)
    return {text[s:e]: a.type for a in ex.actors for s, e in a.mentions}


@pytest.mark.parametrize(
    "person",
    [
        "Special Assistant to the President and National Security Council Senior Director for Africa "
        "Dana Banks",
        "Special Assistant to the President and Senior Director for Transborder at the National Security "
        "Council Katie Tobin",
    ],
)
def test_a_staff_title_and_its_holder_are_one_person(person: str) -> None:
    text = f"Peace and Security: {person}, and Assistant Secretary Molly Phee outlined the priorities."
    found = spans(text)
    assert found.get(person) == "person"
    assert "the President" not in found
    assert "National Security Council" not in found


def test_the_president_alone_is_still_the_president() -> None:
    text = "The Secretary reaffirmed the President’s commitment and spoke to the President and Minister Soto."
    assert spans(text).get("the President") == "person"
