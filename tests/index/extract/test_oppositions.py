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
