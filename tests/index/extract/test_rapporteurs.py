"""A UN special rapporteur is one person holding a mandate, not the UN."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_rapporteur_by_mandate_and_then_by_title_alone_is_one_person() -> None:
    # HRW submission on Indonesia, 2024; HRW on Iran, 2024
    text = (
        "The UN Special Rapporteur on torture has noted that “involuntary treatment” may amount "
        "to torture. The renewal of the mandate of the Special Rapporteur is essential."
    )
    got = found(text)
    assert got["UN Special Rapporteur on torture"] == (
        "person",
        ["The UN Special Rapporteur on torture", "the Special Rapporteur"],
    )
    assert "United Nations" not in got


def test_a_rapporteurs_title_before_the_holders_name_is_that_person() -> None:
    # HRW, Uganda, 2024
    text = (
        "Last month, the United Nations Special Rapporteur on Human Rights Defenders Mary Lawlor "
        "urged the authorities to drop the charges. Lawlor said the arrests were unlawful."
    )
    typ, mentions = found(text)["Mary Lawlor"]
    assert typ == "person"
    assert mentions[0] == "the United Nations Special Rapporteur on Human Rights Defenders Mary Lawlor"


def test_mandates_that_differ_are_different_rapporteurs() -> None:
    # HRW, Venezuela and a submission on education, 2024: "on the right to …" is the mandate
    text = (
        "The suspension came a day after the publication of the UN Special Rapporteur on the "
        "Right to Food’s report. The UN Special Rapporteur on the right to education will visit."
    )
    got = found(text)
    assert got["UN Special Rapporteur on right to food"][0] == "person"
    assert got["UN Special Rapporteur on right to education"][0] == "person"


def test_several_special_rapporteurs_are_the_uns_mandates_not_one_person() -> None:
    # HRW, Saudi Arabia, 2024
    text = "Several UN special rapporteurs said that the inability to travel means confinement."
    assert found(text)["United Nations"] == ("igo", ["UN"])
