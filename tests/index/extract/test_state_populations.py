"""A state's population ("the entire Iraqi population") is its people, one actor with "the Iraqi
people" the text names, as the annotators of every genre join them."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# U.S. Senate release, Sen. McCain, 4 Jan 2007 (the scrape lost its full stops)
MCCAIN = (
    "Until the government and its coalition allies can protect the population the Iraqi people will "
    "increasingly turn to extra governmental forces especially Sunni and Shiite militias for security "
    "The Iraqi government must meet new benchmarks including a reconciliation process for insurgents and "
    "Baathists more equitable distribution of government resources sharing oil revenue with the entire "
    "Iraqi population and holding provincial elections that will bring Sunnis into government"
)


def test_a_states_population_is_its_people() -> None:
    ex = extract(MCCAIN, source_name="04Jan2007McCain7.txt")
    found = {MCCAIN[s:e]: a.name for a in ex.actors for s, e in a.mentions}
    population = next(name for surface, name in found.items() if surface.endswith("Iraqi population"))
    assert population == found["Iraqi people"]
