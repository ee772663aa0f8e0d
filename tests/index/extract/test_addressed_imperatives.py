"""An imperative the speaker addresses to someone named before a colon ("I say to X: do not …")
asks the one addressed."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _demands(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(" ".join(d.sentence.split()), tuple(d.targets)) for d in extract(text).demands]


def test_imperative_after_the_addressee_and_a_colon_asks_them() -> None:
    # un-general-debates (Iceland, 2012), hard-wrapped as the bulk speeches are
    text = (
        "Do not start another war in the Middle East. At the same\n"
        "time, I say to President Ahmadinejad and the Iranian\n"
        "leadership: do not build a bomb. Let diplomacy work."
    )
    found = dict(_demands(text))
    asked = found[
        "At the same time, I say to President Ahmadinejad and the Iranian leadership: do not build a bomb."
    ]
    assert any("Ahmadinejad" in t for t in asked)


def test_named_opponent_addressed_in_a_press_release_is_asked() -> None:
    # press-releases (Warren Truss, 2013)
    text = (
        "Mr Rudd is always trying to internationalise problems and that’s an excuse for inaction here in "
        "Australia. I  say to Mr Rudd: stop making excuses, stop trying to say this is the world’s problem."
    )
    found = dict(_demands(text))
    asked = found["I say to Mr Rudd: stop making excuses, stop trying to say this is the world’s problem."]
    assert any("Rudd" in t for t in asked)


def test_courtesy_after_the_colon_asks_no_one() -> None:
    # "let me …" after the colon is the speaker's own turn, no call
    assert _demands("I say to this Assembly: let me thank you for your hospitality.") == []
