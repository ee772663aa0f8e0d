"""A body's name read on over "in the …" to the place its acronym spells ("al-Qa’ida in the Islamic
Maghreb (AQIM)") is one actor with the acronym, not the parent group and a place; on real
sentences of State Department pages, UN General Debate speeches and HRW releases."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_groups_branch_named_for_its_region_is_the_branch_not_the_parent() -> None:
    # U.S. State Department, Rewards for Justice reward offer, 2021
    text = (
        "The U.S. Department of State’s Rewards for Justice (RFJ) program is offering a reward of up to "
        "$7 million for information leading to the location or identification of Abu Ubaydah Yusuf "
        "al-Anabi, the leader of the terrorist organization al-Qa’ida in the Islamic Maghreb (AQIM).\n"
        "In November 2020, AQIM announced al-Anabi, an Algerian citizen also known as Yazid Mubarak, "
        "as the group’s new leader. Al-Anabi has pledged allegiance to al-Qa’ida leader Ayman "
        "al-Zawahiri on AQIM’s behalf and is expected to play a role in al-Qa’ida’s global management."
    )
    found = typed(text)
    branch = [a for a in found.values() if "al-Qa’ida in the Islamic Maghreb" in a[1]]
    mentions = ["al-Qa’ida in the Islamic Maghreb", "AQIM", "AQIM", "the group", "AQIM"]
    assert branch == [("armed_group", mentions)]
    assert "Maghreb" not in found
    parent = [a for a in found.values() if "al-Qa’ida" in a[1]]
    assert parent and parent[0][1] == ["al-Qa’ida", "al-Qa’ida"]  # the parent alone, apart from its branch


def test_a_commission_named_for_its_country_in_spanish_initials_is_one_body() -> None:
    # UN General Debate, Guatemala, 2018
    text = (
        "Guatemala is the only State to have signed a cooperation agreement with the United Nations "
        "Secretariat establishing an international commission against impunity,  known  as the "
        "International Commission against Impunity in Guatemala (CICIG), which was originally to last "
        "for two years. The mandate of CICIG was extended."
    )
    found = typed(text)
    name = "International Commission against Impunity in Guatemala"
    assert found[name][1] == [name, "CICIG", "CICIG"]
    assert found["Guatemala"][1] == ["Guatemala"]  # the state named at the start, not in the name


def test_a_party_named_for_its_country_is_one_party() -> None:
    # HRW release on Tajikistan, 2024
    text = (
        "He has led a severe crackdown on human rights, especially since 2015, when the main opposition "
        "party, the Islamic Renaissance Party of Tajikistan (IRPT) and Group 24, another opposition "
        "group, were banned."
    )
    found = typed(text)
    assert found["Islamic Renaissance Party of Tajikistan"] == (
        "party",
        ["Islamic Renaissance Party of Tajikistan", "IRPT"],
    )
    assert "Tajikistan" not in found


def test_an_acronym_the_bodys_words_spell_leaves_the_place_apart() -> None:
    # HRW, joint NGO statement on Iran, 2024: ABC spells the Center's words; Iran is left as read
    text = (
        "The signatories include the Abdorrahman Boroumand Center for Human Rights in Iran (ABC) and "
        "other organizations."
    )
    found = typed(text)
    assert "Abdorrahman Boroumand Center for Human Rights in Iran" not in found
