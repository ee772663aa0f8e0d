"""A call said once and made again of another party by "and for X to…" / "and on X to…" is a
second demand on that party (real sentences from a White House statement, a State Department
statement and UN General Debate speeches); a passive or a thing after "and for" asks no one."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _targets(text: str) -> list[tuple[str, ...]]:
    return [d.targets for d in extract(text, title="Statement").demands]


def test_a_call_for_a_thing_and_for_a_party_to_act_is_two_demands() -> None:
    # White House statement (National Security Advisor, July 2021)
    text = (
        "We reiterate our call for an immediate reduction in violence in Afghanistan, and for all "
        "regional actors to encourage the parties to return to negotiations without delay so that the "
        "Afghan people can achieve a durable and just political settlement that brings the peace and "
        "security they deserve."
    )
    targets = _targets(text)
    assert len(targets) == 2
    assert targets[0] == ()  # the reduction is asked of no one named, not of "the parties"
    assert "regional actors" in " ".join(targets[1])


def test_a_call_on_one_party_and_on_another_is_a_demand_on_each() -> None:
    # State Department (U.S.-Europe communiqué on Afghanistan, July 2021)
    text = (
        "We call on the Taliban to end their military offensive, and on both the Islamic Republic and "
        "the Taliban to engage meaningfully in the peace process."
    )
    assert len(_targets(text)) == 2


def test_the_second_party_named_after_and_on_is_asked() -> None:
    # UN General Debate speech (Sweden, 2020)
    text = (
        "We call on the United States and Russia to agree on an extension of the “New START Treaty”, "
        "and on China to join discussions on follow- on arrangements."
    )
    assert any("China" in targets for targets in _targets(text))


def test_a_passive_after_and_for_asks_no_one_new() -> None:
    # State Department press briefing (April 2022)
    text = (
        "We are also extremely concerned about the rise of attacks in Afghanistan and call for an end to "
        "these cowardly attacks and for perpetrators to be brought to justice."
    )
    assert len(_targets(text)) == 1
