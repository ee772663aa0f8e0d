"""A programme named with its state owner's possessive ("China’s Belt and Road Initiative", "the
State Department’s Global Equality Fund") is no organisation: the annotations mark no programme
as an actor."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_a_states_initiative_named_bare_after_is_no_ngo() -> None:
    # US State Department, a joint press availability, 2021
    text = (
        "You’ve said in the past that Italy and China need to forge closer ties, and Italy has been a "
        "supporter of China’s Belt and Road Initiative. Does Italy today maintain steadfast support "
        "for the Belt and Road Initiative?"
    )
    found = names(text)
    assert not any("Belt and Road" in name for name in found)
    assert found["China"] == "state"


def test_the_departments_fund_is_no_ngo() -> None:
    # US State Department, the Secretary's remarks at a Pride reception, 2022
    text = (
        "And this year, we’re celebrating the 10th anniversary of the State Department’s Global "
        "Equality Fund. With support from Congress, from other countries, private sector partners, "
        "we have provided more than $100 million to LGBTQI+ organizations in more than 100 countries."
    )
    assert not any("Equality Fund" in name for name in names(text))


def test_the_presidents_initiative_is_no_ngo() -> None:
    # White House fact sheet, 2022
    text = (
        "And when done alongside the President’s Justice40 Initiative, these investments will "
        "prioritize under-resourced schools while also investing in communities that can benefit "
        "from long-term training and employment."
    )
    assert not any("Justice40" in name for name in names(text))


def test_a_name_with_its_own_possessive_stays_an_ngo() -> None:
    # US Senate press release, 2007 (a charity whose name holds a possessive)
    text = (
        "The McGovern-Dole program has the backing of a number of U.S. and international humanitarian, "
        "development, education, anti-hunger and food security organizations including Christian "
        "Children's Fund, Bread for the World, Heifer International, Friends of the World Food Program "
        "and the Congressional Hunger Center, among others."
    )
    assert names(text).get("Christian Children's Fund") == "ngo"
