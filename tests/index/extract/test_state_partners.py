"""A state's partners named by its possessive ("Tunisia’s international partners should press the
government …") are one actor of their own, type `other`, not the state they deal with."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def named(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


# HRW, 2024 (Tunisia; Kazakhstan)
TUNISIA = "Tunisia’s international partners should press the government to drop the plan."
KAZAKHSTAN = (
    "Kazakhstan’s new media law is the latest threat to freedom of expression. Kazakhstan’s "
    "international partners should remind the country’s authorities to uphold their commitments."
)


def test_a_states_international_partners_are_others_not_the_state() -> None:
    got = named(TUNISIA)
    assert "Tunisia" not in got
    assert got["Partners of Tunisia"] == ("other", ["Tunisia’s international partners"])


def test_the_partners_are_the_target_of_the_call_on_them() -> None:
    assert [d.targets for d in extract(KAZAKHSTAN).demands] == [("Partners of Kazakhstan",)]


def test_allies_and_partners_with_or_without_a_describing_word_are_one_actor() -> None:
    # HRW, 2024 (Israel; Uzbekistan)
    allies = named("Israel’s allies should suspend arms sales. Israel’s key allies have not done so.")
    assert allies["Allies of Israel"][1] == ["Israel’s allies", "Israel’s key allies"]
    partners = named(
        "Uzbekistan’s partners should press for reform. Uzbekistan’s international partners agreed."
    )
    assert len(partners["Partners of Uzbekistan"][1]) == 2


def test_a_persons_allies_and_a_clause_are_left_alone() -> None:
    # HRW, 2024 (Venezuela): a person's allies, no state's; a coordination, no description
    for text in (
        "Maduro’s international allies stood by him.",
        "Israel’s government and allies have rejected it.",
    ):
        assert not any(name.startswith("Allies") for name in named(text))


def test_the_speaking_states_own_partners_are_left_to_the_state() -> None:
    # UN General Debate, Iran 2016: the speaker's "our partners", the state's name marked alone
    text = "The increased participation of Iran’s partners from various regions around the world helps."
    spoken = {a.name: a.type for a in extract(text, source_name="IRN_71_2016.txt").actors}
    assert spoken.get("Iran") == "state"
    assert not any(name.startswith("Partners") for name in spoken)
    # the same words in a release about Iran name its partners
    assert "Partners of Iran" in named(text)
