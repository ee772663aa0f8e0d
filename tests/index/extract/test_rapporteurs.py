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


def test_a_country_mandate_in_full_and_by_its_country_is_one_rapporteur() -> None:
    # HRW on the Iran mandates, 2024: the mandate written in full, then by its country alone
    text = (
        "The United Nations Human Rights Council should renew the mission of the UN special "
        "rapporteur on human rights in the Iran, organizations said today. The UN special "
        "rapporteur on Iran has played a crucial role since the position was established in 2011."
    )
    rapporteurs = [a for a in extract(text).actors if "Rapporteur" in a.name]
    assert len(rapporteurs) == 1
    assert len(rapporteurs[0].mentions) == 2


def test_a_rapporteur_on_a_countrys_defenders_is_not_the_countrys() -> None:
    text = (
        "The UN Special Rapporteur on the situation of human rights in Belarus and the UN Special "
        "Rapporteur on the situation of human rights defenders both wrote to the government."
    )
    rapporteurs = [a for a in extract(text).actors if "Rapporteur" in a.name]
    assert len(rapporteurs) == 2


def test_a_country_mandates_name_keeps_its_countrys_capitals() -> None:
    # HRW letter to Human Rights Council members, 2024
    text = (
        "For all these reasons, we urge your government to support extending at this session both the "
        "mandate of the UN Special Rapporteur on the situation of human rights in Iran and the mandate "
        "of the UN Fact-Finding Mission on Iran."
    )
    assert "UN Special Rapporteur on situation of human rights in Iran" in found(text)


def test_a_country_name_with_an_apostrophe_is_the_whole_mandate() -> None:
    # HRW news, 2024: not "the UN Special Rapporteur on democratic people"
    text = (
        "The resolution renews the mandate of the UN special rapporteur on the Democratic People’s "
        "Republic of Korea (North Korea) and asks the Office of the UN High Commissioner for Human "
        "Rights to prepare its first comprehensive report."
    )
    got = {name.replace("’", "'") for name in found(text)}
    assert "UN Special Rapporteur on Democratic People's Republic of Korea" in got


def test_a_modal_verb_ends_the_mandate() -> None:
    # HRW news, 2024
    text = (
        "The UN Fact-Finding Mission on Iran and the UN special rapporteur on the situation of human "
        "rights in Iran should monitor and report on the treatment of Kurdish border couriers in Iran."
    )
    assert "UN Special Rapporteur on situation of human rights in Iran" in found(text)
