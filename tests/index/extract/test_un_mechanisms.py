"""UN mechanisms named by their mandate are bodies of their own, not the UN."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_fact_finding_mission_by_mandate_and_by_title_alone_is_one_body() -> None:
    # Joint NGO statement on Iran, 2024
    text = (
        "Member states should support the renewal of the mandate of the UN Fact-Finding Mission "
        "on Iran. The Fact-Finding Mission was established more recently."
    )
    got = found(text)
    assert got["UN Fact-Finding Mission on Iran"] == (
        "igo",
        ["the UN Fact-Finding Mission on Iran", "The Fact-Finding Mission"],
    )
    assert "Iran" not in got and "United Nations" not in got


def test_a_mandate_ends_before_the_next_body_and_before_a_month() -> None:
    # HRW letter on Bangladesh, 2024; HRW on Iran, 2024
    text = (
        "Invite the UN Working Group on Enforced and Involuntary Disappearances and the UN Special "
        "Rapporteur on Torture to visit. The UN Working Group on Arbitrary Detention in October "
        "2021 issued a decision."
    )
    got = found(text)
    assert got["UN Working Group on Enforced and Involuntary Disappearances"][0] == "igo"
    assert got["UN Special Rapporteur on torture"][0] == "person"
    assert got["UN Working Group on Arbitrary Detention"] == (
        "igo",
        ["The UN Working Group on Arbitrary Detention"],
    )


def test_a_working_group_of_two_states_is_no_un_body() -> None:
    # State Department, U.S.-India 2+2 dialogue, 2022
    text = "The Working Group on Education and Skill Training will meet in Delhi."
    assert not any(name.startswith("UN ") for name in found(text))


def test_a_working_group_listed_among_un_experts_is_the_un_body() -> None:
    # HRW on Thailand, 2024: no "UN" before the working group, but its paragraph names the UN
    text = (
        "Human Rights Watch and several United Nations human rights experts, including the Office "
        "of the High Commissioner for Human Rights and the Working Group on Arbitrary Detention, "
        "have repeatedly voiced concern over the Thai government's use of arbitrary arrest."
    )
    got = found(text)
    assert got["UN Working Group on Arbitrary Detention"] == (
        "igo",
        ["the Working Group on Arbitrary Detention"],
    )


def test_the_working_group_in_lower_case_names_the_working_group_named_before() -> None:
    # hrw-news, HRW's report on lawyers in Belarus: the reported call is the Working Group's
    text = (
        "In December 2023, the UN Working Group on Arbitrary Detention issued an opinion finding that the"
        " arrests and subsequent detention of Brahinets were arbitrary. The working group called on"
        " Belarusian authorities to release Brahinets immediately."
    )
    got = found(text)
    assert got["UN Working Group on Arbitrary Detention"] == (
        "igo",
        ["the UN Working Group on Arbitrary Detention", "The working group"],
    )
    (call,) = extract(text).demands
    assert call.by == "UN Working Group on Arbitrary Detention"


def test_the_working_group_in_lower_case_names_no_one_before_a_working_group_is_named() -> None:
    # hrw-news dispatch on an ASEAN declaration: no working group is named in full before
    text = "The working group released a draft. The working group met again in June."
    assert not any("Working Group" in name for name in found(text))
