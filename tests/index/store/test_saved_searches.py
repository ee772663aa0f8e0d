"""Saved searches: kept in the catalog under a name, counting the documents imported since each
was last opened that it matches, and surviving everything that rebuilds derived data."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import ArchiveError, QuerySyntaxError


@pytest.fixture
def un_speeches(corpus: Path) -> list[Path]:
    return sorted((corpus / "un-speeches").glob("*.txt"))


@pytest.fixture
def small_archive(archive_dir: Path, un_speeches: list[Path]) -> Archive:
    archive = Archive.open(archive_dir)
    assert len(archive.import_paths(un_speeches[:8], jobs=1).imported) == 8
    yield archive
    archive.close()


def _matching_slowly(archive: Archive, query: str, **kwargs: object) -> set[int]:
    """The obvious way: every hit of the search, page by page."""
    ids: set[int] = set()
    page = 1
    while True:
        result = archive.search(query, page=page, page_size=7, with_facets=False, **kwargs)
        ids |= {hit.doc_id for hit in result.hits}
        if not result.hits:
            return ids
        page += 1


@pytest.mark.parametrize("query", ["Syria", "refugees OR migrants", '"United Nations"', "", "zzzqqq"])
def test_matching_ids_are_every_hit_of_the_search_on_any_page(small_archive: Archive, query: str) -> None:
    assert set(small_archive.matching_ids(query)) == _matching_slowly(small_archive, query)


def test_matching_ids_respect_facet_filters(small_archive: Archive) -> None:
    issuer = small_archive.facet_values("issuer")[0]
    filters = {"issuer": [issuer]}
    found = set(small_archive.matching_ids("", filters=filters))
    assert found == _matching_slowly(small_archive, "", filters=filters)
    assert 0 < len(found) < 8


def test_a_saved_search_keeps_its_query_filters_and_sort(small_archive: Archive) -> None:
    issuer = small_archive.facet_values("issuer")[0]
    small_archive.save_search("Weekly: Syria", "Syria", filters={"issuer": [issuer]}, sort="date")
    small_archive.save_search("aleppo", "Aleppo")
    listed = small_archive.saved_searches()
    assert [s.name for s in listed] == ["aleppo", "Weekly: Syria"]  # by name, case aside
    weekly = listed[1]
    assert (weekly.query, weekly.filters, weekly.sort) == ("Syria", {"issuer": (issuer,)}, "date")
    assert weekly.new_matches == 0


def test_documents_imported_after_opening_count_as_new_until_it_is_opened_again(
    small_archive: Archive, un_speeches: list[Path]
) -> None:
    small_archive.save_search("Syria", "Syria")
    before = set(small_archive.matching_ids("Syria"))
    report = small_archive.import_paths(un_speeches[8:16], jobs=1)
    new_ids = {o.doc_id for o in report.imported}
    expected = len(_matching_slowly(small_archive, "Syria") & new_ids)
    assert expected > 0 and not new_ids & before
    (saved,) = small_archive.saved_searches()
    assert saved.new_matches == expected
    opened = small_archive.open_saved_search("Syria")
    assert opened.opened_at is not None
    assert small_archive.saved_searches()[0].new_matches == 0


def test_new_matches_follow_the_saved_filters(small_archive: Archive, un_speeches: list[Path]) -> None:
    small_archive.save_search("Syria in txt", "Syria", filters={"format": ["txt"]})
    small_archive.save_search("Syria in pdf", "Syria", filters={"format": ["pdf"]})
    small_archive.import_paths(un_speeches[8:16], jobs=1)
    counts = {s.name: s.new_matches for s in small_archive.saved_searches()}
    assert counts["Syria in pdf"] == 0 and counts["Syria in txt"] > 0


def test_names_are_unique_case_aside_and_renaming_keeps_the_search(small_archive: Archive) -> None:
    small_archive.save_search("Syria", "Syria")
    with pytest.raises(ArchiveError, match="already called"):
        small_archive.save_search("syria", "Aleppo")
    small_archive.save_search("Aleppo", "Aleppo")
    with pytest.raises(ArchiveError, match="already called"):
        small_archive.rename_saved_search("Aleppo", "SYRIA")
    small_archive.rename_saved_search("Syria", "syria")  # a change of case is a rename
    small_archive.rename_saved_search("Aleppo", "Aleppo, weekly")
    assert [(s.name, s.query) for s in small_archive.saved_searches()] == [
        ("Aleppo, weekly", "Aleppo"),
        ("syria", "Syria"),
    ]
    small_archive.delete_saved_search("syria")
    assert [s.name for s in small_archive.saved_searches()] == ["Aleppo, weekly"]
    with pytest.raises(ArchiveError, match="No saved search is called 'syria'.*Aleppo, weekly"):
        small_archive.open_saved_search("syria")


def test_saving_with_replace_updates_the_search_of_that_name(small_archive: Archive) -> None:
    small_archive.save_search("Watch", "Syria")
    small_archive.save_search("Watch", "Aleppo", sort="date", replace=True)
    (saved,) = small_archive.saved_searches()
    assert (saved.query, saved.sort) == ("Aleppo", "date")


def test_a_query_that_cannot_be_searched_is_not_saved(small_archive: Archive) -> None:
    with pytest.raises(QuerySyntaxError):
        small_archive.save_search("Broken", '"unclosed')
    with pytest.raises(ArchiveError, match="needs a name"):
        small_archive.save_search("   ", "Syria")
    assert small_archive.saved_searches() == ()


def test_saved_searches_survive_reextract_reindex_and_a_backup_restore(
    small_archive: Archive, tmp_path: Path
) -> None:
    small_archive.save_search("Syria", "Syria", filters={"format": ["txt"]}, sort="date")
    small_archive.reextract()
    small_archive.reindex()
    kept = small_archive.saved_searches()
    assert [(s.name, s.query, s.filters, s.sort) for s in kept] == [
        ("Syria", "Syria", {"format": ("txt",)}, "date")
    ]
    bundle = tmp_path / "backup.aab"
    small_archive.export_archive(bundle)
    Archive.restore_archive(bundle, tmp_path / "restored")
    with Archive.open(tmp_path / "restored") as restored:
        assert restored.saved_searches() == kept
