"""An office the text names in full with its short form in brackets ("the Secretary of Health and
Human Services (Secretary)") is the one its later bare "the Secretary" means."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

# White House memorandum, 5 Apr 2022, on the long-term effects of COVID-19
MEMORANDUM = (
    "The Secretary of Health and Human Services (Secretary) shall coordinate the Government-wide response "
    "to the long-term effects of COVID-19. My Administration will harness the full potential of the "
    "Federal Government, in coordination with public- and private-sector partners, to mount a full and "
    "effective response. The Secretary shall report on the coordination efforts to the Coordinator of the "
    "COVID-19 Response. (b) The heads of agencies shall assist and provide information to the Secretary, "
    "consistent with applicable law. (c) The Secretary shall consult with the Secretary of the Treasury."
)
URL = "https://www.whitehouse.gov/briefing-room/presidential-actions/2022/04/05/memorandum/"


def name_at(surface: str) -> set[str]:
    """The names of the mentions written as `surface` where the text first writes it."""
    at = MEMORANDUM.index(surface)
    ex = extract(MEMORANDUM, source_name="2022-04-05-memorandum.html", source_url=URL)
    return {a.name for a in ex.actors for s, e in a.mentions if s == at}


def test_the_defined_short_form_is_the_office_named_in_full() -> None:
    assert name_at("The Secretary shall report") == {"Secretary of Health and Human Services"}
    assert name_at("the Secretary, consistent") == {"Secretary of Health and Human Services"}


def test_another_secretary_named_in_full_stays_his_own() -> None:
    assert "Secretary of Health and Human Services" not in name_at("the Secretary of the Treasury")
