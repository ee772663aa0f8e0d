"""Actors a reader would expect to see listed for real sentences."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract


def names(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def spans(text: str, name: str) -> list[str]:
    ex = extract(text)
    return [text[s:e] for a in ex.actors if a.name == name for s, e in a.mentions]


def test_coordinated_governments_are_split_into_two_actors_on_one_span() -> None:
    text = (
        "Refugees International calls on the Syrian and Russian governments to end their assault on Aleppo."
    )
    found = names(text)
    assert found["Government of Syria"] == "government"
    assert found["Government of Russia"] == "government"
    assert spans(text, "Government of Syria") == spans(text, "Government of Russia")


def test_a_states_leaders_are_its_government_each_for_coordinated_adjectives() -> None:
    # un-speeches: "Let us support Israeli and Palestinian leaders who are prepared to walk…"
    text = "Let us support Israeli and Palestinian leaders who are prepared to walk the difficult road."
    found = names(text)
    assert found["Government of Israel"] == "government"
    assert found["Government of Palestine"] == "government"
    assert spans(text, "Government of Israel") == ["Israeli and Palestinian leaders"]


def test_leaders_of_a_union_are_not_its_government() -> None:
    found = names("European leaders met in Brussels to discuss the crisis.")
    assert not any(name.startswith("Government of") for name in found)


def test_the_authorities_stay_the_subjects_after_another_states_leaders_are_urged() -> None:
    # hrw-news: Australian leaders are urged to raise abuses in Indonesia's Papua
    text = (
        "Indonesian authorities have cracked down on protests in Papua. Australian leaders should raise "
        "these concerns with Indonesia. The authorities arrested nearly 250 people for joining protests."
    )
    assert spans(text, "Government of Indonesia") == ["Indonesian authorities", "The authorities"]
    assert spans(text, "Government of Australia") == ["Australian leaders"]


def test_pronoun_us_is_not_the_united_states() -> None:
    found = names("This human tragedy shocks and horrifies us all. The U.S. must act.")
    assert found.get("United States") == "state"
    assert (
        len(spans("This human tragedy shocks and horrifies us all. The U.S. must act.", "United States")) == 1
    )


def test_aliases_group_under_one_canonical_name() -> None:
    text = "The UN said the United Nations would help. "
    text += "The United States and the US Congress disagreed with U.S. policy."
    assert len(spans(text, "United Nations")) == 2
    assert len(spans(text, "United States")) == 2


def test_acronym_used_after_full_name_resolves_to_it(seeds: list[Path]) -> None:
    text = seeds[1].read_text(encoding="utf-8-sig")
    found = spans(text, "Syrian Emergency Task Force")
    assert "SETF" in found
    assert any("Syrian Emergency Task Force" in f for f in found)


def test_acronym_defined_in_parentheses() -> None:
    text = "The Cross Border Relief Network (CBRN) warned of shortages. CBRN staff remain in Idlib."
    assert spans(text, "Cross Border Relief Network") == ["Cross Border Relief Network", "CBRN", "CBRN"]


def test_acronym_counts_only_as_a_whole_word() -> None:
    text = (
        "The Syrian Emergency Task Force (SETF) met today. SETF said x SETF, _SETF SETF_ ÉSETF 9SETF "
        "SETFs setf (SETF)."
    )
    ex = extract(text)
    (actor,) = [a for a in ex.actors if a.name == "Syrian Emergency Task Force"]
    assert [s for s, _ in actor.mentions] == [4, 33, 50, 62, 104]


def test_person_with_role_and_later_surname_reference() -> None:
    text = (
        "“Clearly, these are war crimes,” said SETF Deputy Director Evan Barrett. "
        "Barrett added that the office was destroyed."
    )
    found = spans(text, "Evan Barrett")
    assert len(found) == 2 and found[-1] == "Barrett"


def test_populations_and_the_international_community() -> None:
    found = names(
        "The international community must protect civilians and refugees; the people of Aleppo wait."
    )
    assert found["International community"] == "other"
    assert found["Civilians"] == "population"
    assert found["Refugees"] == "population"
    assert found["People of Aleppo"] == "population"


def test_lower_case_senate_in_prose_is_not_a_legislature() -> None:
    assert not any(
        t == "legislature" for t in names("the senate of students met in a lecture hall.").values()
    )


def test_given_name_before_a_common_noun_is_no_person() -> None:
    found = names("The Global Action Plan was adopted after the World War, said Tony Abbott.")
    assert found == {"Tony Abbott": "person"}


def test_no_actor_without_a_name() -> None:
    """A given name before a country adjective ("American Visa") cleans to no name: no actor."""
    found = names("Travellers need an American Visa stamped on it.")
    assert "" not in found
    assert all(typ != "person" for typ in found.values())


def test_a_possessive_is_not_part_of_a_name_but_an_apostrophe_can_be() -> None:
    from advocacy_archive.index.extract import extract

    text = "President Obama’s envoy met Senator O'Brien. Mr Smith's view differs."
    found = {text[s:e] for actor in extract(text).actors if actor.type == "person" for s, e in actor.mentions}
    assert found == {"President Obama", "Senator O'Brien", "Mr Smith"}


def test_a_pair_of_words_names_its_actor_each_time_it_recurs_but_not_across_a_blank_line() -> None:
    """What a pair of words matches is remembered from its first sighting: the pair split by a
    blank line (a heading above a paragraph) is another pair, and "U.S." after it still matches."""
    first = "The United States said so."
    assert [a.name for a in extract(first).actors] == ["United States"]
    assert extract("The United\n\nStates said so.").actors == ()
    assert [a.name for a in extract("The United \n States said so.").actors] == ["United States"]
    assert extract(first).actors == extract(first).actors


def test_words_met_in_earlier_statements_are_read_as_in_the_first() -> None:
    # The actor scan remembers, per word, whether a mention can begin there ("U.S." by its dot,
    # "Da’esh" by its apostrophe, "Secretary" by the word after it): statements read later in the
    # same process must find what a fresh one finds.
    text = (
        "The U.S. Government and the Syrian regime fought Da’esh near Raqqa, "
        "Secretary of State Antony J. Blinken said."
    )
    first = [(a.name, a.type, a.mentions) for a in extract(text).actors]
    extract("Da’esh. U.S. A Secretary. Syrian regime. The State of Palestine. I said so.")
    again = [(a.name, a.type, a.mentions) for a in extract(text).actors]
    assert again == first
    assert [name for name, _, _ in first] == [
        "Government of the United States",
        "Government of Syria",
        "Islamic State",
        "Raqqa",
        "Antony J. Blinken",
    ]


def test_a_states_adjective_inside_a_capitalised_compound_names_no_state_organ() -> None:
    # HRW on Honduras, 2024: "the Inter-American Court" had been the courts of the United States
    text = (
        "The Inter-American Court of Human Rights and the UN special rapporteur criticised it. "
        "Afro-Colombian communities protested."
    )
    found = {(a.name, a.type) for a in extract(text).actors}
    assert ("Inter-American Court of Human Rights", "igo") in found
    assert not any(name.endswith("of the United States") for name, _ in found)


def test_a_bodys_name_runs_on_over_against() -> None:
    # HRW on Honduras, 2024: the name had been cut to "International Commission"
    text = "The government refused to renew the International Commission against Corruption and Impunity."
    names = {a.name for a in extract(text).actors}
    assert "International Commission against Corruption and Impunity" in names


def test_an_acronym_defined_after_a_body_is_that_body_not_the_dictionarys() -> None:
    # Human Rights Watch, a joint NGO statement on Iran (2024), its signatories: not the World Court
    text = (
        "International Bar Association's Human Rights Institute (IBAHRI) International Commission of "
        "Jurists (ICJ) International Federation for Human Rights (FIDH)"
    )
    assert spans(text, "International Commission of Jurists") == [
        "International Commission of Jurists",
        "ICJ",
    ]
    assert "International Court of Justice" not in names(text)
    # Australian press release, Dutton 2015: the police, not the news agency
    text = (
        "He previously served for 29 years with the Australian Federal Police (AFP). Two AFP investigators "
        "will provide valuable advice to the Nauru Police Force."
    )
    assert "Agence France-Presse" not in names(text)
    assert len(spans(text, "Federal Police of Australia")) == 3


def test_a_state_and_a_body_joined_by_and_are_two_actors() -> None:
    # State Department, the U.S.-AUC High-Level Dialogue (2022): not one NGO "United States and
    # African Union Commission", and its acronym is no Colombian paramilitary
    text = (
        "Begin Text:\n\nThe United States and African Union Commission (AUC) convened the eighth annual "
        "U.S.-AUC High-Level Dialogue on March 11 in Washington, D.C."
    )
    found = names(text)
    assert found["African Union Commission"] == "igo" and found["United States"] == "state"
    assert spans(text, "African Union Commission") == ["African Union Commission", "AUC", "AUC"]


def test_the_un_rights_chiefs_surname_is_not_turkey() -> None:
    # HRW, Georgia 2024: "Turk" after his given name is no state, and his call is not Turkey's
    text = (
        "In a May 2 statement, the United Nations high commissioner for human rights, Volker Turk, urged "
        "Georgian authorities to withdraw the bill."
    )
    ex = extract(text)
    assert "Turkey" not in names(text)
    assert all(d.by != "Turkey" for d in ex.demands)
