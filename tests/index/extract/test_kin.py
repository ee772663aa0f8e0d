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
