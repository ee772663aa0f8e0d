"""A sea, gulf, bay or strait named "of" a state or a place is one place, not the Gulf and the
state."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

WATERS = [
    (  # State Department, 2021-06-01 (Deputy Secretary Sherman's visit to Cambodia)
        "the PRC’s military presence and construction of facilities at Ream Naval Base on the Gulf of "
        "Thailand.",
        "Gulf of Thailand",
    ),
    (  # State Department, 2022-05-19 (Secretary Blinken at the UNSC meeting on food insecurity)
        "Ukraine by closing the Kerch Strait, tightening its control over the Sea of Azov, stationing",
        "Sea of Azov",
    ),
    (  # Australian release, 2013-07-09 (Morrison)
        "continues to conduct very serious interception operations in the Gulf of Aden as part of Operation "
        "Slipper.",
        "Gulf of Aden",
    ),
]


@pytest.mark.parametrize(("text", "water"), WATERS)
def test_a_water_named_of_a_state_or_place_is_one_place(text: str, water: str) -> None:
    actors = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert actors[water] == ("place", [water])
    assert "Gulf" not in actors and "Thailand" not in actors
