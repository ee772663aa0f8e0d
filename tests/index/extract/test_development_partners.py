"""A country's development partners, named as a group and asked to act in a UN speech.

Every sentence is from a General Debate speech (un-general-debates, bulk).
"""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_the_partners_called_on_are_the_target() -> None:
    # Nauru, 2017
    text = (
        "As developing countries, we have demonstrated our political will to be part of the global effort, "
        "but most of us lack the resources to fully implement our contributions alone. In that regard, we "
        "call on our development partners to step up their assistance programmes."
    )
    ex = extract(text, source_name="NRU_72_2017.txt")
    group = [a for a in ex.actors if a.name == "Development partners"]
    assert [(a.type, [text[s:e] for s, e in a.mentions]) for a in group] == [
        ("other", ["our development partners"])
    ]
    call = next(d for d in ex.demands if "step up their assistance" in d.sentence)
    assert list(call.targets) == ["Development partners"]


def test_another_states_partners_are_not_the_group() -> None:
    # Cape Verde, 1986: "its development partners" are Cape Verde's, told of in the third person
    text = (
        "The Government of Cape Verde very much appreciates the assistance it continues to receive from its "
        "development partners. We have been able to make maximum use of this assistance."
    )
    ex = extract(text, source_name="CPV_41_1986.txt")
    assert "Development partners" not in [a.name for a in ex.actors]
