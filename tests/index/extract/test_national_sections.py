"""A charity's national section named by the charity and its country ("Oxfam America", "World Vision
India") is one charity, no mention of the state; after an intergovernmental body's name the country
begins the next phrase and stays the state."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_charity_and_its_country_are_one_charity() -> None:
    # U.S. Senate press release (Obama, 2006), its scrape without commas
    text = (
        "The legislation has been endorsed by a number of faith based and humanitarian non governmental "
        "organizations  including some with extensive field operations in DRC   International Rescue "
        "Committee  and Oxfam America     Ken Hackett  the President of Catholic Relief Services said."
    )
    found = _found(text)
    assert found["Oxfam America"] == ("ngo", ["Oxfam America"])
    assert "United States" not in found


def test_a_national_section_in_a_report() -> None:
    # Human Rights Watch news (India, 2024; Israel, 2024)
    text = (
        "The authorities also cancelled the license of World Vision India, a Christian charity that has "
        "functioned in the country for over 60 years. Christine Mehta, a researcher with Amnesty "
        "International India, had her OCI status revoked in 2014. As Physicians for Human Rights Israel "
        "has reported, prolonged physical restraint causes intense pain."
    )
    found = _found(text)
    assert found["World Vision India"] == ("ngo", ["World Vision India"])
    assert found["Physicians for Human Rights Israel"][0] == "ngo"
    assert "Amnesty International" not in found
    assert "Israel" not in found


def test_a_country_after_a_body_of_states_begins_the_next_phrase() -> None:
    # UN General Debate speech (Israel, 2010s): the state is accused at the United Nations
    text = "Yet here at the United Nations Israel is absurdly accused of racism."
    found = _found(text)
    assert found["Israel"][0] == "state"
    assert found["United Nations"][0] == "igo"
