"""People listed beside a person are people: on sentences from each genre's statements."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def test_names_listed_with_a_person_are_peoples_both_ways() -> None:
    # HRW, 2024 (Central African Republic; Tunisia)
    text = (
        "Four alleged members of the Seleka – Gary Hadiatou, Ali Abdel Kader, Oumar Al Bachir, and "
        "Yalo Amadou – were arrested. Colleagues of Dahmani—Mourad Zeghidi and Borhen Bsaies—were held."
    )
    got = people(text)
    assert {"Yalo Amadou", "Mourad Zeghidi", "Borhen Bsaies"} <= set(got)


def test_a_body_or_a_place_listed_with_a_person_stays_what_it_is() -> None:
    # U.S. Senate; HRW
    text = "Senator Chipp and Amnesty International spoke. Ahmed Mansoor and Abu Dhabi officials met."
    got = people(text)
    assert not any("Amnesty" in name or "Abu Dhabi" in name for name in got)


def test_names_a_speaker_lists_with_himself_are_people_not_places() -> None:
    # State Department, 2022 (Negev Summit): "Nasser" is also a place of the authority file
    text = "It’s new for, I think, Abdullatif and Nasser and myself to be in Israel. This is our first time."
    assert "Abdullatif" not in {a.name for a in extract(text).actors if a.type == "place"}


def test_a_listed_name_with_an_ordinary_word_in_it_keeps_the_list_going() -> None:
    # HRW, 2024 (Belarus; Vietnam): "Vital", "Can", "Thi", "Hung" are also ordinary words
    text = (
        "The lawyers Maksim Znak, Aliaksandr Danilevich, Vital Brahinets, Anastasiya Lazarenka, and "
        "Aliaksei Barodka remain in prison. Brahinets was disbarred. Bottom row: Nguyen Lan Thang, Can "
        "Thi Theu, Dang Dinh Bach, Hoang Thi Minh Hong. He voiced support for political prisoners "
        "including Pham Chi Dung, Nguyen Tuong Thuy, Le Chi Thanh, Le Trong Hung, and Le Van Dung."
    )
    got = people(text)
    assert {"Vital Brahinets", "Anastasiya Lazarenka", "Can Thi Theu", "Le Trong Hung"} <= set(got)
    assert "Brahinets" in got["Vital Brahinets"]


def test_a_list_ending_in_a_body_after_an_ordinary_word_adds_no_person() -> None:
    # HRW, 2024: an office and a body after a name are no one's name
    text = "Tirana Hassan, Executive Director, Human Rights Watch, said the crises deepened."
    assert set(people(text)) == {"Tirana Hassan"}


def test_suburbs_listed_with_towns_are_places_though_one_reads_like_a_name() -> None:
    # Dreyfus, Australian release, 13 August 2013: "Chester Hill" was a person, "Granville South"
    # nothing; a researcher's role after her name makes no list of her ("said Elaine Pearson,
    # Asia director at Human Rights Watch", Human Rights Watch, 2024)
    text = (
        "The programs will run in Blacktown, Fairfield, Liverpool, Granville South, Chester Hill "
        "and Holroyd. “Prisoners must be freed,” said Elaine Pearson, Asia director at Human "
        "Rights Watch."
    )
    found = {a.name: a.type for a in extract(text).actors}
    assert [found.get(n) for n in ("Granville South", "Chester Hill", "Holroyd")] == ["place"] * 3
    assert people(text) == {"Elaine Pearson": ["Elaine Pearson"]}


def test_a_titled_person_after_a_listed_town_stays_a_person() -> None:
    # State Department press availability, 25 May 2021: "President Abbas" had become a place,
    # listed after "here in Jerusalem, and"
    text = (
        "I met Prime Minister Netanyahu, Foreign Minister Ashkenazi, Defense Minister Gantz here in "
        "Jerusalem, and President Abbas and Prime Minister Shtayyeh in the West Bank."
    )
    found = {a.name: a.type for a in extract(text).actors}
    assert found["Abbas"] == "person"
    assert found["Jerusalem"] == "place"
