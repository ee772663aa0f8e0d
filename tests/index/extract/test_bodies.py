"""Committees, commissions and councils: typed by how their name is built, and named again by
their head word alone ("The Council", "this Committee")."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract


def found(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


def test_a_state_commission_is_government_an_international_one_keeps_its_type() -> None:
    text = (
        "It asked the Securities and Exchange Commission and the Helsinki Commission to act, "
        "and wrote to the International Rescue Committee."
    )
    got = found(text)
    assert got["Securities and Exchange Commission"][0] == "government"
    assert got["Helsinki Commission"][0] == "government"
    assert got["International Rescue Committee"][0] == "ngo"


def test_a_national_human_rights_commission_in_an_hrw_release_is_government(corpus: Path) -> None:
    text = (corpus / "hrw-news" / "2024-03-01-chad-prominent-opposition-leader-killed.txt").read_text()
    assert found(text)["National Human Rights Commission"][0] == "government"


def test_a_committee_named_by_its_chamber_or_subject_is_a_legislature() -> None:
    text = "The Senate Appropriations Subcommittee and the Joint Standing Committee on Migration met."
    got = found(text)
    assert got["Senate Appropriations Subcommittee"][0] == "legislature"
    assert got["Joint Standing Committee on Migration"][0] == "legislature"


def test_the_council_in_a_un_speech_is_the_security_council_named_before(corpus: Path) -> None:
    text = (corpus / "un-speeches" / "QAT_68_2013.txt").read_text(encoding="utf-8")
    typ, surfaces = found(text)["UN Security Council"]
    assert typ == "igo"
    assert "the Council" in surfaces


def test_the_council_of_an_intergovernmental_alliance_is_an_igo_and_named_again() -> None:
    text = (
        "The ANZUS Council met in Washington on 27 February. The Council called on Vietnam to "
        "withdraw. The American Council member welcomed the statement."
    )
    got = found(text)
    assert got["ANZUS Council"] == ("igo", ["ANZUS Council", "The Council"])
    assert "American Council" not in got


def test_a_head_word_with_a_name_of_its_own_or_in_lower_case_is_no_reference_back() -> None:
    text = (
        "The Senate Judiciary Committee held a hearing. The Committee of Ministers of the Council "
        "of Europe met, and the committee room was full."
    )
    surfaces = found(text)
    assert all(
        "The Committee of" not in s and "committee" not in s for _, ss in surfaces.values() for s in ss
    )


def test_social_media_platforms_are_media() -> None:
    text = "The ministry ordered Facebook and YouTube to remove the posts."
    got = found(text)
    assert got["Facebook"][0] == "media" and got["YouTube"][0] == "media"


def test_the_knesset_is_israels_parliament_as_israeli_lawmakers_are(corpus: Path) -> None:
    name = "2024-04-17-west-bank-israel-responsible-rising-settler-violence.txt"
    got = found((corpus / "hrw-news" / name).read_text(encoding="utf-8"))
    assert got["Parliament of Israel"][0] == "legislature"
    assert "Knesset" in " ".join(got["Parliament of Israel"][1])
    assert found("Israeli lawmakers met.")["Parliament of Israel"][0] == "legislature"


def test_an_office_named_by_its_body_is_one_person() -> None:
    text = "The Knesset’s foreign affairs and defense committee chair said the soldiers were heroes."
    got = found(text)
    typ, surfaces = got["Chair of Parliament of Israel"]
    assert typ == "person" and surfaces == ["The Knesset’s foreign affairs and defense committee chair"]


def test_a_state_organ_named_by_its_head_word_is_the_government() -> None:
    # Australian press release, 1998; State Department, 2021
    for text, name in (
        (
            "In Australia alone it is estimated by the National Crime Authority that billions are lost.",
            "National Crime Authority",
        ),
        (
            "He met officials of the Bureau of Overseas Buildings Operations in Niamey.",
            "Bureau of Overseas Buildings Operations",
        ),
    ):
        found = {a.name: a.type for a in extract(text).actors}
        assert found[name] == "government", text


def test_who_backs_a_group_is_no_part_of_its_name() -> None:
    # HRW, 2024 (Yemen)
    text = (
        "(Beirut) – Forces linked with the UAE-backed Southern Transitional Council (STC) seized the shelter."
    )
    found = {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}
    assert found["Southern Transitional Council"] == ["Southern Transitional Council", "STC"]
    assert found["United Arab Emirates"] == ["UAE"]


def test_a_laws_section_heading_is_no_organ() -> None:
    # White House, 2022 (emergency declaration)
    text = "I hereby direct as follows:\nSection 1. Emergency Authority. (a) To provide additional authority."
    assert [a for a in extract(text).actors if a.type == "government"] == []
