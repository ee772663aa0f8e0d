"""People named as another's relative ("Malanga’s son Marcel", "Brittney Griner’s wife") are the
relative, not the person whose name they carry: HRW's and the State Department's sentences."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    ex = extract(text)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "person"}


def test_a_son_named_by_his_fathers_surname_is_not_the_father() -> None:
    text = (
        "Christian Malanga, a US-based Congolese opponent of the government, allegedly led the coup. "
        "Media reports indicate that at least three US nationals, including Malanga’s son Marcel, "
        "participated in the failed coup. Soldiers lead a bloodied foreigner and Malanga's son toward "
        "the palace. Malanga was killed."
    )
    found = people(text)
    father = next(mentions for name, mentions in found.items() if "Christian" in name)
    assert father == ["Christian Malanga", "Malanga"]
    son = [mentions for name, mentions in found.items() if "son" in name]
    assert son == [["Malanga’s son Marcel", "Malanga's son"]]


def test_a_wife_named_by_her_husbands_full_name_is_her_own_mention() -> None:
    text = (
        "And secondly, Brittney Griner’s wife, she says she’s no longer going to stay quiet. "
        "Brittney Griner remains detained."
    )
    found = people(text)
    assert found.get("Brittney Griner") == ["Brittney Griner"]
    assert ["Brittney Griner’s wife"] in found.values()


def test_a_brother_and_his_given_name() -> None:
    text = (
        "Settlers attacked Saleh’s home. “For 10 days we weren’t able to sleep,” said Saleh’s brother "
        "Sami, 53, who lived nearby with his wife and three children."
    )
    assert ["Saleh’s brother Sami"] in people(text).values()


def test_a_states_sons_are_no_person() -> None:
    text = "Russia’s brother nations were told that Ukraine’s son and daughter were welcome."
    assert not any("’s" in mention for mentions in people(text).values() for mention in mentions)


def test_a_relative_named_after_a_pronouns_kinship_by_a_given_name_alone() -> None:
    text = (
        "Settlers piled up stones each day to block the only road to al-Qanub, said Salma, a 29-year-old "
        "resident who fled with her husband, Salim, and their seven children. In June 2020, law "
        "enforcement officers arbitrarily detained Babaryka and his son Eduard, who also worked for the "
        "campaign. Eduard was later sentenced."
    )
    found = people(text)
    assert found.get("Salim") == ["Salim"]
    assert found.get("Eduard") == ["Eduard", "Eduard"]


def test_a_caption_place_after_a_pronouns_kinship_is_no_given_name() -> None:
    text = (
        "Click to expand Image A woman holds up remnants of the landmine that killed her father, "
        "Al-Shaqb, Yemen, April 27, 2024."
    )
    assert "Al-Shaqb" not in people(text)


def test_a_given_name_the_text_writes_in_full_joins_the_full_name() -> None:
    text = (
        "Margie Abbott will campaign in Sydney. On the Bolt Report this morning Tony Abbott explained "
        "why his wife, Margie, has entered the political fray."
    )
    found = people(text)
    assert "Margie" not in found
    assert found.get("Margie Abbott") == ["Margie Abbott", "Margie"]
