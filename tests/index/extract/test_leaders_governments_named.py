"""A government named by its leader's full name or title ("President Putin’s regime", "the Saddam
Hussein regime", "The administration of President Javier Milei") is one government mention, not
the leader: the sets mark the whole phrase as the government."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, tuple[str, str]]:
    """Each mention's text → (actor name, type)."""
    return {text[s:e]: (a.name, a.type) for a in extract(text).actors for s, e in a.mentions}


def test_a_leaders_possessive_government_is_the_states_government() -> None:
    # us-state-dept (2022), a press release on military assistance for Ukraine
    text = (
        "We have imposed swift and severe sanctions on Russia’s economy and the elite of President "
        "Putin’s regime."
    )
    assert typed(text)["President Putin’s regime"] == ("Government of Russia", "government")


def test_the_leader_named_before_the_organ_word_is_the_government() -> None:
    # un-speeches, Iran at the General Debate (2013); press-releases, the Greens (2018)
    text = (
        "The arming of the Saddam Hussein regime with chemical weapons and support for the Taliban "
        "and Al-Qaida are just two examples of such catastrophes."
    )
    assert typed(text)["the Saddam Hussein regime"] == ("Government of Iraq", "government")
    text = (
        "Australia must also implement targeted sanctions against the Hun Sen regime, including "
        "travel and asset sanctions against members of Hun Sen’s Government involved in undermining "
        "Cambodia’s democracy."
    )
    found = typed(text)
    assert (
        found["the Hun Sen regime"]
        == found["Hun Sen’s Government"]
        == ("Government of Cambodia", "government")
    )


def test_the_administration_of_a_president_is_a_government() -> None:
    # hrw-news (2024), on Argentina's firearms resolution
    text = (
        "The administration of President Javier Milei should ensure adequate funding, resources, and "
        "training to ensure rights-respecting and effective investigations, Human Rights Watch said."
    )
    found = typed(text)
    assert found["The administration of President Javier Milei"][1] == "government"
    assert "President Javier Milei" not in found


def test_an_unknown_leaders_government_is_not_another_states() -> None:
    # us-state-dept (2021), the Secretary's call with Haiti's Prime Minister
    text = (
        "Secretary Blinken spoke with Haitian Prime Minister Dr. Ariel Henry. The Secretary also "
        "underscored the need for Prime Minister Henry’s unity government to seek broad political "
        "and civil society consensus on government priorities."
    )
    name, typ = typed(text)["Prime Minister Henry’s unity government"]
    assert typ == "government" and "United States" not in name
