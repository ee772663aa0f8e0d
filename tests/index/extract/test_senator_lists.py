"""Senators a release names by the bare surname in a list with a colleague are people: "Obama,
Brownback, Durbin, and DeWine Introduce …", scraped as "Obama  Brownback  Durbin  and DeWine …"."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract
from advocacy_archive.index.models import Actor

from .test_speakers import extracted


def _person(actors: tuple[Actor, ...], name: str) -> Actor:
    found = [a for a in actors if a.name == name]
    assert len(found) == 1, [a.name for a in actors]
    assert found[0].type == "person"
    return found[0]


def test_co_sponsors_listed_by_surname_are_the_senators(corpus: Path) -> None:
    # U.S. Senate, scraped without punctuation: the headline "Obama  Brownback  Durbin  and DeWine
    # Introduce Comprehensive Legislation on the Congo" (three times), and "… with some of the
    # Senate s leading voices   Brownback  Durbin  DeWine   on Africa"
    ex = extracted(corpus, "us-senate", "31Jan2006Obama598.txt")
    for name in ("Sam Brownback", "Dick Durbin", "Mike DeWine"):
        assert len(_person(ex.actors, name).mentions) == 4


def test_a_letters_signers_listed_by_surname(corpus: Path) -> None:
    # U.S. Senate: "The Senators signing the letter are   Schumer  Collins  Bayh  Chambliss  Smith
    # Brownback  Ensign  Lautenberg  Coleman  Wyden  Dodd  Kohl  Nelson  NE   Dorgan  and Santorum"
    ex = extracted(corpus, "us-senate", "11Mar2005Schumer661.txt")
    for name in ("Evan Bayh", "Saxby Chambliss", "Ron Wyden"):
        _person(ex.actors, name)
    # "Nelson": two senators of the time bore the name, and the list does not say which
    assert not any(a.name.endswith("Nelson") for a in ex.actors)


def test_a_list_without_a_colleague_found_is_left() -> None:
    # no person already found in it: a list of capitalised words need not be senators
    text = "Officials met in Washington.   Brownback  Durbin  and DeWine were not there."
    ex = extract(text, source_name="31Jan2006Obama598.txt")
    assert not any(a.name == "Sam Brownback" for a in ex.actors)
