"""Names written as their bearers write them: an Irish particle, a Turkish or an Irish accented
letter, a surname that is an ordinary word, a surname alone after a title gave it, and a Gaza
town whose first word is also a person's name. On sentences of the corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "person"}


def places(text: str) -> list[str]:
    return [text[s:e] for a in extract(text).actors if a.type == "place" for s, e in a.mentions]


def test_an_irish_particle_is_part_of_the_name_and_of_its_later_mentions() -> None:
    # HRW, January 2024 (Trinidad and Tobago)
    text = (
        "In July 2023, the UN expert, Fionnuala Ní Aoláin, visited locked camps and other detention "
        "centers in northeast Syria. During her visit to Roj camp in Syria, Ní Aoláin interviewed a "
        "Trinidadian mother."
    )
    assert people(text) == {"Fionnuala Ní Aoláin": ["Fionnuala Ní Aoláin", "Ní Aoláin"]}


def test_an_accented_surname_alone_is_the_person_the_dictionary_names_without_accents() -> None:
    # HRW, May 2024 (Türkiye)
    text = (
        "The trial involved 108 defendants from the Peoples’ Democratic Party (HDP), including former "
        "party co-chairs Selahattin Demirtaş and Figen Yüksekdağ. The court ordered the continued "
        "detention of 13 defendants, including Demirtaş and Yüksekdağ."
    )
    got = people(text)
    assert got["Selahattin Demirtas"] == ["Selahattin Demirtaş", "Demirtaş"]
    assert got["Figen Yüksekdağ"] == ["Figen Yüksekdağ", "Yüksekdağ"]


def test_a_surname_that_is_an_ordinary_word_after_a_given_name() -> None:
    # Senate, Leahy, August 2007 (scraped with wide gaps)
    text = (
        "I refused to ambush Mr      Southwick the way Republicans ambushed Ronnie White in 1999 "
        "when they     voted him down"
    )
    assert "Ronnie White" in people(text)
    # a given name, a middle initial and such a surname; not a place's name after a given name
    assert "Samantha J. Power" in people("Remarks by Samantha J. Power at the Security Council.")
    assert people("the coal mines of the Hunter Valley in New South Wales") == {}
    # a state's or a place's name is no given name before such a word: a medal
    assert people("He was awarded the Victoria Cross for his actions at Tarin Kot.") == {}


def test_a_deported_person_is_named_after_the_deportation() -> None:
    # Senate, Leahy, November 2007
    text = (
        "This law has prompted       among other accomplishments  the deportation of Kelbessa Negewo "
        "to      Ethiopia  where he is now serving a life sentence for torture"
    )
    assert "Kelbessa Negewo" in people(text)


def test_a_surname_a_title_gave_is_the_person_wherever_it_stands_alone() -> None:
    # Senate, Harkin, February 2005: "Harkin said" comes before "Senators Harkin and Pat Roberts"
    text = (
        "food aid needs around the world     Harkin said     The president is ignoring our nation  s "
        "proud tradition     Forty four senators  led by Senators Harkin and Pat Roberts  R KS  and 93 "
        "members of the House wrote to the president"
    )
    assert people(text)["Harkin"] == ["Harkin", "Harkin"]


def test_khan_after_a_preposition_of_place_begins_a_town() -> None:
    # HRW, April 2024 (Gaza): the town, no part of the ICC prosecutor Karim Khan's name
    text = (
        "A man said he had been told that very badly injured victims were taken to the European "
        "Hospital in Khan Younis. ICC Prosecutor Karim Khan said the court is investigating."
    )
    assert "Khan Younis" in places(text)
    assert people(text).get("Karim Khan") == ["Karim Khan"]
