"""An imperative whose two-word head ("Do not", "Let us", "Stand with") is wrapped across lines, as
the hard-wrapped General Debate speeches print it, is a call as it is on one line."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _sentences(text: str) -> list[str]:
    return [" ".join(d.sentence.split()) for d in extract(text).demands]


def test_do_not_wrapped_after_do_is_an_imperative() -> None:
    # un-general-debates (Iceland, 2012): "Do\nnot start another war in the Middle East."
    text = (
        "Do not bomb Iran. Not this year, not next year. Do\n"
        "not start another war in the Middle East. At the same\n"
        "time, we have seen fundamental changes break forth."
    )
    assert "Do not start another war in the Middle East." in _sentences(text)


def test_let_us_wrapped_after_let_is_an_exhortation() -> None:
    # the same head on one line and wrapped: both are calls
    one = _sentences("We met in New York. Let us work for peace together.")
    wrapped = _sentences("We met in New York. Let\nus work for peace together.")
    assert one == wrapped == ["Let us work for peace together."]
