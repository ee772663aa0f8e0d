"""Search answers remembered between calls (facet counts, totals, filter sets, suggestions) are
never stale: a new document or a changed catalog shows in the next search."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.archive import Archive


def test_repeated_search_gives_the_same_answer(sample_archive: Archive) -> None:
    first = sample_archive.search("Aleppo", filters={"format": ["txt"]})
    again = sample_archive.search("Aleppo", filters={"format": ["txt"]})
    assert (again.total, again.facets, again.hits) == (first.total, first.facets, first.hits)


def test_import_after_a_search_shows_in_the_same_search(sample_archive: Archive, tmp_path: Path) -> None:
    before = sample_archive.search("zanzibarian")
    assert before.total == 0
    new = tmp_path / "new.txt"
    new.write_text("Zanzibarian fishermen call on the government to release the detained crew.\n")
    sample_archive.import_paths([new], jobs=1)
    after = sample_archive.search("zanzibarian")
    assert after.total == 1
    assert sum(after.facets["format"].values()) == 1


def test_actor_override_shows_in_cached_facets(sample_archive: Archive) -> None:
    before = sample_archive.search("")
    name = next(iter(before.facets["actor"]))
    sample_archive.set_actor_override(name, canonical="Renamed Actor")
    after = sample_archive.search("")
    assert "Renamed Actor" in after.facets["actor"] and name not in after.facets["actor"]


def test_misspelt_word_is_corrected_to_a_word_not_a_stem(sample_archive: Archive) -> None:
    result = sample_archive.search("humanitarain")
    assert result.suggestion is not None
    assert result.suggestion.lower().startswith("humanitarian")


def test_fuzzy_word_and_suggestion_find_a_word_imported_after_the_first_fuzzy_search(
    sample_archive: Archive, tmp_path: Path
) -> None:
    # The words fuzzy terms are compared with are merged across segments once and remembered;
    # a commit adds a segment, and its words must be compared too.
    assert sample_archive.search("zanzibarian~").total == 0
    new = tmp_path / "new.txt"
    new.write_text("Zanzibarian fishermen call on the government to release the detained crew.\n")
    sample_archive.import_paths([new], jobs=1)
    assert sample_archive.search("zanzibarain~").total == 1  # a swap of two letters: one edit
    assert sample_archive.search("zanzibarain").suggestion == "zanzibarian"
