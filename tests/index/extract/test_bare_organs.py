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


def test_lawmakers_are_the_legislature_as_the_text_names_it() -> None:
    # HRW, 2024 (Kenya); U.S. Senate, 2007
    text = (
        "Kenya's National Assembly passed the bill. The parliament must now reconsider, and "
        "lawmakers should reject it."
    )
    assert spans(text)["Parliament of Kenya"] == ["Kenya's National Assembly", "The parliament", "lawmakers"]
    # a senator's release (its file name says so): "Congress" and its lawmakers are the U.S.'s
    text = "Catholic Relief Services, in a letter to the lawmakers endorsing the bill, said Congress must act"
    release = extract(text, source_name="07Jun2007Durbin14.txt")
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in release.actors}
    assert found["United States Congress"] == ["the lawmakers", "Congress"]


def test_legislators_somewhere_are_some_members_of_some_body() -> None:
    # HRW, 2024 (Iraq)
    text = "The Iraqi law followed a proposed law put forward by legislators in the Kurdistan Region of Iraq."
    assert not any(a.type == "legislature" for a in extract(text).actors)


def test_police_officers_reported_acting_are_the_states_police() -> None:
    # HRW, India, 2024: "the police" and "police officers" are one body, India's
    text = (
        "Indian authorities should protect the farmers' right to protest. The police fired tear gas. "
        "In West Bengal state, a BJP leader used a similar slur against a Sikh police officer, "
        "leading to strong condemnation by police officers and protests by the Sikh community."
    )
    assert spans(text)["Police of India"] == ["The police", "police officers"]


def test_police_officers_after_a_describing_word_or_a_count_are_some_officers() -> None:
    # HRW, India, 2024; Senate, 2006 (Nepal): officers of a kind, or victims counted
    text = (
        "Indian authorities detained Sikh police officers. A few days later the Maoists killed "
        "12 police officers in Katmandu."
    )
    assert not any(a.name.startswith("Police of") for a in extract(text).actors)


def test_legislators_as_the_object_of_a_verb_are_the_states_legislature() -> None:
    # HRW, 2024 (Kenya, Brazil)
    text = (
        "Protesters breached the perimeter walls of Kenya’s parliament, forcing legislators to seek "
        "shelter. The government should engage lawmakers to ensure the bill fails."
    )
    assert spans(text)["Parliament of Kenya"] == ["Kenya’s parliament", "legislators", "lawmakers"]


def test_authorities_after_an_adjective_in_ing_are_some_other_body() -> None:
    # HRW, 2024 (France); an Australian release, 2010
    text = (
        "In France, sporting authorities have banned athletes who wear headscarves. Fire fighting "
        "authorities need mapping data."
    )
    assert "Government of France" not in spans(text)


def test_mps_are_the_members_of_the_parliament_not_some_of_them() -> None:
    # HRW, 2024 (Ghana); Australian releases, 1985 and 2011
    text = "Ghana's parliament passed the bill in February. MPs voted unanimously for it."
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert found["Parliament of Ghana"] == ["Ghana's parliament", "MPs"]
    for text in (
        "The Parliament sits today. Labor stands to lose 40 seats, 9 MPs.",
        "The Parliament sits today. MPS 15/85 NATIONAL POPULATION COUNCIL",
    ):
        assert [
            a.name for a in extract(text).actors if "MP" in text[a.mentions[0][0] : a.mentions[0][1]]
        ] == []


def test_parliament_with_no_determiner_is_the_states_legislature() -> None:
    # HRW, Lithuania and Georgia, 2024: "told parliament", "asked parliament to refrain"
    text = (
        "Lithuania’s Minister of Defense told parliament that the move was necessary. The Council "
        "of Europe commissioner asked parliament to refrain from adopting the bill. A member of "
        "parliament objected outside the parliament building."
    )
    actors = extract(text).actors
    got = [(text[s:e], a.type, a.name) for a in actors for s, e in a.mentions if "arliament" in a.name]
    assert got.count(("parliament", "legislature", "Parliament of Lithuania")) == 2
