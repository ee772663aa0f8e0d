"""One person named twice, once with a word misspelt by a letter: on sentences from the corpus."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.misspelt_names import _surname_of, _variants


def people(text: str, source: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found if a.type == "person"}


def test_a_scanned_release_misspelling_the_minister_once_names_one_person() -> None:
    # press release (scanned), May 1968: "Mr. Snodden" was a second person beside "Mr. Snedden"
    text = (
        "Mr. Snedden, who was addressing the annual conference of the Probation Officers' "
        "Association of Victoria in Melbourne, said migrant children compared well with Australian "
        "children.\n\nMr. Snodden said that large-scale migration was an accepted part of our life.\n\n"
        "Mr. Snedden said the findings were encouraging."
    )
    found = people(text, "1968-05-25-snedden-billy-211170443.txt")
    assert "Snodden" not in found
    assert found["Snedden"] == ["Mr. Snedden", "Mr. Snodden", "Mr. Snedden"]


def test_an_interview_writing_julie_once_for_julia_gillard_names_one_person() -> None:
    # press release (radio interview transcript), November 2009
    text = (
        "MITCHELL:  Julie Gillard did say she would raise this when she was in the country. I don't "
        "know that she did.\n\nMITCHELL:  The  Acting Prime Minister Julia Gillard didn't go to any "
        "Remembrance Day service.\n\nMITCHELL:  You'd be a bit surprised Julia Gillard wasn't at the "
        "War Memorial wouldn't you?"
    )
    found = people(text, "2009-11-13-australian-labor-party-211337725.txt")
    assert "Julie Gillard" not in found
    assert "Julie Gillard" in found["Julia Gillard"]


def test_a_senator_spelt_two_ways_in_one_release_is_one_person() -> None:
    # U.S. Senate release, October 2007: "Diane Feinstein" in the text, "Dianne" under the letter
    text = (
        "The Senate Women s Caucus on Burma  which was launched in May  also includes Co Chairs "
        "Diane Feinstein  D Calif   and Kay Bailey Hutchison  R Texas  Barbara Boxer  D Calif   "
        "Sincerely  Senator Dianne Feinstein Senator Kay Bailey Hutchison  Senator Barbara Boxer"
    )
    found = people(text, "24Oct2007Landrieu51.txt")
    assert len([n for n in found if "Feinstein" in n]) == 1


def test_short_given_names_a_letter_apart_stay_two_people() -> None:
    # two of one family differ in a short given name more often than a scan misspells it
    assert not _variants("Ana Lopez", "Anna Lopez")
    assert not _variants("Dan Smith", "Don Smith")
    assert not _variants("Jim Dobbinson", "John Dobbinson")
    assert _variants("Evgeniy Zhovtis", "Yevgeniy Zhovtis")


def test_a_senators_letter_misspelling_the_secretarys_surname_once_names_one_person() -> None:
    # U.S. Senate release (a scrape without full stops), June 2007: "Secretary Chertroff" beside
    # "Secretary Michael Chertoff" was a second person
    text = (
        "Today Senators Smith  Kennedy  Biden  Hagel  Leahy  Levin and Lieberman sent the following "
        "letter Secretary Chertroff and Secretary Rice calling for immediate action to expand our "
        "governments ability to process refugee applications for Iraqis    June 28  2007   Secretary "
        "Michael Chertoff  Department of Homeland Security  Washington  DC 20580   Secretary "
        "Condoleezza Rice  Department of State  Washington  DC 20520  Dear Secretary Chertoff and "
        "Secretary Rice   We are writing to urge you to take immediate steps"
    )
    found = people(text, "28Jun2007Smith1.txt")
    assert "Chertroff" not in found
    assert "Secretary Chertroff" in found["Michael Chertoff"]


def test_a_surname_alone_spelt_otherwise_takes_the_full_name() -> None:
    # U.S. Senate release, May 2007: the bare "Qaddafi" was read as the authority's Muammar Gaddafi and
    # "Colonel Qaddafi" as a person of its own
    text = (
        "Senators today sent a letter to Deputy Secretary of State John Negroponte requesting "
        "information on his recent visit with Libyan Leader Colonel Qaddafi. The coalition of Senators "
        "sent a letter to Negroponte in April urging him to use his Libyan visit to press Qaddafi to "
        "settle outstanding acts of terrorism committed against Americans."
    )
    found = people(text, "8May2007Mikulski438.txt")
    assert "Qaddafi" not in found
    assert [n for n in found if "addafi" in n] == ["Muammar Gaddafi"]


def test_a_surname_a_letter_from_two_full_names_joins_neither() -> None:
    # which of the two the writer meant is not known
    assert _surname_of("Hanson", ["Pauline Hansen", "Peter Hanlon"]) is None
    assert _surname_of("Chertroff", ["Michael Chertoff", "Condoleezza Rice"]) == "Michael Chertoff"
    assert _surname_of("Bush", ["Laura Busch"]) is None  # a short word is a name of its own
