"""A call verb in a measure's run of predicates is the measure's, so its sponsor's: "The bill
establishes …, authorizes …, calls for …, and urges …" is not a call of the actor named last before
the verb, only an object of the predicate before it."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import measure_series

from .test_speakers import demand_with, extracted


def test_a_bills_call_after_a_lost_comma_is_its_sponsors(corpus: Path) -> None:
    # U.S. Senate, scraped without punctuation: "The bill establishes 14 core principles of U S
    # policy  across a range of issues  authorizes a 25 percent increase in U S  assistance for the
    # Democratic Republic of the Congo  DRC   calls for a Special Envoy to resolve the situation in
    # Eastern Congo  and urges the Administration to use its voice and vote …"
    ex = extracted(corpus, "us-senate", "31Jan2006Obama598.txt")
    assert demand_with(ex.demands, "calls for a Special Envoy").by == "Barack Obama"


def test_an_amendments_second_predicate_is_the_amendments(corpus: Path) -> None:
    # U.S. Senate: "In addition, this amendment emphasizes the importance of the Palestinian
    # Authority closing weapons smuggling routes between Gaza and Egypt and requires the Department
    # of State to provide Congress with a report verifying compliance."
    ex = extracted(corpus, "us-senate", "7Apr2005Brownback78.txt")
    assert demand_with(ex.demands, "requires the Department").by == "Sam Brownback"
    # "This legislation would: specify that governments … are not immune from prosecution within
    # the U.S. court system; require the U.S. State Department to include …"
    ex = extracted(corpus, "us-senate", "22Jun2007Cornyn351.txt")
    assert demand_with(ex.demands, "require the U.S. State Department").by == "John Cornyn"


def test_a_new_subject_before_the_verb_is_no_run() -> None:
    # the verb right after its own subject, or in the other form than the measure's first verb
    text = "The bill establishes a fund for Sudan. China calls for restraint."
    assert measure_series.first_verb(text, 39, text.index("calls"))[1] == -1
    text = "The bill establishes a fund for the Congo, and they called for restraint."
    assert measure_series.first_verb(text, 0, text.index("called"))[1] == -1
    text = "The bill establishes a fund for the Congo and calls for a special envoy."
    assert measure_series.first_verb(text, 0, text.index("calls"))[1] == text.index("establishes")
