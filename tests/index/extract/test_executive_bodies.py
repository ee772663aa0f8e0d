"""A body of the executive named by the structure of its name (a national task force, an interagency
committee, a body named after its agency's acronym) is `government`, not an NGO its head word
("Task Force", "Committee", "Council") would make it."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def types(text: str) -> dict[str, str]:
    return {a.name: a.type for a in extract(text).actors}


def test_national_climate_task_force_is_the_governments() -> None:
    # White House fact sheet, 2021 (climate resilience)
    text = (
        "Today’s action builds on the whole-of-government approach President Biden is taking to climate "
        "resilience. Resilience is a key focus area of the National Climate Task Force as they drive a "
        "number of actions to strengthen the resilience of our infrastructure, forests, coastlines, and "
        "communities."
    )
    assert types(text)["National Climate Task Force"] == "government"


def test_nsc_principals_and_interagency_committees_are_the_governments() -> None:
    # White House national security memorandum, 2022 (intelligence priorities)
    text = (
        "Should there be a lack of consensus among the Deputies, the NSC Principals Committee shall review "
        "the PIP and recommend its approval by the President. Any lack of consensus among the NSC Principals "
        "Committee shall be presented to the President for decision. (b) The NSC staff will facilitate this "
        "review through a Restricted Interagency Policy Committee process, as necessary."
    )
    found = types(text)
    assert found["NSC Principals Committee"] == "government"
    assert found["Restricted Interagency Policy Committee"] == "government"


def test_a_council_named_after_the_department_is_the_departments() -> None:
    # White House executive order, 2022 (policing and criminal justice)
    text = (
        "(c) The Committee shall consult and coordinate with the DOJ Reentry Coordination Council, which "
        "was formed in compliance with the requirement of the First Step Act."
    )
    assert types(text)["DOJ Reentry Coordination Council"] == "government"


def test_a_task_force_not_named_national_stays_an_ngo() -> None:
    # a Syrian NGO's press statement (seeds): a task force not named national is anyone's
    text = (
        "Washington, DC – On Tuesday, the Syrian Emergency Task Force, a member of CDS, learned of the "
        "destruction of one of its offices in the Bustan al-Qasr neighborhood of Aleppo city by "
        "pro-regime forces."
    )
    assert types(text)["Syrian Emergency Task Force"] == "ngo"
