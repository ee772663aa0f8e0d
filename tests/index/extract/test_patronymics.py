"""A given name, a patronymic and a surname are a person's name, whatever the given name: State
Department designations name Russian officials and their families so. Real sentences."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def people(text: str) -> dict[str, list[str]]:
    result = extract(text, source_name="2022-03-24-sanctions.html", issuer_hint="U.S. Department of State")
    return {a.name: [text[s:e] for s, e in a.mentions] for a in result.actors if a.type == "person"}


def test_a_rare_given_name_before_a_patronymic_is_a_person() -> None:
    # State Department, designations of Russian elites, 2022: "Ksenia" and "Gleb" are in no list of
    # given names and "Frank" is an ordinary word, so the two designees were no one
    text = (
        "Timchenko’s wife, Elena Petrovna Timchenko, and daughter, Natalya Browning, will now also be "
        "designated along with Ksenia Gennadevna Frank, a board member of OOO Transoil and her spouse Gleb "
        "Sergeevich Frank."
    )
    found = people(text)
    assert found.get("Ksenia Gennadevna Frank") == ["Ksenia Gennadevna Frank"]
    assert found.get("Gleb Sergeevich Frank") == ["Gleb Sergeevich Frank"]


def test_each_person_of_a_list_keeps_his_own_patronymic() -> None:
    # State Department, visa restrictions, 2022: three Chechen officials, each a person of his own
    text = (
        "Designation of three Russian officials, Khusein Merlovich Khutaev, Nurid Denilbekovich Salamov, "
        "and Dzhabrail Alkhazurovich Akhmatov, pursuant to Section 7031(c) of the Department of State, "
        "Foreign Operations, and Related Programs Appropriations Act, 2022. Khutaev, Salamov, and "
        "Akhmatov were publicly designated for their involvement in a gross violation of human rights."
    )
    found = people(text)
    names = ("Khusein Merlovich Khutaev", "Nurid Denilbekovich Salamov", "Dzhabrail Alkhazurovich Akhmatov")
    for name in names:
        assert name in found[name], found


def test_the_verkhovna_rada_is_no_person() -> None:
    # Ukraine's General Debate speech, 1993: "Verkhovna" (supreme) ends as a daughter's patronymic does
    text = "The Verkhovna Rada, the Ukrainian Parliament, is committed to that goal."
    assert not any("Verkhovna" in name for name in people(text))
