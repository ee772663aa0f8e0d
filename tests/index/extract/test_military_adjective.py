"""'Military' before a noun it describes names no armed force; as a noun it does."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def forces(text: str) -> list[str]:
    ex = extract(text)
    return [text[s:e] for a in ex.actors if a.type == "armed_force" for s, e in a.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # ICRC-style guidance and a State Department briefing (abridged)
        "Military planning in Burma must weigh the harm to civilians.",
        "In Burma, the anticipated military advantage does not justify the harm to civilians.",
        "We condemn the military coup in Burma and call for the release of all detainees.",
        "Burma faces sanctions until the military withdrawal is complete.",
    ],
)
def test_military_describing_a_noun_is_no_force(text: str) -> None:
    assert forces(text) == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("In Burma, the military must release all detainees.", "the military"),
        ("In Burma, the military arrested hundreds of protesters.", "the military"),
        ("In Chad, gendarmes and members of the military receive training.", "the military"),
        ("In Burma, our military forces will not intervene.", "our military"),
    ],
)
def test_military_as_a_noun_is_the_force(text: str, said: str) -> None:
    assert said in forces(text)
