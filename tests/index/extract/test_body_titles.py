"""A person titled with the state or body whose office they hold, written before the title, is one
person's mention, not a state or body beside a person: sentences from State Department pages
(2021-2022), Human Rights Watch (2024) and Senate releases (2005-2007)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

STATE_PAGE = "https://www.state.gov/a-page/"


def spans(text: str, url: str | None = None) -> dict[str, str]:
    ex = extract(text, source_url=url)
    return {text[s:e]: a.type for a in ex.actors for s, e in a.mentions}


@pytest.mark.parametrize(
    ("text", "person", "url"),
    [
        (
            "Secretary of State Antony J. Blinken spoke with Azerbaijan’s President Aliyev today.",
            "Azerbaijan’s President Aliyev",
            STATE_PAGE,
        ),
        (
            "including President Aliyev and Armenian Prime Minister Pashinyan’s planned meeting on April 6 "
            "with European Council President Michel.",
            "European Council President Michel",
            STATE_PAGE,
        ),
        (
            "Deputy Secretary of State Wendy Sherman spoke today with NATO Deputy Secretary General Mircea "
            "Geoana, European External Action Service Secretary General Stefano Sannino.",
            "NATO Deputy Secretary General Mircea Geoana",
            STATE_PAGE,
        ),
        (
            "The decision by Ecuador’s President Daniel Noboa to announce that the country is in an armed "
            "conflict has been followed by abuses.",
            "Ecuador’s President Daniel Noboa",
            None,
        ),
        (
            "WASHINGTON – U.S. Senator Sam Brownback today urged people across the country to act.",
            "U.S. Senator Sam Brownback",
            None,
        ),
        (
            "Feingold met with Thailand's Prime Minister Thaksin, the Thai Foreign and Defense Ministers.",
            "Thailand's Prime Minister Thaksin",
            None,
        ),
    ],
)
def test_the_state_or_body_before_a_title_is_part_of_the_persons_mention(
    text: str, person: str, url: str | None
) -> None:
    found = spans(text, url)
    assert found.get(person) == "person"
    body = person.split(" ")[0].removesuffix("’s").removesuffix("'s")
    assert body not in found


def test_a_rank_between_the_body_and_the_title_is_crossed() -> None:
    text = (
        "DHS Assistant Secretary for International Affairs Serena Hoy, and Acting Principal Deputy "
        "Assistant Secretary Marta Youth joined their counterparts."
    )
    found = spans(text, STATE_PAGE)
    assert found.get("DHS Assistant Secretary for International Affairs Serena Hoy") == "person"
    assert "DHS" not in found


def test_an_office_said_of_someone_leaves_its_state_marked() -> None:
    # UN General Debate, Australia 1987
    text = "Dr. Herbert Evatt, as Australia's Minister for External Affairs, played a notable part."
    assert spans(text).get("Australia") == "state"


def test_a_state_before_a_name_without_a_title_stays_a_state() -> None:
    text = "The talks between Armenia and Azerbaijan resumed. Azerbaijan Aliyev said nothing."
    assert spans(text, STATE_PAGE).get("Armenia") == "state"
    assert sum(1 for s, t in spans(text, STATE_PAGE).items() if s == "Azerbaijan" and t == "state") == 1


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # U.S. Senate, 2005 and 2006: a chamber's officers and a committee's chair, titled by their body
        (
            "U.S. Senate Majority Whip Mitch McConnell released the following statement today on the "
            "Military Commissions Act of 2006:",
            "U.S. Senate Majority Whip Mitch McConnell",
        ),
        (
            "The resolution was drafted by U.S. Senate Majority Leader Bill Frist (D-TN), Minority Leader "
            "Harry Reid (D-NV).",
            "U.S. Senate Majority Leader Bill Frist",
        ),
        (
            "U.S. Senate Foreign Relations Committee Chairman Dick Lugar today introduced legislation.",
            "U.S. Senate Foreign Relations Committee Chairman Dick Lugar",
        ),
    ],
)
def test_a_legislatures_officer_titled_by_the_chamber_is_one_person(text: str, person: str) -> None:
    found = spans(text)
    assert found.get(person) == "person"
    assert "legislature" not in found.values()
