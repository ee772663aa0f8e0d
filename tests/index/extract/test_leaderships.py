"""A state's leadership after the article ("the Iraqi leadership", "the new Iranian leadership") is
its government, one actor with "the Iraqi government"; without the article, or with what it leads
after it, it is the quality ("U.S. leadership in global health", "Spain’s leadership is key")."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def typed(text: str) -> dict[str, tuple[str, list[str]]]:
    return {
        a.name: (a.type, [" ".join(text[s:e].split()) for s, e in a.mentions]) for a in extract(text).actors
    }


def test_the_states_leadership_is_its_government() -> None:
    # U.S. Senate, Senator Reid, 2006
    text = (
        "And what I've found from my talks are that the Iraqis want a unified country and that the "
        "Iraqi leadership is determined to thwart the efforts of the extremists and the radicals and "
        "Al Qaida. The Iraqi government must act."
    )
    assert typed(text)["Government of Iraq"] == ("government", ["Iraqi leadership", "Iraqi government"])


def test_a_speech_asks_the_new_leadership_to_act() -> None:
    # UN General Debate, Luxembourg, 2013
    text = (
        "We encourage the new Iranian leadership to engage in constructive dialogue, to take the "
        "measures necessary to prove to the international community that its nuclear programme is "
        "intended for exclusively peaceful purposes."
    )
    result = extract(text)
    found = {a.name: a.type for a in result.actors}
    assert found.get("Government of Iran") == "government"
    assert "Iran" not in found
    assert any("Government of Iran" in d.targets for d in result.demands)


def test_leadership_as_a_quality_is_no_body() -> None:
    # White House remarks, 2022; White House statement on Spain, 2022; State Department, 2022
    text = (
        "Since day one of my Administration, we have renewed U.S. leadership in global health, "
        "starting here at home. As a staunch NATO Ally and EU member state, Spain’s leadership is key "
        "to the transatlantic effort. We welcome Costa Rica’s leadership in providing protection to "
        "refugees."
    )
    found = typed(text)
    assert not any(name.startswith(("Government of Spain", "Government of Costa Rica")) for name in found)
    assert found["Spain"] == ("state", ["Spain"])
    assert "leadership" not in " ".join(" ".join(ms) for _, ms in found.values())


def test_a_states_possessed_leadership_acting_or_asked_is_its_government() -> None:
    # UN General Debate, Hungary, 2009; Sweden, 2024
    text = (
        "We deeply regret that Iran’s leadership has refused to abide by the relevant Security Council "
        "resolutions. Russia’s leadership will continue its attempts to impose its rule on neighbouring "
        "countries."
    )
    found = typed(text)
    assert found["Government of Iran"] == ("government", ["Iran’s leadership"])
    assert found["Government of Russia"] == ("government", ["Russia’s leadership"])
