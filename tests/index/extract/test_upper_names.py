"""Bodies named in capitals (a letterhead, an OCR'd heading) are named whole, as in ordinary case,
and group with the same name written so; a release typed in capitals throughout names none."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def names(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_a_department_in_capitals_is_named_whole_and_groups_with_its_name() -> None:
    # Cadman, Australian release, 22 December 1987: the headline, then the text
    text = (
        "DEPARTMENT OF FOREIGN AFFAIRS - AGENT OF VIETNAMESE  GOVERNMENT? .\n\n"
        "The Department of Foreign Affairs has refused to issue visas to the families. "
        "The Department says the matter is for Hanoi."
    )
    found = names(text)
    assert "Department" not in found
    assert found["Department of Foreign Affairs"][0] == "DEPARTMENT OF FOREIGN AFFAIRS"
    assert len(found["Department of Foreign Affairs"]) == 3


def test_a_letterhead_body_is_cut_before_its_town() -> None:
    # Killen, Australian release, 4 September 1980
    found = names("DEFENCE press release DEPARTMENT OF DEFENCE CANBERRA\n\nThe Minister said today.")
    assert found["Department of Defence"] == ["DEPARTMENT OF DEFENCE"]


def test_a_sentence_in_capitals_names_no_body() -> None:
    # Kerin, Australian release, 16 November 1992, typed in capitals
    text = "WE HAVE ESTABLISHED AN ADVISORY\nCOUNCIL ON AID POLICY WHICH I WILL\nCHAIR.\n"
    assert not any(name.startswith("Council on Aid") for name in names(text))
