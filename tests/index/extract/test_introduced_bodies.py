"""A body introduced by a lower-case noun for what it is ("the Israeli rights group Yesh Din") is an
organisation the authority file does not know, typed by the noun's modifier, and its later bare
name is the same body; an ordinary word after the noun, or a known name, is not a new one."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

from .test_bodies import found


def test_a_name_after_a_noun_for_a_body_is_that_body_typed_by_its_modifier() -> None:
    # HRW: Israel, 31 July 2024; Gaza, 7 May 2024; Mali, 12 April 2024; Argentina, 23 May 2024
    # (particles inside a name); UN General Debate, Turkey, 2016
    got = found(
        "Few complaints led to prosecutions, according to the Israeli rights group Yesh Din. Tania Hary, "
        "executive director of the Israeli human rights organization Gisha, told us. In 2018, the "
        "authorities had dissolved the political organization Kaoural Renewal. Cases were delayed, "
        "according to a study by the human rights group Asociación Civil por la Igualdad y la Justicia. "
        "That was the priority of the terrorist organization Kurdish Workers Party at the time."
    )
    kinds = {
        "Yesh Din": "ngo",
        "Gisha": "ngo",
        "Kaoural Renewal": "party",
        "Asociación Civil por la Igualdad y la Justicia": "ngo",
        "Kurdish Workers Party": "armed_group",
    }
    assert {name: got[name][0] for name in kinds if name in got} == kinds


def test_the_bodys_later_bare_name_is_the_same_body() -> None:
    # HRW, West Bank, 17 April 2024
    text = (
        "Settlers attacked the brothers’ father, 76, fracturing two of his fingers and his skull, the "
        "rights group B’Tselem reported. B’Tselem documented further attacks."
    )
    assert found(text)["B'Tselem"][1] == ["B’Tselem", "B’Tselem"]


def test_a_reported_call_of_an_introduced_body_is_its_own() -> None:
    # HRW, "A Path to Justice for Afghans", 3 July 2024
    (d,) = extract(
        "The Afghan human rights group Rawadari has called on states to use universal jurisdiction to "
        "bring Afghan leaders suspected of serious crimes to justice in countries where they live."
    ).demands
    assert d.by == "Rawadari"


def test_an_ordinary_word_or_a_name_that_begins_another_is_no_new_body() -> None:
    # HRW, Uganda, 21 March 2024: "the NGO Bureau" is a government office, "NGO" begins its name
    names = found(
        "The group Friends met. The organisation shut down in August 2022 for failing to register "
        "with the NGO Bureau."
    )
    assert "Friends" not in names and "Bureau" not in names


def test_an_armed_word_before_the_modifier_and_a_joined_article_in_the_name() -> None:
    # State Department, Syria sanctions, 28 July 2021 (in the sample archive): the armed group's
    # whole name, with its joined Arabic article, is one armed group, not the party "Ahrar"
    got = found(
        "The United States is also imposing sanctions on armed Syrian opposition group Ahrar "
        "al-Sharqiya, for being responsible for serious human rights abuses. Ahrar al-Sharqiya is "
        "reportedly involved in looting private property from civilians."
    )
    assert got["Ahrar al-Sharqiya"] == ("armed_group", ["Ahrar al-Sharqiya", "Ahrar al-Sharqiya"])
    assert "Ahrar" not in got
