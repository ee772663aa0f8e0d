"""A region's name that names a policy is no place (policy_names.py), in real sentences from
Australian press releases."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _places(text: str) -> list[str]:
    return [a.name for a in extract(text).actors if a.type == "place"]


@pytest.mark.parametrize(
    "text",
    [
        # an Australian Democrats release, 2007
        'Democrats renew calls for an end to the "Pacific Solution"',
        # a Labor release, 2002
        "Minister Ruddock must now come clean on the total cost, and future of his farcical “Pacific "
        "Solution” following his admission yesterday that 42 refugees have been secretly brought to "
        "Australia from Manus Island.",
    ],
)
def test_the_pacific_solution_is_a_policy_not_the_pacific(text: str) -> None:
    assert not any("Pacific" in name for name in _places(text))


def test_the_pacific_itself_stays_a_place() -> None:
    # an Australian release: the region itself
    text = "New activities will be piloted in the South Pacific, Thailand and  Laos over the next two years."
    assert any("Pacific" in name for name in _places(text))
