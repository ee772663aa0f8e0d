"""Non-governmental organisations the text counts ("more than 94 other organizations") are one
`ngo` actor; a number that belongs to a clause, or a count of armed or criminal groups, is not."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _ngos(text: str) -> list[str]:
    """Every ngo mention's text, in the order the actors come."""
    actors = extract(text).actors
    return [text[s:e] for a in actors if a.type == "ngo" for s, e in a.mentions]


def test_counted_organisations_are_one_ngo_actor() -> None:
    # HRW, 2024: the EU asylum statement, the killer robots treaty, the Iran letters
    text = (
        "The EU should safeguard asylum, Human Rights Watch and more than 94 other organizations "
        "said. Over 180 NGOs endorsed the call, and 43 Iranian and International organizations "
        "signed a letter."
    )
    found = _ngos(text)
    assert "more than 94 other organizations" in found
    assert "Over 180 NGOs" in found
    assert "43 Iranian and International organizations" in found


def test_a_year_a_clause_or_armed_groups_are_not_counted_organisations() -> None:
    # HRW, 2024: "In 2023, rights groups …"; "Of the 96 identified by both organizations"
    text = (
        "In 2023, rights groups documented abuses. Of the 96 identified by both organizations, most "
        "were released. Police said 22 criminal organizations operate in the city."
    )
    assert _ngos(text) == []


def test_organisations_counted_with_other_bodies_are_not_one_ngo() -> None:
    # HRW, 2024 (killer robots); U.S. Senate, 2006 (Leahy: a scrape that lost its full stop)
    text = (
        "Representatives from 144 countries and international organizations attended. The total "
        "reached more than 2 million people    Relief organizations have left the region."
    )
    assert _ngos(text) == []
