"""A state's possessive before a described organ ("Mali’s transitional military authorities") is
one mention of that organ, not a mention of the state; on real sentences of HRW, a White House
readout and an Australian release."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_states_described_government_is_its_government() -> None:
    # HRW, Mali, 2024; HRW, India, 2024
    text = (
        "Mali’s transitional military authorities, which took power in a May 2021 coup, should "
        "investigate the killings. India’s new government should reverse laws and policies."
    )
    found = typed(text)
    assert found["Government of Mali"] == ("government", ["Mali’s transitional military authorities"])
    assert found["Government of India"] == ("government", ["India’s new government"])
    assert "Mali" not in found and "India" not in found


def test_the_countrys_court_is_a_court_of_the_state_the_text_is_about() -> None:
    # HRW, Niger, 2024
    text = (
        "Niger’s highest court on June 14 may decide to lift the immunity of Mohamed Bazoum. By "
        "bringing the case before the country’s highest court, they also denied Bazoum his right to appeal."
    )
    assert typed(text)["Courts of Niger"] == (
        "government",
        ["Niger’s highest court", "the country’s highest court"],
    )


def test_a_policy_regime_or_a_military_build_up_is_no_organ() -> None:
    # Australian Democrats, 2002; White House readout, 2022
    text = (
        "Australia's detention regime breaches its obligations. The leaders discussed Russia’s continued "
        "military build-up on Ukraine’s borders."
    )
    found = typed(text)
    assert found["Australia"][0] == "state" and found["Russia"][0] == "state"


def test_a_state_named_by_another_of_its_names_owns_its_army_and_government() -> None:
    # HRW, DR Congo, 2024 (a photo caption); HRW, North Korea, 2024
    text = (
        "Congolese security forces secure the streets of Kinshasa, Democratic Republic of Congo, on "
        'May 19, 2024, after Congo\'s army said it had "foiled a coup". In 2020, as the global '
        "pandemic raged, North Korea’s government largely sealed its border with neighboring China."
    )
    found = typed(text)
    assert found["Armed forces of the Democratic Republic of the Congo"] == ("armed_force", ["Congo's army"])
    assert found["Government of North Korea"] == ("government", ["North Korea’s government"])


def test_a_states_military_right_after_its_possessive_is_its_army() -> None:
    # State Department, 2022: Burma is Myanmar by another of its names
    text = "I made the determination that Burma’s military committed genocide and crimes against humanity."
    assert typed(text)["Armed forces of Myanmar"] == ("armed_force", ["Burma’s military"])


def test_a_military_build_up_after_another_name_is_still_no_army() -> None:
    # State Department, 2022: "military" stays an adjective before a noun
    text = (
        "Deputy Secretary Sherman expressed serious concerns about the PRC’s military presence and "
        "construction of facilities at Ream Naval Base."
    )
    assert not any(a.type == "armed_force" for a in extract(text).actors)


def test_a_government_controlled_body_is_no_government() -> None:
    # HRW, Türkiye, 2024: "government-controlled" is a compound adjective
    text = (
        "Türkiye’s government-controlled internet regulator, the Information and Communication "
        "Technologies Authority"
    )
    assert typed(text)["Turkey"] == ("state", ["Türkiye"])
