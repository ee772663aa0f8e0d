"""A diagonal compass point before a state's name ("northeast Syria", "southeastern Ukraine") names
a place of its own, as "southern Syria" does (real sentences from HRW releases)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _types(text: str) -> dict[str, tuple[str, str]]:
    return {text[s:e]: (a.name, a.type) for a in extract(text).actors for s, e in a.mentions}


def test_a_diagonal_compass_word_and_a_state_is_a_place() -> None:
    # hrw-news, Iraq's deportations of Syrians (2024)
    text = (
        "Iraqi authorities in Baghdad and Erbil have arbitrarily detained and deported Syrians to "
        "Damascus and to parts of northeast Syria under the control of Kurdish-led forces, Human "
        "Rights Watch said today."
    )
    assert _types(text)["northeast Syria"] == ("Northeast Syria", "place")


def test_its_adjectival_and_hyphenated_forms_too() -> None:
    # a State Department briefing (2021): "…brought in from northwest Syria by the Turks"; hrw-news
    # on Mariupol (2024): "A strategic port city in southeastern Ukraine"
    text = (
        "They are Syrian National Army fighters brought in from northwest Syria by the Turks. "
        "Mariupol is a strategic port city in southeastern Ukraine."
    )
    found = _types(text)
    assert found["northwest Syria"] == ("Northwest Syria", "place")
    assert found["southeastern Ukraine"] == ("Southeast Ukraine", "place")
