"""A state's or city's own department named by the place before its head word is one body, typed
`government`: not the place alone with a bare "Department" beside it."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# White House fact sheet, 11 March 2022 (the American Rescue Plan and schools): a U.S. state's
# and a city's education departments
KANSAS = (
    "Hiring Counselors and Increasing Supports: The Kansas Department of Education has developed a Grow "
    "Your Own Counselor model with ARP ESSER funding that encourages districts to identify candidates."
)
NEW_YORK_CITY = (
    "Community Schools: The New York City Department of Education announced an investment of $10 million "
    "to expand the district’s research-based community schools initiative from 266 to 406 sites citywide."
)
# HRW, 23 January 2024 (Alabama's nitrogen execution): a state's corrections department
ALABAMA = (
    "Nitrogen gas also presents a health hazard to those involved in Smith’s execution, including his "
    "spiritual advisor, whom the Alabama Department of Corrections required to sign a waiver acknowledging "
    "the risks of possible exposure to the gas."
)
# Australian press release, 1984 (Indo-Chinese refugee children): a state's department, its
# portfolio's possessive its own
QUEENSLAND = (
    "The program, for Laotian, Kampuchean and Vietnamese children, is rated as a high priority by the "
    "Queensland Department of Children's Services, the Department of Immigration and Ethnic Affairs."
)


def _typed(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_a_us_states_department_is_one_government_body() -> None:
    actors = _typed(KANSAS)
    assert actors.get("Kansas Department of Education") == "government"
    assert "Kansas" not in actors


def test_a_citys_department_is_one_government_body() -> None:
    actors = _typed(NEW_YORK_CITY)
    assert actors.get("New York City Department of Education") == "government"
    assert "New York City" not in actors


def test_a_states_corrections_department_is_a_government_body() -> None:
    assert _typed(ALABAMA).get("Alabama Department of Corrections") == "government"


def test_an_australian_states_department_keeps_its_portfolios_possessive() -> None:
    assert _typed(QUEENSLAND).get("Queensland Department of Children's Services") == "government"
