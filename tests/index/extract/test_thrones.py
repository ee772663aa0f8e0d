"""A monarch's throne named for the realm ("the King of Bahrain", "the Amir of Kuwait") beside the
monarch's name is that person, as "the President of Chad, Mahamat Idriss Deby" is: one actor."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    persons = [a for a in ex.actors if a.type == "person"]
    return {a.name: [" ".join(text[s:e].split()) for s, e in a.mentions] for a in persons}


@pytest.mark.parametrize(
    ("text", "throne", "name"),
    [
        # a UN General Debate speech (Turkey, 2017)
        (
            "We support the mediation efforts of the Amir of Kuwait, Sheikh Sabah Al-Ahmad Al-Jaber "
            "Al-Sabah, to resolve the crisis through dialogue.",
            "the Amir of Kuwait",
            "Sabah Al-Ahmad Al-Jaber Al-Sabah",
        ),
        # a UN General Debate speech (Bahrain, 2007): the throne after the name
        (
            "Bahrain has continued its democratic march forward, under the leadership of His Majesty King "
            "Hamad bin Isa Al-Khalifa, King of Bahrain, where free and fair elections were held.",
            "King of Bahrain",
            "Hamad bin Isa Al-Khalifa",
        ),
        # a joint NGO letter on Human Rights Watch's site (2024), addressed to the King
        (
            "King of Bahrain, King Hamad bin Isa al-Khalifa,\n\nCrown Prince and Prime Minister, Prince "
            "Salman bin Hamad al-Khalifa,\n\nYour Majesties,\n\nWe write to you today.",
            "King of Bahrain",
            "Hamad bin Isa al-Khalifa",
        ),
    ],
)
def test_a_throne_beside_its_holder_is_the_holder(text: str, throne: str, name: str) -> None:
    found = people(text)
    assert name in found
    assert throne in found[name]


def test_the_throne_alone_later_is_the_holder_named_beside_it() -> None:
    # a UN General Debate speech (Kuwait, 2012)
    text = (
        "In this context I would like to recall what His Highness Sheikh Sabah Al-Ahmad Al-Jaber "
        "Al-Sabah, Amir of the State of Kuwait, proposed at the high-level meeting. I should like to "
        "quote from the statement delivered by His Highness the Amir of the State of Kuwait at the "
        "Summit of the Organization of Islamic Cooperation."
    )
    found = people(text)
    assert found["Sabah Al-Ahmad Al-Jaber Al-Sabah"].count("Amir of the State of Kuwait") == 1
    assert "the Amir of the State of Kuwait" in found["Sabah Al-Ahmad Al-Jaber Al-Sabah"]


def test_a_throne_in_a_list_of_people_is_no_neighbours() -> None:
    # a UN General Debate speech (Palestine, 2013): a list of people, each their own
    text = (
        "They were honoured together: our departed leader, Yasser Arafat, and Yitzhak Rabin, the late "
        "Israeli Prime Minister, the King of Jordan and former President Bill Clinton."
    )
    found = people(text)
    assert "the King of Jordan" not in found.get("Bill Clinton", [])
    assert "Israeli Prime Minister" not in found.get("King of Jordan", [])
