"""A UN office written in lower case ("the UN secretary-general", "the United Nations high
commissioner for refugees", "the UN special envoy for Yemen") is one person, not the UN."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def found(text: str, source: str) -> dict[str, tuple[str, list[str]]]:
    return {
        a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text, source_name=source).actors
    }


def test_the_secretary_general_in_lower_case_is_a_person_and_the_target() -> None:
    # HRW, Sudan, 2024
    text = "The United Nations secretary-general should act on the UN Security Council\u2019s resolution."
    result = extract(text, source_name="2024-06-19-sudan-unlawful-attacks-civilians-infrastructure.txt")
    got = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in result.actors}
    assert got["UN Secretary-General"] == ("person", ["The United Nations secretary-general"])
    assert "United Nations" not in got
    assert [d.targets for d in result.demands] == [("UN Secretary-General",)]


def test_the_high_commissioner_for_refugees_in_lower_case_is_a_person() -> None:
    # Hagel, Senate floor statement, 2007: it had been the United Nations and "refugees"
    text = (
        "According to the United Nations high commissioner for refugees, the war in Iraq has "
        "already produced 4 million refugees."
    )
    got = found(text, "9May2007Hagel46.txt")
    assert got["UN High Commissioner for Refugees"] == (
        "person",
        ["the United Nations high commissioner for refugees"],
    )
    assert "United Nations" not in got


def test_a_special_envoy_with_a_brief_and_a_name_is_the_holder() -> None:
    # HRW, Yemen, 2024: the photo caption names the envoy after his office
    text = "The UN special envoy for Yemen, Hans Grundberg, meets with local officials in Taizz."
    got = found(text, "2024-06-26-yemen-houthis-disappear-dozens-un-civil-society-staff.txt")
    assert got["Hans Grundberg"][0] == "person"
    assert got["Hans Grundberg"][1][0] == "The UN special envoy for Yemen"
    assert "United Nations" not in got and "Yemen" not in got


def test_the_office_in_capitals_is_left_to_the_authority_file() -> None:
    # HRW, 2024: the capitalised office is the agency the authority file names
    text = "The UN High Commissioner for Human Rights should visit Xinjiang."
    got = found(text, "2024-08-27-china-un-needs-address-crimes-against-humanity.txt")
    assert got["UN High Commissioner for Human Rights"][0] == "igo"
