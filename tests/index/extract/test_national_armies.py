"""A state's army named by its own name and by the words for any state's army is one actor."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def groups(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_the_israeli_military_and_its_soldiers_are_the_israel_defense_forces() -> None:
    # HRW, West Bank, 2024
    text = (
        "The Israeli military either took part in or did not protect Palestinians from violent "
        "settler attacks in the West Bank. As of April 16, the Israel Defense Forces did not reply "
        "to questions Human Rights Watch sent by email on April 7. The soldiers took residents’ "
        "phones."
    )
    got = groups(text)
    assert got["Israel Defence Forces"] == ["Israeli military", "Israel Defense Forces", "The soldiers"]
    assert not any(name.startswith("Armed forces of") for name in got)


def test_the_us_military_stays_apart_from_the_defense_department() -> None:
    # State Department briefing, 2021: "DOD" is the ministry, "the U.S. military" the army
    text = (
        "How will that affect the U.S. military presence in the Sahel, which is now roughly 1,100 "
        "troops? I would defer to DOD on the number of forces in the region."
    )
    got = groups(text)
    assert got["U.S. Department of Defense"] == ["DOD"]
    assert any(s.startswith("U.S. military") for s in got["Armed forces of the United States"])
