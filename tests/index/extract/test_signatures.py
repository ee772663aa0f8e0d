"""The people who sign a letter are found under its closing, and the office and body under each
name are not taken for a name. Human Rights Watch letters are read from the shared corpus."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import extract


def people(text: str) -> set[str]:
    return {a.name for a in extract(text).actors if a.type == "person"}


def test_the_signer_of_a_letter_is_a_person(corpus: Path) -> None:
    letter = "2024-06-10-letter-un-security-council-and-member-states-womens-rights-afghanistan.txt"
    text = (corpus / "hrw-news" / letter).read_text(encoding="utf-8")
    assert "Kaavya Asoka" in people(text)  # "Sincerely,\n\nKaavya Asoka\n\nExecutive Director, …"


def test_each_signer_is_found_and_no_office_or_body_under_them() -> None:
    text = (
        "We urge you to press for the release of the detained journalists.\n\nYours sincerely,\n\n"
        "Elaine Pearson\nAsia Director, Human Rights Watch\n\nBruno Stagno Ugarte\nChief Advocacy Officer\n"
    )
    found = people(text)
    assert {"Elaine Pearson", "Bruno Stagno Ugarte"} <= found
    assert not {"Asia Director", "Chief Advocacy Officer", "Human Rights Watch"} & found


def test_a_name_in_a_sentence_after_no_closing_is_left_to_the_other_finders() -> None:
    assert "Kaavya Asoka" not in people("The report was written by staff.\n\nKaavya Asoka\n")
