"""Parties named by capitalised words and a lower-case "party", on real sentences of HRW releases."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _parties(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "party"}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # HRW, Nepal 2024: "Nepali Congress" is no parliament here, and the UML is named only so
        (
            "Oli became prime minister for the third time on July 15, following a new coalition "
            "agreement between his Unified Marxist Leninist party and the Nepali Congress party.",
            ["Unified Marxist Leninist party", "Nepali Congress party"],
        ),
        # HRW, France 2024: the name in the party's language in brackets is part of it
        (
            "The upcoming Games take place against the backdrop of the recent snap legislative "
            "elections in France called by President Emmanuel Macron following the victory of the "
            "far-right National Rally (Rassemblement National) party in the June 9 European "
            "Parliament elections.",
            ["National Rally (Rassemblement National) party"],
        ),
    ],
)
def test_capitalised_words_before_a_lower_case_party_name_a_party(text: str, spans: list[str]) -> None:
    assert sorted(s for found in _parties(text).values() for s in found) == sorted(spans)


@pytest.mark.parametrize(
    "text",
    [
        # an owner's party and a treaty's party (HRW, Venezuela 2024; UN General Debate, Syria 2013)
        "Those arrested include 27 people who worked or volunteered for Machado’s party, Vente Venezuela.",
        "Therefore, I assure the Assembly of Syria’s commitment to fully implementing the provisions of "
        "the Convention and to cooperating with the Organization for the Prohibition of Chemical "
        "Weapons as a State party to the Convention.",
    ],
)
def test_an_owners_or_a_treatys_party_is_no_name(text: str) -> None:
    assert not any(s.endswith("party") for found in _parties(text).values() for s in found)


@pytest.mark.parametrize(
    "text",
    [
        # HRW, Lithuania 2024; State Department, torture victims' day 2022; UN General Debate, a treaty's
        # "High Contracting Parties": the states a treaty binds, never a political party
        "It is extremely rare for countries to walk away from longstanding commitments under International "
        "Humanitarian Law (IHL), but Lithuania has become the first State Party to vote to leave the 2008 "
        "Convention on Cluster Munitions.",
        "We take seriously our obligations as a State Party, including to prevent and punish torture, and "
        "not to expel, return, or extradite anyone to a country where they would be tortured.",
        "The High Contracting Parties undertake to respect and to ensure respect for the Conventions.",
    ],
)
def test_a_treatys_state_party_written_in_capitals_is_no_party(text: str) -> None:
    assert _parties(text) == {}
