"""The speaker as subject after an adverb ("collectively we", "Ultimately, we") is still the
speaker: "we shall" after it promises, as "We shall return" does, while "we must" after it still
asks (UN General Debate speeches)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


def test_we_shall_after_an_adverb_promises() -> None:
    # UN General Debate, 2010 (Lesotho)
    sentence = (
        "It is only then that collectively we shall be able to promote progress and better "
        "standards of life in larger freedom."
    )
    assert extract(LEAD + sentence).demands == ()


def test_we_must_after_an_adverb_still_asks() -> None:
    # UN General Debate, 2015 (Somalia; United Republic of Tanzania)
    for sentence in (
        "Ultimately, we must enable the rebuilding of State institutions and infrastructure.",
        "Collectively, we must aspire to improve our preparedness, collaboration and response to the "
        "threat we face.",
    ):
        demands = extract(LEAD + sentence).demands
        assert len(demands) == 1
        assert demands[0].targets == ()
