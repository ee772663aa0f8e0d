"""A letter's request for a thing asks its addressee: "… sent a letter to Secretary of State
Condoleezza Rice requesting an explanation for …" is a call on Rice, as the sets annotate "wrote to
Nepal's finance minister urging …" and "has written to President Bush suggesting …"."""

from __future__ import annotations

from pathlib import Path

from .test_speakers import demand_with, extracted


def test_a_letter_requesting_a_thing_asks_its_addressee(corpus: Path) -> None:
    # U.S. Senate, scraped without punctuation: "Today Senator John Kerry  D Mass   and Senator
    # Edward M  Kennedy  D Mass   sent a letter to Secretary of State Condoleezza Rice  requesting an
    # explanation for the early dismissal of John Evans …"
    ex = extracted(corpus, "us-senate", "07Jun2006Kerry113.txt")
    request = demand_with(ex.demands, "requesting an explanation")
    assert request.targets == ("Condoleezza Rice",)


def test_the_addressee_ends_before_a_scraped_aside(corpus: Path) -> None:
    # U.S. Senate: "She and Senator Elizabeth Dole  R NC  have also written to Secretary Rice  joined
    # by a bipartisan coalition of Senators  requesting her assistance in facilitating the submission
    # of the Third Additional Protocol to the Senate"
    ex = extracted(corpus, "us-senate", "15Jun2006Clinton445.txt")
    request = demand_with(ex.demands, "requesting her assistance")
    assert request.targets == ("Condoleezza Rice",)
    # "…today sent a letter to Deputy Secretary of State John Negroponte requesting information on
    # his recent visit with Libyan Leader Colonel Qaddafi"
    ex = extracted(corpus, "us-senate", "8May2007Clinton839.txt")
    request = demand_with(ex.demands, "requesting information on his recent visit")
    assert request.targets == ("John Negroponte",)
