"""A sentence set in a state ("In Vietnam, the government…") names the state of the organ words it
holds, though an organ of another state was named last."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def spans(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_an_organ_in_a_sentence_set_in_a_state_is_that_states() -> None:
    # HRW, 2024 (a round of ASEAN states' records)
    text = (
        "The Cambodian government has harassed activists. In Vietnam, the government systematically "
        "suppresses freedom of expression. In the Philippines, the security forces target activists."
    )
    found = spans(text)
    assert found["Government of Vietnam"] == ["the government"]
    assert found["Security forces of the Philippines"] == ["the security forces"]
    assert found["Government of Cambodia"] == ["Cambodian government"]


def test_a_clause_set_in_a_state_after_a_semicolon_names_its_authorities() -> None:
    # State Department, 2022 (a religious freedom report's launch)
    text = (
        "The U.S. government condemns attacks on places of worship; in Vietnam, where authorities "
        "harass members of unregistered groups, believers face prison."
    )
    assert spans(text)["Government of Vietnam"] == ["authorities"]


def test_a_state_named_in_passing_sets_no_scene() -> None:
    # the organ keeps the state named before when the sentence is not set in another
    text = (
        "The Indian government has detained farmers. The government met envoys from Nepal, which "
        "protested, and the authorities released two men."
    )
    found = spans(text)
    assert found["Government of India"] == ["Indian government", "The government", "the authorities"]


def test_a_state_after_in_inside_a_sentence_names_its_organs_until_another_is_named() -> None:
    # HRW, 2024 (Central Asia)
    text = (
        "Kazakhstan's government has jailed critics. Civil liberties in Kyrgyzstan continued to "
        "decline in 2023, with systematic stifling of critical voices by the authorities."
    )
    assert spans(text)["Government of Kyrgyzstan"] == ["the authorities"]


def test_an_event_in_a_state_or_a_partys_government_sets_no_scene() -> None:
    # HRW, 2024 (Belarus); Australian Greens, 2013
    belarus = (
        "Belarusian police detained the lawyer. She was jailed over signing a petition against the "
        "war in Ukraine and about the police brutality against protesters."
    )
    assert spans(belarus)["Police of Belarus"] == ["Belarusian police", "the police"]
    nauru = (
        "Australia's offshore processing has failed. Now that there is a genuine national emergency "
        "in Nauru, the Labor government must bring all refugees here."
    )
    assert "Government of Nauru" not in spans(nauru)
