"""Villages, towns and neighbourhoods no dictionary lists, found by the phrase around them, on
sentences from the corpus's genres."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def places(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "place"}


def test_the_town_of_x_names_a_town() -> None:
    # HRW, 2024
    text = "He was killed in an Israeli strike in the southern Lebanese town of Tayr Harfa, some 2.3 km away."
    assert places(text) == {"Tayr Harfa": ["Tayr Harfa"]}  # and "southern Lebanese" is no place


def test_a_name_before_village_is_the_villages() -> None:
    # HRW, 2024 (Tanzania)
    text = (
        "The police reported that on February 28, Jackson Nyamonge, a 28-year-old resident of "
        "Nyamwaga village, was found dead at the mine fence with injuries to his chest and stomach."
    )
    assert places(text) == {"Nyamwaga": ["Nyamwaga"]}


def test_a_name_set_off_as_a_city_is_one_and_the_sentence_opener_is_no_part_of_it() -> None:
    # HRW, 2024 (Ukraine)
    text = (
        "In Horlivka, a city near Donetsk, for example, Russian proxy authorities continued to use "
        "Ukrainian school books."
    )
    assert places(text)["Horlivka"] == ["Horlivka"]


def test_each_village_of_a_list_is_a_place_wherever_the_text_names_it_again() -> None:
    # HRW, 2024 (Lebanon): "Kafr Kila" looks like a given name and a surname
    text = (
        "Videos show white phosphorus landing on top of residential buildings in the southern "
        "Lebanese border villages of Kafr Kila, Mays al-Jabal, Boustane, Markaba, and Aita al-Chaab. "
        "The mayor of Kafr Kila said that about 50 to 70 percent of the residents were still living there."
    )
    found = places(text)
    assert found["Kafr Kila"] == ["Kafr Kila", "Kafr Kila"]
    assert {"Mays al-Jabal", "Boustane", "Markaba", "Aita al-Chaab"} <= set(found)
    assert not [a for a in extract(text).actors if a.type == "person"]


def test_a_village_named_in_a_senators_speech() -> None:
    # U.S. Senate, 2005 (scraped without full stops)
    text = "As many of you know  my mother came to America from the village of Suha  a short distance away"
    assert "Suha" in places(text)


def test_a_qualifier_before_city_is_no_name() -> None:
    # State Department, 2021; HRW, 2024
    text = "Nazi forces invaded the Soviet-occupied city of Bialystok, Poland."
    assert "Bialystok" in places(text)
    assert not [n for n in places(text) if "Soviet" in n]
    text = "Some threw stones when a Hindu procession played loud music in a Muslim neighborhood."
    assert places(text) == {}


def test_a_known_city_keeps_its_dictionary_name() -> None:
    # UN General Assembly, 2013
    text = "The attack took place upon the historic town of Maaloula and the city of Aleppo."
    found = places(text)
    assert found["Maaloula"] == ["Maaloula"]
    assert found["Aleppo"] == ["Aleppo"]


def test_a_named_school_or_airport_is_a_place() -> None:
    # HRW, 2024 (Uganda; Venezuela)
    text = "Children attending a pre-primary class at Kitante Primary School in Kampala, Uganda."
    assert "Kitante Primary School" in places(text)
    text = "The rights defender was arbitrarily detained at Caracas Airport in Venezuela."
    assert places(text) == {"Caracas Airport": ["Caracas Airport"]}


def test_a_headline_or_a_bill_ending_in_a_building_word_names_no_building() -> None:
    # HRW, 2024 headline; U.S. Senate, 2007
    assert places("Tunisia: Many Face Prison Over Debts") == {}
    assert places("Senator Joe Lieberman has introduced the Private Prison Information Act of 2007.") == {}


def test_a_town_named_before_its_country_is_a_place() -> None:
    # HRW, 2024 photo captions and reports
    text = "Students at the main entrance of a public school in Nacala, Mozambique, July 4, 2018."
    assert places(text)["Nacala"] == ["Nacala"]
    text = "He was executed at the United States Penitentiary in Terre Haute, Indiana."
    assert "Terre Haute" in places(text)


def test_a_person_or_a_university_before_a_country_is_no_place() -> None:
    # HRW, 2024; Australian press release, 2003
    text = "The following quote can be attributed to Niku Jafarnia, Yemen and Bahrain researcher."
    assert "Niku Jafarnia" not in places(text)
    text = "She studied at Macquarie University, Sydney, in the 1990s."
    assert "Macquarie University" not in places(text)


def test_a_name_in_apposition_to_the_capital_is_a_place_not_a_person() -> None:
    # HRW, April 2024: "El Fashir" is in no dictionary; ", the capital of" had read as a person's role
    text = (
        "The RSF said they would not allow aid from Port Sudan to reach El Fashir, the capital of "
        "North Darfur, saying this plan was bad. Fighting in El Fashir continues."
    )
    found = {(a.name, a.type) for a in extract(text).actors}
    assert ("El Fashir", "place") in found and ("El Fashir", "person") not in found


def test_the_majak_daw_apposition_still_names_a_person() -> None:
    # an Australian minister's release, December 2009
    text = "Laurie Ferguson congratulated Majak Daw, the first player of Sudanese origin to be drafted."
    assert ("Majak Daw", "person") in {(a.name, a.type) for a in extract(text).actors}


def test_a_prison_named_by_its_place_is_a_place_but_not_a_prisoner_nor_a_peoples_jail() -> None:
    # HRW, 2024 (Iraq; Bhutan; Ecuador; Sri Lanka)
    text = (
        "Thirteen men were executed in Nasiriyah prison on December 25. Prisoners at Chemgang Jail "
        "are ill. The escape from prison of José Adolfo Macías Villamar followed. He died in a Sri "
        "Lankan jail."
    )
    assert places(text) == {"Nasiriyah": ["Nasiriyah"], "Chemgang Jail": ["Chemgang Jail"]}


def test_a_town_before_its_region_opening_a_sentence_is_a_place() -> None:
    # HRW, 2024 (India)
    text = "In Panvel, Maharashtra, a scuffle ensued in a Muslim-dominated neighborhood."
    assert places(text) == {"Panvel": ["Panvel"], "Maharashtra": ["Maharashtra"]}


def test_each_name_of_a_list_before_a_plural_kind_of_area_is_a_place() -> None:
    # HRW, 2024 (South Sudan): three counties no dictionary lists, named once as a list
    text = (
        "For example, the authorities have never prosecuted officials accused of instigating and "
        "facilitating attacks on civilians and civilian property in villages in Leer, Koch, and "
        "Mayendit counties in early 2022, despite the president launching an investigation into these events."
    )
    assert {"Leer": ["Leer"], "Koch": ["Koch"], "Mayendit": ["Mayendit"]}.items() <= places(text).items()
    # HRW, 2024 (Uganda; Iraq): districts, camps
    text = (
        "Interviews were conducted in Kampala, as well as Nakapiripirit and Omoro districts in "
        "northern Uganda."
    )
    assert {"Nakapiripirit", "Omoro"} <= set(places(text))
    text = "Iraqi men, women and children detained in Al-Hol and Roj camps."
    assert {"Al-Hol", "Roj"} <= set(places(text))


def test_a_list_of_compass_words_or_peoples_before_a_plural_kind_names_no_place() -> None:
    # HRW, 2024 (Sri Lanka): the provinces are named by their compass words alone
    text = (
        "numerous organizations representing conflict victims and civil society groups—especially in "
        "the most conflict-affected Northern and Eastern provinces—joined four separate joint statements."
    )
    assert not {"Northern", "Eastern"} & set(places(text))
    # a people's adjectives qualify the kind
    text = "Fighting spread to the Kurdish and Arab regions and to the Sunni and Shia districts."
    assert not {"Kurdish", "Arab", "Sunni", "Shia"} & set(places(text))
