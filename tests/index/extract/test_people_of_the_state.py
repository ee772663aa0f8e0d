""" "The people of the Philippines": a state written with its article names its people, a population,
as "the people of Syria" does; not the state alone."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# Human Rights Watch dispatch, Philippines, 27 Feb 2024
HRW = (
    "Marcos’s visit to Australia is an important opportunity for Australia’s leaders to address "
    "well-documented human rights abuses in the Philippines. Ignoring them will only embolden Marcos and "
    "the prevailing culture of impunity. The people of the Philippines deserve more than warm words and "
    "empty rhetoric when it comes to respecting and upholding their human rights."
)
# U.S. Senate release, Sen. Lugar, 4 Jan 2005
SENATE = (
    'The Senate has unanimously approved Senate Resolution 4, "expressing the sympathy and pledging the '
    "support of the United States Senate and the people of the United States for the victims of the "
    'powerful earthquake and devastating Tsunami" that struck the Indian Ocean and West Pacific on '
    "December 26, 2004."
)


def actors_at(text: str, source: str) -> dict[str, tuple[str, str]]:
    ex = extract(text, source_name=source)
    return {text[s:e]: (a.name, a.type) for a in ex.actors for s, e in a.mentions}


def test_the_people_of_a_state_written_with_its_article_are_a_population() -> None:
    found = actors_at(HRW, "2024-02-27-philippines-marcos-addresses-australian-parliament-amid-abuses.txt")
    assert found["The people of the Philippines"][1] == "population"
    assert found["Philippines"] == ("Philippines", "state")  # the abuses "in the Philippines"


def test_the_people_of_the_united_states_in_a_senate_release() -> None:
    found = actors_at(SENATE, "4Jan2005Lugar273.txt")
    assert found["the people of the United States"][1] == "population"
