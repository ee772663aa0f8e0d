"""Opening an archive by name: a folder that holds none is refused unless creating one was asked
for, and facet filters naming a value no document holds are answered with the valid ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import NotAnArchive, UnknownFacetValue


def test_a_missing_or_foreign_folder_is_not_opened_without_create(tmp_path: Path) -> None:
    with pytest.raises(NotAnArchive, match="does not exist"):
        Archive.open(tmp_path / "typo", create=False)
    assert not (tmp_path / "typo").exists()
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("Dear colleague", encoding="utf-8")
    with pytest.raises(NotAnArchive, match="is not an archive"):
        Archive.open(documents, create=False)
    assert sorted(p.name for p in documents.iterdir()) == ["letter.txt"]
    Archive.open(tmp_path / "new").close()  # creating is the default
    Archive.open(tmp_path / "new", create=False).close()  # and now it is an archive


def test_an_unknown_filter_value_lists_the_valid_ones_closest_first(sample_archive: Archive) -> None:
    issuers = sample_archive.facet_values("issuer")
    assert "Refugees International" in issuers
    with pytest.raises(UnknownFacetValue) as raised:
        sample_archive.check_filters({"issuer": ["refugees internationl"]})
    assert raised.value.valid[0] == "Refugees International"
    assert sorted(raised.value.valid) == sorted(issuers)
    assert "closest first" in str(raised.value)
    sample_archive.check_filters({"issuer": ["Refugees International"], "format": ["txt"]})  # known: fine
