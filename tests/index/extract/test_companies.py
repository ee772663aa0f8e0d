"""A company named with its legal form is one actor of type `other`, the form inside its span: State
Department sanctions pages name the companies they designate so. Associations registered as
"Limited" keep their own type. Real sentences."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def actors(text: str, source: str = "2022-03-24-sanctions.html") -> dict[str, tuple[str, list[str]]]:
    result = extract(text, source_name=source, issuer_hint="U.S. Department of State")
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in result.actors}


def test_a_russian_form_before_the_name_makes_a_company_not_a_charity() -> None:
    # State Department, designations of Russian elites, 2022: "Group" made the company a charity,
    # and "PJSC Sovcombank" was no actor
    text = (
        "Notably, this will include 17 members of the board of PJSC Sovcombank, a designated entity.  "
        "Additionally, OOO Volga Group is being re-designated for having operated in the transportation "
        "sector of the Russian Federation economy."
    )
    found = actors(text)
    assert found.get("PJSC Sovcombank") == ("other", ["PJSC Sovcombank"])
    assert found.get("OOO Volga Group") == ("other", ["OOO Volga Group"])


def test_a_form_after_the_name_makes_a_company() -> None:
    # State Department, designations (2022): a shipping company named with "LLC" was no actor
    text = (
        "Marine Trans Shipping LLC, a Russian maritime shipping company that transports weapons for the "
        "GoR, is being designated pursuant to E.O. 14024. One vessel in which Marine Trans Shipping LLC "
        "has an interest is blocked as a result of this action."
    )
    found = actors(text)
    assert found.get("Marine Trans Shipping LLC") == (
        "other",
        ["Marine Trans Shipping LLC", "Marine Trans Shipping LLC"],
    )


def test_a_chinese_company_with_co_ltd_is_one_company() -> None:
    # White House, fact sheet on an executive order on securities investments (2021): its list
    text = (
        "China Satellite Communications Co., Ltd.; China Shipbuilding Industry Company Limited; China "
        "Aerospace Science and Industry Corporation Limited; Hangzhou Hikvision Digital Technology Co., Ltd.;"
    )
    found = actors(text, "2021-06-03-fact-sheet-executive-order.html")
    for name in (
        "China Satellite Communications Co., Ltd.",
        "China Shipbuilding Industry Company Limited",
        "China Aerospace Science and Industry Corporation Limited",
        "Hangzhou Hikvision Digital Technology Co., Ltd.",
    ):
        assert found.get(name) == ("other", [name]), found


def test_an_association_registered_as_limited_stays_an_association() -> None:
    # press release, Australian Medical Association (2002): its copyright line
    text = "Â© 1995-2002, \nAustralian Medical Association Limited. All rights reserved."
    found = actors(text, "2002-02-24-australian-medical-association.txt")
    assert all(typ != "other" for typ, _ in found.values()), found


def test_ag_before_a_name_is_the_attorney_general() -> None:
    # White House press briefings (2022): a question's "Nord Stream AG" is a company; the press
    # secretary's "former Deputy AG Gorelick" names an office
    text = (
        "Q    On the sanctions on Nord Stream AG, can you confirm that they will only affect gas from and "
        "not the four European companies that are shareholders of the consortium?"
    )
    assert actors(text).get("Nord Stream AG") == ("other", ["Nord Stream AG"])
    text = (
        "yes, the board is pausing in the sense that it will not convene while former Secretary Chertoff "
        "and former Deputy AG Gorelick do their assessment."
    )
    assert all(typ != "other" for typ, _ in actors(text).values())
