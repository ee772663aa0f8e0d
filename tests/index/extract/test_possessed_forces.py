"""Armed forces named by a possessive pronoun ("its forces", "their troops"), on HRW releases:
the forces of the one state, armed group or army named before, none where two could be meant."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def spans(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_a_states_forces_by_its_are_its_army() -> None:
    # HRW, Gaza, 2024
    text = (
        "Israel’s allies should suspend military assistance and arms sales to Israel so long as its "
        "forces commit systematic and widespread laws-of-war violations against Palestinian civilians."
    )
    assert "its forces" in spans(text)["Armed forces of Israel"]


def test_an_armed_groups_forces_by_their_are_the_group() -> None:
    # HRW, Yemen, 2024
    text = (
        "Human Rights Watch has also documented the Houthis’ use of much-needed humanitarian "
        "assistance to recruit men and children to their forces."
    )
    assert spans(text)["Houthis"] == ["Houthis", "their forces"]


def test_a_states_own_soldiers_are_its_army() -> None:
    # HRW, Australia, 2024
    text = (
        "“Australia has taken action against its own soldiers who have committed serious violations, "
        "so it certainly shouldn’t deploy with soldiers from other countries responsible for abuses,” "
        "Gavshon said."
    )
    assert spans(text)["Armed forces of Australia"] == ["its own soldiers"]


def test_forces_after_two_states_are_left_unmarked() -> None:
    # HRW, Mariupol, 2024: "its" could be Russia's or Ukraine's by the words alone
    text = (
        "Russia’s full-scale military invasion of Ukraine began on February 24, 2022, as its forces "
        "attacked Ukrainian positions defending Mariupol."
    )
    assert not any("its forces" in v for v in spans(text).values())


def test_forces_of_a_government_the_sentence_names_are_not_the_army_named_before() -> None:
    # HRW, West Bank, 2024: "its" is the government's, any government's
    text = (
        "If and when Palestinian armed groups currently fighting in Gaza conduct military operations in "
        "the West Bank, the laws of war would apply to fighting between those armed groups and the "
        "Israeli military.\n\nIn general, for there to be a non-international armed conflict, the "
        "hostilities would have to be conducted by force of arms and involve such intensity that the "
        "government would be compelled to employ its armed forces against opposing non-state armed groups."
    )
    assert not any("its armed forces" in v for v in spans(text).values())
