"""People named after a noun that says what they are or what befell them, with no title, no "said"
and a given name our list does not know: on sentences from each genre's statements."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_a_name_after_a_trade_is_a_persons_and_found_again_by_the_surname() -> None:
    # HRW, 2024 (Iran)
    text = (
        "The Revolutionary Court sentenced the imprisoned popular rapper Toumaj Salehi on "
        "speech-related charges. Iranian security forces rearrested Salehi 12 days later."
    )
    assert people(text) == {"Toumaj Salehi": ["Toumaj Salehi", "Salehi"]}


def test_a_name_set_off_after_the_noun_is_a_persons() -> None:
    # HRW, 2024 (Kazakhstan)
    text = "The due process rights of the advocate, Dinara Smailova, should be upheld in full."
    assert people(text) == {"Dinara Smailova": ["Dinara Smailova"]}


def test_a_name_after_what_befell_the_person_is_a_persons() -> None:
    # HRW, 2024 (Nepal)
    text = "The ministry had recommended he be investigated for the suspected 2020 murder of Nirmala Kurmi."
    assert people(text) == {"Nirmala Kurmi": ["Nirmala Kurmi"]}


def test_a_name_with_a_particle_or_initials_is_whole() -> None:
    # State Department, 2021 (terrorist designation); U.S. Senate, 2004 (Craig)
    text = (
        "Djibo is a key lieutenant of ISIS-GS leader, Adnan Abu Walid al-Sahrawi. Nobel laureate "
        "F.A. Hayek once observed it."
    )
    assert set(people(text)) == {"Adnan Abu Walid al-Sahrawi", "F.A. Hayek"}


def test_a_trade_opening_a_sentence_is_read_but_a_title_inside_one_is_left_to_the_title_finder() -> None:
    # HRW, 2024 (Myanmar); State Department, 2021 (Belarus)
    text = (
        "Journalist Sai Zaw Thaike was held in prison. The G7 condemns the arrest of independent "
        "journalist Raman Pratasevich and his companion, Sofia Sapega."
    )
    assert set(people(text)) == {"Sai Zaw Thaike", "Raman Pratasevich", "Sofia Sapega"}


def test_a_body_a_place_or_ordinary_words_after_the_noun_are_no_person() -> None:
    # HRW, 2024; Australian press release (Democrats); U.S. Senate
    text = (
        "The activist, Human Rights Watch said, was held. Every refugee Australia resettles is "
        "screened. The arrest of Americans Paul Whelan and Trevor Reed drew protests. A child "
        "Protection Plan was adopted."
    )
    assert "Human Rights Watch" not in people(text)
    assert "Australia" not in " ".join(people(text))
    assert "Americans Paul Whelan" not in people(text)
    assert not any("Protection" in name for name in people(text))
