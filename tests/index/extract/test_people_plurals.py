"""A people that is no state's, named by its plural and as "<adjective> people" in one text, is
one population: "the Hmong" and "the Hmong people", "Jews" and "the Jewish people"."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def populations(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    groups = [a for a in ex.actors if a.type == "population"]
    return {a.name: [" ".join(text[s:e].split()) for s, e in a.mentions] for a in groups}


def test_the_plural_is_the_people_named_with_its_adjective() -> None:
    # a U.S. senator's letter to the Secretary of State (2005)
    text = (
        "Dear Madam Secretary:\n\nWe are writing to ask for an independent monitoring mechanism to "
        "report on the status of the Hmong people. The reports allege that the Hmong are slowly "
        "starving."
    )
    found = populations(text)
    assert sorted(found["Hmong people"]) == ["Hmong", "Hmong people"]


def test_the_ish_adjective_names_the_plurals_people() -> None:
    # a UN General Debate speech (Israel, 2018)
    text = (
        "Our Parliament recently adopted a law declaring Israel the nation-State of the Jewish people. "
        "His Palestinian National Authority imposes death sentences on Palestinians for selling land "
        "to Jews."
    )
    found = populations(text)
    assert sorted(found["Jewish people"]) == ["Jewish people", "Jews"]


def test_some_of_the_people_stay_apart() -> None:
    # a UN General Debate speech (Israel, 2011): "Those Jews who were exiled" are some of them
    text = (
        "On behalf of Israel and the Jewish people, I extend that hand again today. Those Jews who "
        "were exiled from our land never stopped dreaming of coming back."
    )
    found = populations(text)
    assert found["Jewish people"] == ["Jewish people"]


def test_a_headlines_capital_of_before_a_people_is_read() -> None:
    # a U.S. senator's release (2007): its headline writes "OF" in capitals before the people
    text = (
        "SEN. MCCONNELL CONTINUES TO SPEAK OUT IN SUPPORT OF BURMESE PEOPLE\n"
        "  U.S. Senate Republican Leader Mitch McConnell delivered the following floor statement.\n"
        "\"The SPDC's swift and barbaric punishment of the Burmese people seems like a relic from "
        'another era."'
    )
    found = populations(text)
    assert "BURMESE PEOPLE" in found["Burmese people"]
