"""Peoples that are not a state's people, named on real sentences: the ones whose name takes an
"s" ("Tibetans", "Crimean Tatars"), and the ones whose name is its own plural ("the Hmong"), which
are the people before a verb and only an adjective before a noun ("Hmong funeral rites")."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def populations(text: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "population"
    }


@pytest.mark.parametrize(
    ("text", "name", "span"),
    [
        # HRW, 2024: China, Tibetan demonstrators
        (
            "Their response is especially brutal when the protests are by Tibetans and other ethnic groups.",
            "Tibetans",
            "Tibetans",
        ),
        # HRW, 2024: education under occupation
        (
            "The occupation involved the persecution of Crimean Tatars and pro-Ukraine activists.",
            "Crimean Tatars",
            "Crimean Tatars",
        ),
        # U.S. Senate, Kohl, 2005
        (
            "Many of the Hmong risked their lives to help the United States during the Vietnam War.",
            "Hmong",
            "Hmong",
        ),
        ("These refugees include Hmong living in Wisconsin who fought on our side.", "Hmong", "Hmong"),
    ],
)
def test_a_people_is_a_population(text: str, name: str, span: str) -> None:
    assert span in populations(text).get(name, [])


@pytest.mark.parametrize(
    "text",
    [
        # U.S. Senate, Coleman, 2007
        "The graves must be handled with proper respect for Hmong funeral rites and rituals.",
        "SEN. COLEMAN SECURES COMMITMENT TO ADDRESS HMONG GRAVE DESECRATION",
        # Australian Greens, 2015
        "At today's Rohingya crisis meeting in Bangkok Australia must play a leading role.",
    ],
)
def test_a_people_s_adjective_names_no_one(text: str) -> None:
    assert not any(n in ("Hmong", "Rohingya") for n in populations(text))


def test_a_named_minority_is_a_people_and_an_unnamed_one_no_one() -> None:
    # HRW, 2024: Afghanistan's refugees; China's review; U.S. Senate offices
    text = (
        "One young man, a member of the persecuted Hazara minority of Afghanistan, paid for the tea. "
        "Members of the Muslim Uyghur minority present pictures of their relatives. "
        "Senate Minority Leader Harry Reid said a minority of members voted no. "
        # Senator Reid, 2007: a party's senators
        "Yet once again, the Republican minority filibustered the Webb amendment."
    )
    found = populations(text)
    assert "persecuted Hazara minority" in found["Hazara minority"]
    assert "Muslim Uyghur minority" in found["Uyghur minority"]
    assert set(found) == {"Hazara minority", "Uyghur minority"}
