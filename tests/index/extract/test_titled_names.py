"""A title written right before the name of the person it titles is one mention with the name
("Foreign Secretary Truss"), not the office beside the name: sentences from a State Department
call readout and a press briefing (2022), and a speakers' list where the office ending a line is
not the next line's name's title."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

STATE_PAGE = "https://www.state.gov/secretary-blinkens-call-with-uk-foreign-secretary-truss-9/"

# State Department call readout, 13 Jun 2022
READOUT = (
    "Secretary of State Antony J. Blinken spoke today with UK Foreign Secretary Elizabeth Truss to "
    "continue coordinating vital assistance to Ukraine and maintaining transatlantic unity against the "
    "Kremlin’s ongoing war in Ukraine.\n\nThe two discussed the Northern Ireland Protocol, and the "
    "Secretary urged Foreign Secretary Truss to continue good faith negotiations with the EU to reach a "
    "solution that preserves the gains of the Belfast/Good Friday Agreement."
)

# State Department joint press availability, 20 May 2021: the speakers' list, one per line
SPEAKERS = (
    "Antony J. Blinken, Secretary of State\nMute Egede, Greenlandic Premier\n"
    "Pele Broberg, Greenlandic Foreign Minister\nJeppe Kofod, Danish Foreign Minister\n"
    "Kangerlussuaq, Greenland\n\nSECRETARY BLINKEN: Thank you, Foreign Minister Kofod."
)


def mentions(text: str, url: str | None = None) -> dict[str, str]:
    """Each mention's surface and the name of the actor it belongs to."""
    ex = extract(text, source_url=url)
    return {text[s:e]: a.name for a in ex.actors for s, e in a.mentions}


def test_the_title_before_the_name_is_one_mention_with_it() -> None:
    found = mentions(READOUT, STATE_PAGE)
    assert found.get("Foreign Secretary Truss") == "Elizabeth Truss"
    assert "Truss" not in found
    assert "Foreign Secretary" not in found


def test_an_office_named_in_full_before_the_name_is_one_mention() -> None:
    # State Department press briefing, 4 May 2022 (a journalist's question)
    text = (
        "President of the European Council Charles Michel said today that the European Union will "
        "provide additional military equipment to Moldova to strengthen its resilience."
    )
    found = mentions(text, "https://www.state.gov/briefings/department-press-briefing-may-4-2022/")
    assert found.get("President of the European Council Charles Michel") == "Charles Michel"
    assert "Charles Michel" not in found


def test_an_office_ending_the_line_before_a_name_stays_apart() -> None:
    # "Greenlandic Foreign Minister" is Pele Broberg's office, not the title of Kofod below it
    found = mentions(SPEAKERS, "https://www.state.gov/secretary-antony-j-blinken-greenlandic-premier/")
    assert "Jeppe Kofod" in found
    assert not any(surface.endswith("Minister\nJeppe Kofod") for surface in found)
