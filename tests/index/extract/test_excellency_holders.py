"""An office, a comma, then its holder styled "His Excellency" ("the Secretary-General, His
Excellency Mr. António Guterres"): the office beside the name is that person, and so is the office
alone later in the speech ("We want to commend the Secretary-General …")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str, source: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text, source_name=source).actors}


def test_the_secretary_general_styled_his_excellency_is_the_person_named() -> None:
    # UN General Debate, Botswana, 2018
    text = (
        "I also wish to thank our Secretary-General, His Excellency Mr. António Guterres, for his "
        "outstanding leadership and stewardship of the United Nations.\n"
        "We want to commend the Secretary-General for initiating reforms of the peace and security "
        "pillar aimed at strengthening United Nations capacities in conflict prevention and resolution."
    )
    got = found(text, "BWA_73_2018.txt")
    assert got["António Guterres"] == ["Secretary-General", "Mr. António Guterres", "Secretary-General"]
    assert "UN Secretary-General" not in got


def test_the_secretary_general_recognized_then_named_by_office_is_one_person() -> None:
    # UN General Debate, Nauru, 2019
    text = (
        "As it is my first time appearing before this body as the President of Nauru, allow me to "
        "recognize the Secretary-General, His Excellency Mr. Antonio Guterres, and to commend him for "
        "his recent trip to the Pacific.\n"
        "The Secretary-General posed an incredibly important question to us in his opening address."
    )
    got = found(text, "NRU_74_2019.txt")
    assert got["Antonio Guterres"] == ["Secretary-General", "Mr. Antonio Guterres", "Secretary-General"]


def test_the_former_secretary_general_is_not_the_one_in_office() -> None:
    # UN General Debate, Botswana, 2018: a tribute to Kofi Annan, then thanks to António Guterres
    text = (
        "Allow me to join other delegations in paying tribute to the former Secretary-General of the "
        "United Nations, Mr. Kofi Annan, who passed away on 18 August.\n"
        "I also wish to thank our Secretary-General, His Excellency Mr. António Guterres, for his "
        "outstanding leadership and stewardship of the United Nations."
    )
    got = found(text, "BWA_73_2018.txt")
    assert got["António Guterres"] == ["Secretary-General", "Mr. António Guterres"]
