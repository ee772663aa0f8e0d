"""Bodies named again as "the group", "the organization", "these groups" are the body named last
before them when it is of a fitting kind; on real sentences of HRW and Senate releases."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def mentions(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_the_group_is_the_armed_group_named_before() -> None:
    # HRW, Yemen, 2024
    text = (
        "Since the Houthis took over the capital, Sanaa, in 2014, the group increasingly began "
        "imposing restrictions on women throughout its territory."
    )
    assert mentions(text)["Houthis"] == ["Houthis", "the group"]


def test_the_organization_is_the_un_named_before() -> None:
    # U.S. Senate, Hutchison, 2007
    text = (
        "But in recent years the U.N. has become inefficient and disorganized. Its missions have "
        "frequently been politicized. The organization has also not allocated and distributed aid fairly."
    )
    assert mentions(text)["United Nations"] == ["U.N.", "The organization"]


def test_these_groups_are_the_insurgents_named_before() -> None:
    # U.S. Senate, Kyl, 2004 (a letter to the UN Secretary-General)
    text = (
        "the civilian population has been hijacked by the terrorists and insurgents operating from "
        "places like Fallujah. I was a little surprised by the lack of any mention in your letter of the "
        "atrocities which these groups have committed."
    )
    insurgents = [ws for ws in mentions(text).values() if "these groups" in ws]
    assert insurgents and "insurgents" in insurgents[0]


def test_the_groups_of_a_joint_statement_are_no_actor() -> None:
    # HRW, 2024: a release by several organisations
    text = (
        "The Drug Policy Alliance and Human Rights Watch released a report. Federal immigration law "
        "penalizes immigrants for activities that are legal for citizens. The groups found that 500,000 "
        "people were deported."
    )
    assert not any("The groups" in ws for ws in mentions(text).values())


def test_a_description_before_a_name_or_of_several_is_no_reference() -> None:
    # HRW, 2024: US universities; Gaza aid workers
    text = (
        "Columbia suspended Students for Justice in Palestine. In response, the New York Civil Liberties "
        "Union and the organization Palestine Legal filed a lawsuit. A senior employee from one of the "
        "organizations told us."
    )
    assert mentions(text).get("New York Civil Liberties Union") == ["New York Civil Liberties Union"]


def test_the_forces_are_the_armed_body_named_last() -> None:
    # HRW, 2024 (Sudan; India)
    text = (
        "The Rapid Support Forces (RSF) attacked El Geneina in June. The forces have plundered and "
        "destroyed homes. The Indian government should direct the security forces to take all "
        "necessary steps to ensure that the forces act with restraint."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert found["Rapid Support Forces"][-1] == "The forces"
    assert found["Security forces of India"] == ["the security forces", "the forces"]


def test_forces_of_a_kind_are_no_reference() -> None:
    # UN speech, 2016
    text = (
        "The Islamic State has attacked our cities. Doing nothing would play into the hands of the "
        "forces, terrorists in particular, that aim to divide us. We must fend off the forces of "
        "insularity and isolationism."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert all("forces" not in m for ms in found.values() for m in ms)
