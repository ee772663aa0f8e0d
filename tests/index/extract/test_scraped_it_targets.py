"""In a release scraped without punctuation, "it" after a call stands for a body named in the
sentence before only: the sentence is bounded by the lost stops (two blanks before a capital), not
by a full stop a whole release back."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_it_of_an_event_in_a_scrape_asks_no_body_named_far_before() -> None:
    # U.S. Senate, Kerry 25 Sep 2007 (a scrape without punctuation)
    text = (
        "They should know the government of the United States fully supports their non violent "
        "struggle      The world has not forgotten Burmas last great democratic uprising in 1988  one "
        "that was brutally crushed by the military at the cost of some 3 000 innocent lives  That day "
        "and those that have followed remind us of the worlds collective failure  It must not happen "
        "again"
    )
    found = [d for d in extract(text).demands if text[d.start : d.end].startswith("It must not")]
    assert found and not found[0].targets
