"""A person's name runs on over a lower-case particle and the surname after it: on sentences
from Human Rights Watch and State Department statements."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_a_titled_name_runs_on_over_a_joined_particle() -> None:
    # HRW, 2024 (Iraq)
    text = (
        "In a September 2023 statement, Prime Minister Mohammed Shia al-Sudani said that executions "
        "would continue."
    )
    assert people(text) == {"Mohammed Shia al-Sudani": ["Prime Minister Mohammed Shia al-Sudani"]}


def test_a_name_of_several_particles_is_one_and_its_given_name_alone_stands_for_it() -> None:
    # White House, 2022 (United Arab Emirates)
    text = (
        "I congratulate my long-time friend Sheikh Mohammed bin Zayed Al Nahyan on his election. "
        "I look forward to working with Sheikh Mohammed."
    )
    assert people(text) == {
        "Mohammed bin Zayed Al Nahyan": ["Sheikh Mohammed bin Zayed Al Nahyan", "Sheikh Mohammed"]
    }


def test_a_capitalised_particle_does_not_end_the_name() -> None:
    # State Department, 2021 (Egypt)
    text = "Secretary Blinken met today in Cairo with Egyptian President Abdel Fattah Al Sisi."
    assert "Abdel Fattah Al Sisi" in people(text)


def test_a_titled_name_the_dictionary_reads_from_inside_is_one_mention_of_its_entry() -> None:
    # HRW, 2024 (Egypt; Syria)
    text = (
        "Egypt’s President Abdel Fattah al-Sisi has cracked down on dissent. Since al-Sisi came to "
        "power, thousands were jailed."
    )
    assert people(text) == {"Abdel Fattah El Sisi": ["Egypt’s President Abdel Fattah al-Sisi", "Sisi"]}
    text = "Syrian President Bashar al-Assad used chemical weapons against his own people."
    assert people(text) == {"Bashar al-Assad": ["President Bashar al-Assad"]}


def test_a_name_of_three_words_runs_on_over_its_particle() -> None:
    # State Department, Rewards for Justice offer (2021): the finders read "Abu Ubaydah", the third
    # word is read on after the particles, and its "al-Anabi" must follow it
    text = (
        "The U.S. Department of State’s Rewards for Justice program is offering a reward of up to $7 "
        "million for information leading to the location or identification of Abu Ubaydah Yusuf "
        "al-Anabi, the leader of the terrorist organization al-Qa’ida in the Islamic Maghreb (AQIM)."
    )
    assert "Abu Ubaydah Yusuf al-Anabi" in people(text)


def test_a_joined_surname_capitalised_at_a_sentences_start_is_the_person() -> None:
    # State Department, Rewards for Justice offer (2021)
    text = (
        "In November 2020, AQIM announced Abu Ubaydah Yusuf al-Anabi as the group’s new leader. "
        "Al-Anabi has pledged allegiance to al-Qa’ida leader Ayman al-Zawahiri on AQIM’s behalf."
    )
    assert people(text)["Abu Ubaydah Yusuf al-Anabi"] == ["Abu Ubaydah Yusuf al-Anabi", "Al-Anabi"]
