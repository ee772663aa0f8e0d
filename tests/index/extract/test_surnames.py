"""Names longer than the two words a given name's pair reads: patronymics, double surnames, titled
Gulf rulers, as HRW, State Department and UN texts write them."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


def test_a_patronymic_name_keeps_its_surname() -> None:
    text = (
        "the Department of State is designating 16 Bank Otkritie Board Members: Elena Borisovna Titova, "
        "Irina Vladimirovna Kremleva, Viktor Andreevich Nikolaev, and Paul Andrew Goldfinch."
    )
    found = people(text)
    assert "Irina Vladimirovna Kremleva" in found
    assert "Irina Vladimirovna" not in found


def test_a_three_word_name_is_one_person_named_again_by_its_surname() -> None:
    text = (
        "The fighting has pitted Sudan's army chief Abdel Fattah al-Burhan against his former deputy "
        "Mohamed Hamdan Daglo who commands the Rapid Support Forces (RSF). Daglo denied it."
    )
    found = people(text)
    assert found.get("Mohamed Hamdan Daglo") == ["Mohamed Hamdan Daglo", "Daglo"]


def test_a_titled_name_runs_on_to_its_last_surname() -> None:
    text = "the Leadership Council, which replaced former President Abdo Rabbu Mansour Hadi in 2022"
    assert "Abdo Rabbu Mansour Hadi" in people(text)


def test_an_office_is_not_lengthened_into_its_holders_surname() -> None:
    text = "The Immigration Minister Burke said the boats would be turned back."
    assert "Immigration Minister Burke" not in people(text)


def test_an_organisation_after_a_name_is_not_a_surname() -> None:
    text = "The report was written by Sarah Leah Whitson and published by Human Rights Watch."
    found = people(text)
    assert "Sarah Leah Whitson" in found
    assert not any("Human" in name for name in found)


def test_a_gulf_rulers_title_and_style_begin_the_name() -> None:
    text = (
        "His Highness Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah welcomed the talks. "
        "Emir Tamim bin Hamad Al Thani spoke first."
    )
    found = people(text)
    emir = "His Highness Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah"
    assert found.get("Sabah Al-Ahmad Al-Jaber Al-Sabah") == [emir]
    assert found.get("Tamim bin Hamad Al Thani") == ["Emir Tamim bin Hamad Al Thani"]


def test_a_name_joined_by_bin_is_one_person_not_a_place() -> None:
    # HRW, 2024 (Saudi Arabia)
    text = (
        "Saeed bin Nasser al-Ghamdi, a third brother, is a well-known Saudi Islamic scholar and "
        "government critic. Although bin Salman promised reform, nothing changed."
    )
    found = {a.name: a.type for a in extract(text).actors}
    assert found.get("Saeed bin Nasser al-Ghamdi") == "person"
    assert "Nasser" not in found
    assert not any(name.startswith("Although") for name in found)
