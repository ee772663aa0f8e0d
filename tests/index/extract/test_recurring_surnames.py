"""People a report names in full once and by the surname after, with no title, cue or given name
the authority knows (Human Rights Watch, "The Kremlin's Unsurprising Brutality", February 2024)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

NAVALNY = (
    "Alexei Navalny’s death in prison is a stark reminder of the lawless barbarity of the regime.\n\n"
    "For years, they persecuted Navalny viciously and imprisoned him. Their non-stop injustice "
    "didn’t silence Navalny, and he remained a thorn in the Kremlin’s side. You may say "
    "Navalny’s fate is unsurprising."
)


def test_a_name_whose_surname_stands_alone_again_and_again_is_a_person() -> None:
    found = {a.name: [NAVALNY[s:e] for s, e in a.mentions] for a in extract(NAVALNY).actors}
    assert found["Alexei Navalny"] == ["Alexei Navalny", "Navalny", "Navalny", "Navalny"]


def test_places_and_lists_of_surnames_are_no_person() -> None:
    text = (
        "Protesters in Karakalpakstan were shot. Activists of Alga Karakalpakstan reported the "
        "killings in Karakalpakstan went on as troops moved into Karakalpakstan and stayed in "
        "Karakalpakstan. Senators Schumer Collins wrote. The bill of Schumer and the vote of "
        "Collins passed; staff of Schumer and aides of Collins agreed."
    )
    people = {a.name for a in extract(text).actors if a.type == "person"}
    assert "Alga Karakalpakstan" not in people
    assert "Schumer Collins" not in people
