"""Groups of people a statement is about, found from the structure of the phrase, on real
sentences of each genre; bare generic nouns are left out as the guidelines say."""

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
        # HRW, 2024
        (
            "The letter urges protection for all Dalit children under five.",
            "Dalit children",
            "Dalit children",
        ),
        ("Police detained 37 asylum seekers at the border.", "Asylum seekers", "37 asylum seekers"),
        (
            "Discrimination against LGBT people remains widespread in Kazakhstan.",
            "LGBT people",
            "LGBT people",
        ),
        ("The law fails the migrant workers abroad.", "Migrant workers", "migrant workers"),
        ("Uyghur women were detained in Xinjiang.", "Uyghur women", "Uyghur women"),
        # UN General Debate, United Kingdom, 2013
        ("Women and girls must be protected from sexual violence.", "Women and girls", "Women and girls"),
        # Australian releases
        (
            "Cuts to payments for welfare recipients hurt families.",
            "Welfare recipients",
            "welfare recipients",
        ),
        ("The program for humanitarian entrants was cut.", "Humanitarian entrants", "humanitarian entrants"),
    ],
)
def test_a_delimited_group_is_a_population(text: str, name: str, span: str) -> None:
    assert span in populations(text).get(name, [])


def test_the_group_a_statement_keeps_coming_back_to_is_a_population() -> None:
    # HRW, 2024: farmers are the subject of the release
    text = (
        "Police fired tear gas at farmers marching to Delhi. The farmers demand price guarantees. "
        "Authorities should let farmers protest peacefully."
    )
    assert populations(text)["Farmers"] == ["farmers", "farmers", "farmers"]


def test_bare_generic_nouns_are_no_population() -> None:
    # HRW, 2024
    text = "Many children and their parents were affected, and officials said workers would be paid."
    assert populations(text) == {}


def test_a_verb_before_a_noun_does_not_make_a_group() -> None:
    text = "The law would protect patients from abuse."
    assert populations(text) == {}
