"""An office said as a role ("on his election as President of the General Assembly", "elect a
President") names no person; the body it belongs to is named on its own. Offices that name their
holder ("as the President has said", "a President who believes in God") stay people."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def mentions(text: str, source_name: str | None = None, url: str | None = None) -> list[tuple[str, str, str]]:
    ex = extract(text, source_name=source_name, source_url=url)
    return [(text[s:e], a.type, a.name) for a in ex.actors for s, e in a.mentions]


def people_in(text: str, where: str) -> list[str]:
    """The person mentions of the text from a speech or release file, or a page's address."""
    url = where if where.startswith("https:") else None
    return [s for s, typ, _ in mentions(text, None if url else where, url) if typ == "person"]


@pytest.mark.parametrize(
    ("text", "source", "office"),
    [
        # UN General Debate speeches: Iran and Saudi Arabia 2016, Armenia 2015, Japan 2000, Qatar 2016
        (
            "I congratulate Mr. Peter Thomson on his election as President of the General Assembly at its "
            "seventy-first session.",
            "IRN_71_2016.txt",
            "President of the General Assembly",
        ),
        (
            "I congratulate you, Mr. President, on your election to the post of President of the General "
            "Assembly at its seventieth session.",
            "ARM_70_2015.txt",
            "President of the General Assembly",
        ),
        (
            "I would like to thank Mr. Theo-Ben Gurirab, for all his efforts during his tenure as President "
            "of the General Assembly at its fifty-fourth session.",
            "JPN_55_2000.txt",
            "President of the General Assembly",
        ),
        (
            "I congratulate you, Sir, on assuming the duties of the President of the General Assembly at "
            "its seventy-first session.",
            "QAT_71_2016.txt",
            "President of the General Assembly",
        ),
        # Greece 1994: another body's chair, said as a role
        (
            "The Foreign Minister of Germany, in his capacity as President of the Council of the European "
            "Union, delivered a statement yesterday.",
            "GRC_49_1994.txt",
            "President of the Council of the European Union",
        ),
    ],
)
def test_an_office_taken_as_a_role_leaves_its_body_and_no_person(text: str, source: str, office: str) -> None:
    found = mentions(text, source)
    assert not any(surface == office for surface, _, _ in found)  # "Mr. President" is the chair
    body = office.split(" of the ", 1)[1]
    assert any(body.endswith(surface) and typ == "igo" for surface, typ, _ in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # Lebanon 2016, the United States 2016, a U.S. senator's release 2006
        (
            "I therefore call on all of Lebanon’s friends to help the Lebanese elect a President of the "
            "country. The election of a new President will help rebalance our constitutional institutions.",
            "LBN_71_2016.txt",
        ),
        (
            "And in my own life in this country, and as President, I have learned that our obstacles can "
            "be overcome.",
            "USA_71_2016.txt",
        ),
        ("We urge him to support Abbas in fulfilling his duties as President.", "23Jun2006Biden2.txt"),
    ],
)
def test_a_bare_office_said_as_a_role_is_no_person(text: str, source: str) -> None:
    assert not [m for m in mentions(text, source) if m[0].strip() == "President"]


@pytest.mark.parametrize(
    ("text", "where", "surface"),
    [
        # a State Department briefing 2022: this "as" compares, the President speaks
        (
            "Our policy has been consistent across decades and administrations. As the President has "
            "said, our policy has not changed.",
            "https://www.state.gov/the-administrations-approach-to-the-peoples-republic-of-china/",
            "the President",
        ),
        # Guyana 1991: this "as" introduces what he said
        (
            "As my President recently declared, the democratic process will be beyond credible challenge.",
            "GUY_46_1991.txt",
            "my President",
        ),
        # a U.S. senator's release 2007 and Brazil 2021: a relative clause makes the President someone
        (
            "We have a President and Vice President who have made it clear they will use torture.",
            "8Nov2007Boxer34.txt",
            "President",
        ),
        (
            "My country has a President who believes in God, respects the Constitution and its military.",
            "BRA_76_2021.txt",
            "President",
        ),
    ],
)
def test_an_office_naming_its_holder_stays_a_person(text: str, where: str, surface: str) -> None:
    assert surface in people_in(text, where)


@pytest.mark.parametrize(
    ("text", "source", "office"),
    [
        # a U.S. senator's release 2007 (a biography) and a State Department page 2022
        (
            "Sen. Richard Burr (R-NC) applauded the Senate for confirming Dr. Craig Vanderwagen to be the "
            "Assistant Secretary for Preparedness and Response at the U.S. Department of Health and Human "
            "Services (HHS).",
            "22Mar2007Burr89.txt",
            "Assistant Secretary for Preparedness and Response",
        ),
        (
            "I applaud my Senate colleagues for confirming Dr. Craig Vanderwagen as the Assistant Secretary "
            "for Preparedness and Response.",
            "22Mar2007Burr89.txt",
            "Assistant Secretary for Preparedness and Response",
        ),
        (
            "He now serves as the Deputy Assistant Secretary for Preparedness and Response and Chief "
            "Preparedness Officer.",
            "22Mar2007Burr89.txt",
            "Deputy Assistant Secretary for Preparedness and Response",
        ),
        (
            "Chollet previously served as Acting Principal Deputy Assistant Secretary for Near Eastern "
            "Affairs, U.S. Ambassador to Algeria.",
            "https://www.state.gov/appointment-of-ambassador",
            "Acting Principal Deputy Assistant Secretary for Near Eastern Affairs",
        ),
    ],
)
def test_a_named_office_predicated_of_someone_is_no_person(text: str, source: str, office: str) -> None:
    assert not any("Secretary" in s for s in people_in(text, source)), office
