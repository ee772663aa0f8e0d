"""A state of a union or a province named alone as the one a call asks stands for its government
("Alabama should not be subjecting Smith…"), as a state does; a continent or a region named so
is no one asked ("Africa must have permanent seats")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.governed_places import governed

# HRW, 23 January 2024 (Alabama's nitrogen execution): the state of the union asked by its name
ALABAMA = (
    "On January 25th, the United States state of Alabama plans to belt Kenneth Eugene Smith to a "
    "gurney. Alabama should not be subjecting Smith to this experimentation, the terrifying "
    "uncertainty, or the almost-certain suffering."
)
# HRW, 1 April 2024 (Mexico): a Mexican state asked in a quotation
GUANAJUATO = (
    "“Guanajuato should heed activists’ calls and Mexican law and join the majority of Mexican "
    "states that uphold the rights of their gender minorities by creating an administrative gender "
    "recognition procedure.”"
)
# UN General Debate, Malawi 2023: a continent that should be given seats is asked nothing
AFRICA = (
    "I believe President Biden said it so well here, and Malawi joins the United States in insisting "
    "that Africa must have permanent seats on the Security Council with veto power."
)


def test_a_state_of_the_union_named_alone_is_the_target_of_the_call_on_it() -> None:
    demand = next(d for d in extract(ALABAMA).demands if "subjecting" in d.sentence)
    assert demand.targets == ("Alabama",)


def test_a_mexican_state_named_alone_is_the_target() -> None:
    assert [d.targets for d in extract(GUANAJUATO).demands] == [("Guanajuato",)]


def test_a_continent_named_alone_is_no_target() -> None:
    demand = next(d for d in extract(AFRICA).demands if "permanent seats" in d.sentence)
    assert "Africa" not in demand.targets


def test_subdivisions_have_governments_continents_and_regions_do_not() -> None:
    assert governed("Alabama") and governed("Balochistan")
    assert not governed("Africa") and not governed("Caribbean") and not governed("Gaza")
