"""A country's opposition named by the common noun: the armed side where the text names armed
groups (test_armed.py), else the political opposition, a party."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_the_opposition_in_a_report_on_politics_is_a_party() -> None:
    # HRW, 2024 (Venezuela's election)
    text = (
        "The authorities have made the playing field more uneven, by arresting members of the "
        "opposition. The court said that the tally sheets made public by the opposition were fake."
    )
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Opposition"] == ("party", ["the opposition", "the opposition"])


def test_an_objection_or_the_oppositions_leader_is_no_party() -> None:
    # HRW, 2024 (Russia); a senator's release
    text = (
        "Their intent was to ensure the opposition leader remained incarcerated. We note the "
        "opposition to the bill."
    )
    assert [a.name for a in extract(text).actors if a.type == "party"] == []


def test_the_leader_of_the_opposition_is_a_person_not_the_party() -> None:
    # Australian release, 1977 (a parliament's office, held by one person)
    text = 'Employment had not "doubled" as reportedly claimed by the Leader of the Opposition, Mr Whitlam.'
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Whitlam"] == ("person", ["the Leader of the Opposition", "Mr Whitlam"])
    assert not any(t == "party" for t, _ in found.values())


def test_a_letterheads_leader_of_the_opposition_is_its_holder() -> None:
    # Australian release, 2013 (the letterhead above the holder's name)
    text = "LEADER OF THE OPPOSITION\n\nTHE HON. TONY ABBOTT MHR\n\nThe Government must act now."
    found = {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}
    assert found["Tony Abbott"][0] == "person"
    assert "LEADER OF THE OPPOSITION" in found["Tony Abbott"][1]
    assert "Opposition" not in found


def _parties(text: str, source_name: str) -> dict[str, list[str]]:
    ex = extract(text, source_name=source_name)
    return {a.name: [text[s:e] for s, e in a.mentions] for a in ex.actors if a.type == "party"}


def test_an_australian_releases_opposition_is_the_party_in_opposition_that_day() -> None:
    # 2007-07-05-stott-despoja-natasha-211306404: Labor sat in opposition until December 2007
    text = (
        "The Australian Democrats have welcomed the Opposition's commitment to boost levels of "
        "development assistance. The ALP must now match it."
    )
    found = _parties(text, "2007-07-05-stott-despoja-natasha-211306404.txt")
    assert found["Australian Labor Party"] == ["the Opposition", "ALP"]
    # 2011-05-13-bishop-julie-211352972: the Coalition after Labor's 2007 win
    text = "The Opposition has been setting the national agenda, while Labor has been in chaos."
    found = _parties(text, "2011-05-13-bishop-julie-211352972.txt")
    assert found["Liberal–National Coalition"] == ["The Opposition"]
    # 2015-07-22-shorten-bill-213483229: "the then Opposition" is another day's, the Coalition
    text = "I wish that the then Opposition had shown the same leadership. The Opposition will act."
    found = _parties(text, "2015-07-22-shorten-bill-213483229.txt")
    assert found["Australian Labor Party"] == ["The Opposition"]


def test_the_opposition_of_a_document_of_no_known_date_keeps_its_role_name() -> None:
    text = "The Opposition has been setting the national agenda, while Labor has been in chaos."
    assert "Opposition" in _parties(text, "")
