"""The small island developing States a UN speech pleads for or asks to act, "SIDS" with them.

Every sentence is from a General Debate speech (un-general-debates, bulk).
"""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str, source_name: str) -> dict[str, tuple[str, list[str]]]:
    ex = extract(text, source_name=source_name)
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in ex.actors}


def test_the_group_and_its_acronym_are_one_actor_asked_to_act() -> None:
    # Seychelles, 2014
    text = (
        "For small island developing States (SIDS), the sustainable development goals are essential to "
        "allow for the implementation of development transformation. Further, we call for SIDS to be part "
        "of the decision-makers on issues of climate change and to be allocated a permanent seat on the "
        "Executive Committee of the Warsaw International Mechanism for Loss and Damage associated with "
        "Climate Change Impacts."
    )
    ex = extract(text, source_name="SYC_69_2014.txt")
    group = [a for a in ex.actors if a.name == "Small island developing States"]
    assert [(a.type, [text[s:e] for s, e in a.mentions]) for a in group] == [
        ("other", ["small island developing States (SIDS)", "SIDS"])
    ]
    call = next(d for d in ex.demands if "we call for SIDS" in d.sentence)
    assert list(call.targets) == ["Small island developing States"]


def test_a_state_calling_itself_one_is_not_the_group() -> None:
    # Palau, 2021: "As a SIDS" and "small island developing State" in the singular are Palau
    text = (
        "That is particularly notable because Palau and other small island developing States (SIDS) "
        "depend on imported and highly processed food products. As a SIDS, we stand here as one of the "
        "States most vulnerable to climate change. Of the 20 per cent of climate financing provided on "
        "adaptation, only 2 per cent of that support went to SIDS."
    )
    assert actors(text, "PLW_76_2021.txt").get("Small island developing States") == (
        "other",
        ["small island developing States (SIDS)", "SIDS"],
    )


def test_the_words_inside_a_conference_name_are_no_mention() -> None:
    # Barbados, 1994; Maldives, 2023
    text = (
        "Earlier this year, 116 countries and 150 non-governmental organizations were represented at the "
        "Global Conference on the Sustainable Development of Small Island Developing States, held in "
        "Barbados. Issues like this are what we intend to bring to the fourth International Conference "
        "on SIDS next year."
    )
    assert "Small island developing States" not in actors(text, "MDV_78_2023.txt")


def test_a_region_s_small_island_states_are_a_group_of_their_own() -> None:
    # Samoa, 2016
    text = (
        "It was against the backdrop of mounting challenges that the Pacific small island developing "
        "States championed the push for oceans to be a stand-alone goal in the new set of Sustainable "
        "Development Goals."
    )
    assert actors(text, "WSM_71_2016.txt").get("Pacific small island developing States") == (
        "other",
        ["the Pacific small island developing States"],
    )
