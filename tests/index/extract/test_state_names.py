"""A state named by another of its names in the authority file before a possessive composes as its
own name does (state_names.py): "Burma’s leaders" are Myanmar's government as "Myanmar’s leaders"
are, in real sentences from the corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _actors(text: str) -> dict[str, str]:
    doc = extract(text)
    return {text[s:e]: a.name + " [" + a.type + "]" for a in doc.actors for s, e in a.mentions}


def test_burmas_leaders_are_its_government() -> None:
    # a UN General Debate speech (Ireland, 2008)
    text = (
        "International pressure must be maintained on Burma’s leaders, including, and in particular, "
        "by the countries of the region."
    )
    assert _actors(text).get("Burma’s leaders") == "Government of Myanmar [government]"


def test_a_call_on_burmas_leaders_targets_its_government() -> None:
    # a UN General Debate speech (Ireland, 2010)
    text = (
        "And I very much endorse Secretary-General Ban’s call on Burma’s leaders to create the "
        "conditions in which free and fair elections can take place."
    )
    targets = [t for d in extract(text).demands for t in d.targets]
    assert "Government of Myanmar" in targets


def test_burmas_people_are_the_burmese_people() -> None:
    # a State Department release (2021)
    text = (
        "This assistance from the American people will enable humanitarian partners to help the most "
        "vulnerable affected populations in Burma and Thailand, benefiting more than 700,000 of "
        "Burma’s people and contributing to the provision of lifesaving humanitarian assistance."
    )
    assert _actors(text).get("Burma’s people") == "Burmese people [population]"


def test_a_senate_scrape_without_apostrophes() -> None:
    # a Senate release whose scrape turned every apostrophe into a space (2008)
    text = (
        "and then  last month  resisted and impeded international provision of critical assistance to "
        "millions of Burma s people in the aftermath of cyclone Nargis   Tens of thousands died"
    )
    assert _actors(text).get("Burma s people") == "Burmese people [population]"


def test_east_timors_people() -> None:
    # a UN General Debate speech (Vanuatu, 1990)
    text = (
        "East Timor’s people continue to be forgotten or ignored by many who now speak forcefully on "
        "the Persian Gulf."
    )
    assert _actors(text).get("East Timor’s people") == "Timorese people [population]"


def test_an_office_of_the_prc() -> None:
    # a State Department press briefing (2022)
    text = (
        "When it comes to what we have seen of the PRC’s foreign minister’s intention to travel, "
        "we’re aware of media reports of his travel."
    )
    assert _actors(text).get("PRC’s foreign minister") == "Foreign Minister of China [person]"


def test_americas_children_are_american_children() -> None:
    # a White House fact sheet (2022)
    text = (
        "The steps announced today will further help ensure America’s children have what they need to thrive."
    )
    assert _actors(text).get("America’s children") == "American children [population]"


def test_a_longer_name_ending_in_another_name_is_left_alone() -> None:
    # a UN General Debate speech (Dominican Republic, 2004): Latin America's people, not America's
    text = "The richest 10 per cent of Latin America’s population receives 54 per cent of the income."
    assert _actors(text).get("Latin America’s population") == "People of Latin America [population]"


def test_no_list_after_another_name() -> None:
    # a State Department release (2022): the Government of Belarus is no government of Russia
    text = (
        "In response, the Department of State is announcing a series of actions to promote "
        "accountability for the Russian Federation’s and Government of Belarus’s human rights abuses "
        "and violations."
    )
    assert _actors(text).get("Government of Belarus") == "Government of Belarus [government]"
    assert "Russian Federation’s and Government" not in _actors(text)
