""" "Authorities" and "police" with no determiner are the organs of the state the text is about,
unless a word on either side makes them part of another phrase."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def spans(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_bare_police_reported_acting_are_the_states_police() -> None:
    # HRW, 2024 (Tajikistan)
    text = (
        "Tajik authorities have prosecuted Pamiri activists. Over the next two days, police blocked "
        "and dispersed protesters using rubber bullets and teargas."
    )
    found = spans(text)
    assert found["Police of Tajikistan"] == ["police"]
    assert found["Government of Tajikistan"] == ["Tajik authorities"]


def test_bare_authorities_after_a_preposition_or_a_verb_of_asking() -> None:
    # HRW, 2024 (Nigeria; Venezuela)
    text = (
        "The Nigerian government has warned protesters. Rather than undermining the right to "
        "protest, authorities should address the underlying issues. The court urged authorities "
        "to investigate."
    )
    assert spans(text)["Government of Nigeria"][1:] == ["authorities", "authorities"]


def test_police_modifying_a_noun_or_after_a_describing_word_is_no_organ() -> None:
    # Australian press release, 1993; HRW, 2024; UN speech, 2013
    text = (
        "Nigeria must end police brutality and reform police training. Judicial authorities "
        "should investigate. The mission includes magistrates and police and military personnel."
    )
    assert not any(a.type == "government" for a in extract(text).actors)
