"""A call for an act whose noun names who is to do it asks that doer: "urge constructive engagement
of all stakeholders", "calls for the focused attention of the international community", "call for
the imposition by the United Nations of mandatory sanctions"; not who the act is done to or for
("the release of all UN … staff", "the full participation of Taiwan")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def asked(text: str) -> list[list[str]]:
    return [list(d.targets) for d in extract(text).demands]


def test_the_doer_of_an_engagement_is_asked() -> None:
    # State Department, Friends of Sudan joint statement, 2022
    text = (
        "We, therefore, urge constructive engagement of all stakeholders in this next phase and "
        "underscore the importance of ensuring women, as well as youth, and other historically "
        "marginalized groups enjoy full, effective, and meaningful participation."
    )
    assert any("all stakeholders" in t for t in asked(text))


def test_the_attention_of_a_body_is_asked_of_it() -> None:
    # UN General Debate, Slovenia, 2006
    text = (
        "The Middle East crisis once again calls for the \nfocused attention of the international community."
    )
    assert asked(text) == [["International community"]]


def test_an_acts_by_names_its_doer_not_its_object() -> None:
    # UN General Debate, Bulgaria, 1985
    text = (
        "It is high time that the criminal system of apartheid in South Africa was ended. We "
        "categorically condemn this policy and vigorously call for the imposition by the United "
        "Nations of mandatory sanctions against South Africa."
    )
    assert asked(text)[-1] == ["United Nations"]  # the first sentence asks no one named


def test_a_commitment_from_a_government_is_asked_of_it() -> None:
    # U.S. Senate, Senator Snowe, 2006
    text = (
        "The multiple crises of Sudan, especially the ongoing violence in Darfur, demand a sustained "
        "commitment from the United States government."
    )
    assert asked(text) == [["Government of the United States"]]


def test_who_undergoes_or_is_granted_the_act_is_not_asked() -> None:
    # Human Rights Watch, 2024; UN General Debate, Belize, 2020; North Korea, 1991
    text = (
        "UN Secretary-General Antonio Guterres and the UN high commissioner for human rights, Volker "
        "Türk, have called for the release of all UN and nongovernmental organization staff, as have "
        "other senior UN officials. Belize calls for the full participation of Taiwan in the UN system. "
        "It is from that standpoint that we consistently call for reunification by bringing down the "
        "barriers of division and attaining the greater unity of the nation."
    )
    targets = [n for t in asked(text) for n in t]
    assert "Taiwan" not in targets
    assert not any("staff" in n or "barriers" in n for n in targets)
