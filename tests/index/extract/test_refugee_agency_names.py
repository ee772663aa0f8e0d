"""The spelt-out "United Nations refugee agency" is UNHCR, as "the UN refugee agency" is (real sentences from
HRW releases and a State Department page)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _names(text: str) -> dict[str, str]:
    return {text[s:e]: a.name for a in extract(text).actors for s, e in a.mentions}


def test_the_spelt_out_refugee_agency_is_unhcr() -> None:
    # hrw-news, Malaysia's immigration detention (2024)
    text = (
        "The Malaysian government has denied the United Nations refugee agency, UNHCR, access to "
        "immigration detention centers since August 2019, leaving the organization unable to review "
        "asylum claims or protect detainees registered as refugees."
    )
    names = _names(text)
    assert names["United Nations refugee agency"] == names["UNHCR"]


def test_in_title_case_too() -> None:
    # us-state-dept, humanitarian assistance for Africa (2022)
    text = (
        "The Department’s funding consists of more than $41 million to the United Nations Refugee "
        "Agency and nearly $20 million to other programs."
    )
    assert _names(text)["United Nations Refugee Agency"] == "United Nations High Commissioner for Refugees"
