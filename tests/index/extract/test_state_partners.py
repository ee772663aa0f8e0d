"""A state's partners named by its possessive ("Tunisia’s international partners should press the
government …") are one actor of their own, type `other`, not the state they deal with."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_states_international_partners_are_others_not_the_state() -> None:
    # HRW, 2024 (Tunisia)
    text = "Tunisia’s international partners should press the government to drop the plan."
    got = found(text)
    assert got["Partners of Tunisia"] == ("other", ["Tunisia’s international partners"])
    assert "Tunisia" not in got


def test_the_partners_are_the_target_of_the_call_on_them() -> None:
    # HRW, 2024 (Kazakhstan)
    text = (
        "Kazakhstan’s new media law is the latest threat to freedom of expression. Kazakhstan’s "
        "international partners should remind the country’s authorities to uphold their commitments."
    )
    calls = extract(text).demands
    assert [d.targets for d in calls] == [("Partners of Kazakhstan",)]


def test_allies_and_partners_with_or_without_a_describing_word_are_one_actor() -> None:
    # HRW, 2024 (Israel; Uzbekistan)
    text = "Israel’s allies should suspend arms sales. Israel’s key allies have not done so."
    assert found(text)["Allies of Israel"][1] == ["Israel’s allies", "Israel’s key allies"]
    text = "Uzbekistan’s partners should press for reform. Uzbekistan’s international partners agreed."
    assert len(found(text)["Partners of Uzbekistan"][1]) == 2


def test_a_persons_allies_and_a_clause_are_left_alone() -> None:
    # HRW, 2024 (Venezuela): a person's allies, no state's
    assert not any(n.startswith("Allies") for n in found("Maduro’s international allies stood by him."))
    text = "Israel’s government and allies have rejected the findings."
    assert not any(n.startswith("Allies") for n in found(text))


def test_the_speaking_states_own_partners_are_left_to_the_state() -> None:
    # UN General Debate, Iran 2016: the speaker's "our partners", the state's name marked alone
    text = "The increased participation of Iran’s partners from various regions around the world helps."
    got = {a.name: a.type for a in extract(text, source_name="IRN_71_2016.txt").actors}
    assert got.get("Iran") == "state"
    assert not any(n.startswith("Partners") for n in got)
    # the same words in a release about Iran name its partners
    assert "Partners of Iran" in found(text)
