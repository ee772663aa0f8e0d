"""A state's name after a capitalised compass word names the region ("Central Uganda", "WESTERN
SUDAN"), one actor with its lower-case writing, apart from the state."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def groups(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_a_capitalised_compass_word_makes_the_region_a_place_of_its_own() -> None:
    # Senator Corzine, 2004 (Darfur); HRW, 2024 (Uganda)
    text = (
        "GENOCIDE IN WESTERN SUDAN. The crisis in western Sudan grows, and Sudan must act. In "
        "Central Uganda, pre-primary schools are scarce."
    )
    found = groups(text)
    assert found["Western Sudan"] == ["WESTERN SUDAN", "western Sudan"]
    assert found["Sudan"] == ["Sudan"]
    assert found["Central Uganda"] == ["Central Uganda"]
    assert "Uganda" not in found


def test_a_name_that_goes_on_after_the_state_is_not_a_region() -> None:
    text = "The Western Azerbaijan Community met in Baku. Azerbaijan denied it."
    assert "Western Azerbaijan" not in groups(text)
