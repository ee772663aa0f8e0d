"""Review by hand on real statements: actors renamed, merged, retyped, split and deleted, demands
confirmed, rejected and corrected; each edit in the history and undone step by step; edits that
survive re-extraction, re-indexing and a backup restored elsewhere; edits naming nothing exist
are errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import ArchiveError
from advocacy_archive.index.store.backup import export_bundle, restore_bundle

RI = "Refugees International"


def _docs(archive: Archive, query: str) -> set[int]:
    return {h.doc_id for h in archive.search(query, page_size=1000).hits}


def _ri_demand(archive: Archive, words: str):
    doc_id = archive.dossier(RI).documents[0].doc_id
    return next(r for r in archive.demand_rows(doc_id) if words in r.demand.action)


def test_renaming_a_renamed_actor_moves_all_its_documents(sample_archive: Archive) -> None:
    before = _docs(sample_archive, 'actor:"Government of Syria"')
    sample_archive.rename_actor("Government of Syria", "Assad government")
    sample_archive.rename_actor("Assad government", "Syrian Arab Republic government")
    assert _docs(sample_archive, 'actor:"Syrian Arab Republic government"') == before
    assert not _docs(sample_archive, 'actor:"Government of Syria"')
    d = sample_archive.dossier("Syrian Arab Republic government")
    assert d.names == ("Government of Syria",) and len(d.documents) == len(before)


def test_a_merge_joins_two_actors_and_undo_parts_them_again(sample_archive: Archive) -> None:
    russia = len(sample_archive.dossier("Government of Russia").documents)
    syria = len(sample_archive.dossier("Government of Syria").documents)
    record = sample_archive.rename_actor("Government of Russia", "Government of Syria")
    assert record.kind == "merge"
    merged = sample_archive.dossier("Government of Syria")
    assert set(merged.names) == {"Government of Russia", "Government of Syria"}
    assert len(merged.documents) >= max(russia, syria)
    assert (
        sample_archive.dossier("Government of Russia").name == "Government of Syria"
    )  # the old name leads on
    undone = sample_archive.undo_edit()
    assert undone is not None and undone.id == record.id
    assert len(sample_archive.dossier("Government of Russia").documents) == russia
    assert sample_archive.edit_history()[0].undone_at is not None


def test_a_split_gives_a_merged_name_back_its_own_actor(sample_archive: Archive) -> None:
    sample_archive.rename_actor("Government of Russia", "Government of Syria")
    sample_archive.split_actor("Government of Syria", ["Government of Russia"])
    assert sample_archive.dossier("Government of Russia").names == ("Government of Russia",)
    assert sample_archive.dossier("Government of Syria").names == ("Government of Syria",)
    kinds = [e.kind for e in sample_archive.edit_history()]
    assert kinds == ["split", "merge"]


def test_a_deleted_actor_is_hidden_everywhere_until_undone(sample_archive: Archive) -> None:
    doc_id = sample_archive.dossier(RI).documents[0].doc_id
    sample_archive.delete_actor("Government of Syria")
    assert "Government of Syria" not in {a.name for a in sample_archive.actors(doc_id)}
    assert all("Government of Syria" not in d.targets for d in sample_archive.demands(doc_id))
    assert "Government of Syria" not in sample_archive.search("").facets["actor"]
    assert not _docs(sample_archive, 'actor:"Government of Syria"')
    sample_archive.undo_edit()
    assert "Government of Syria" in {a.name for a in sample_archive.actors(doc_id)}


def test_a_retype_shows_in_the_dossier_and_the_actor_list(sample_archive: Archive) -> None:
    sample_archive.retype_actor(RI, "igo")
    assert sample_archive.dossier(RI).type == "igo"
    assert RI in {a.name for a in sample_archive.actor_list(type="igo")}


def test_a_rejected_demand_is_hidden_everywhere_and_can_be_restored(sample_archive: Archive) -> None:
    row = _ri_demand(sample_archive, "play its role")
    assert "United States Congress" in row.demand.targets
    sample_archive.review_demand(row.ref, "rejected")
    assert row.demand not in sample_archive.demands(row.doc_id)
    assert row.ref not in {r.ref for r in sample_archive.all_demands()}
    assert row.ref in {r.ref for r in sample_archive.find_demands(status="rejected")}
    assert row.doc_id not in _docs(sample_archive, 'target:"United States Congress"')
    assert "United States Congress" not in sample_archive.search("").facets["target"]
    sample_archive.review_demand(row.ref, "extracted")
    assert row.ref in {r.ref for r in sample_archive.all_demands()}
    assert row.doc_id in _docs(sample_archive, 'target:"United States Congress"')


def test_a_corrected_demand_reads_as_corrected_in_tables_index_and_dossiers(sample_archive: Archive) -> None:
    row = _ri_demand(sample_archive, "play its role")
    sample_archive.review_demand(row.ref, "corrected", targets=["United Nations"], action="act on Aleppo")
    fixed = next(r for r in sample_archive.demand_rows(row.doc_id) if r.ref == row.ref)
    assert fixed.status == "corrected" and fixed.demand.targets == ("United Nations",)
    assert fixed.demand.action == "act on Aleppo" and fixed.by == RI
    assert row.ref in {r.ref for r in sample_archive.dossier("United Nations").demands_of}
    assert row.doc_id in _docs(sample_archive, 'target:"United Nations"')


def test_edits_survive_reextraction_reindexing_and_a_restored_backup(
    sample_archive: Archive, tmp_path: Path
) -> None:
    row = _ri_demand(sample_archive, "play its role")
    sample_archive.review_demand(row.ref, "rejected")
    confirmed = _ri_demand(sample_archive, "end their assault")
    sample_archive.review_demand(confirmed.ref, "confirmed")
    sample_archive.rename_actor("Government of Syria", "Assad government")
    sample_archive.reextract()
    sample_archive.reindex()

    def check(archive: Archive) -> None:
        assert row.ref not in {r.ref for r in archive.all_demands()}
        status = {r.ref: r.status for r in archive.demand_rows(row.doc_id)}
        assert status[confirmed.ref] == "confirmed" and status[row.ref] == "rejected"
        assert _docs(archive, 'actor:"Assad government"') and not _docs(
            archive, 'actor:"Government of Syria"'
        )
        assert len(archive.edit_history()) == 3

    check(sample_archive)
    export_bundle(sample_archive, tmp_path / "b.aab")
    restore_bundle(tmp_path / "b.aab", tmp_path / "restored")
    with Archive.open(tmp_path / "restored") as restored:
        check(restored)
        restored.undo_edit()
        assert _docs(restored, 'actor:"Government of Syria"')


def test_edits_naming_nothing_are_errors_and_change_nothing(sample_archive: Archive, capsys) -> None:
    with pytest.raises(ArchiveError, match="no actor named"):
        sample_archive.rename_actor("Nobody Anywhere", "Somebody")
    with pytest.raises(ArchiveError, match="no demand"):
        sample_archive.review_demand("99999:1", "rejected")
    assert sample_archive.edit_history() == ()
    path = str(sample_archive.path)
    sample_archive.close()
    assert main(["--archive", path, "actor", "Nobody Anywhere", "--rename", "X"]) == 2
    assert main(["--archive", path, "demand", "12:34", "--reject"]) == 2
    assert main(["--archive", path, "actor", RI, "--merge-into", "Nobody Anywhere"]) == 2
    err = capsys.readouterr().err
    assert "Updated" not in err and err.count("advocacy-archive:") == 3


def test_the_cli_edits_lists_the_history_and_undoes(sample_archive: Archive, capsys) -> None:
    path = str(sample_archive.path)
    sample_archive.close()
    assert main(["--archive", path, "actor", RI, "--rename", "RI"]) == 0
    assert main(["--archive", path, "history"]) == 0
    assert f"Renamed {RI} to RI" in capsys.readouterr().out
    assert main(["--archive", path, "undo"]) == 0
    assert main(["--archive", path, "actors", "--type", "ngo"]) == 0
    assert RI in capsys.readouterr().out


def test_demand_filters_match_any_alias_whatever_the_case(sample_archive: Archive, capsys) -> None:
    rows = sample_archive.find_demands(target="congress")
    assert rows and all("Congress" in " ".join(r.demand.targets) for r in rows)
    assert {r.ref for r in sample_archive.find_demands(by="refugees international")} == {
        r.ref for r in sample_archive.dossier(RI).demands_by
    }
    year = rows[0].doc_date[:4] if rows[0].doc_date else "2016"
    assert all((r.doc_date or "").startswith(year) for r in sample_archive.find_demands(year=year))
    path = str(sample_archive.path)
    sample_archive.close()
    assert main(["--archive", path, "demands", "--target", "congress", "--by", "REFUGEES INTERNATIONAL"]) == 0
    assert "United States Congress" in capsys.readouterr().out
    assert main(["--archive", path, "demands", "--target", "nobody anywhere"]) == 2


def test_by_finds_documents_whose_demands_an_actor_made(sample_archive: Archive) -> None:
    found = _docs(sample_archive, 'by:"Refugees International"')
    assert found == {sample_archive.dossier(RI).documents[0].doc_id}
    assert sample_archive.search("").facets["by"][RI] == 1


def test_filtered_demands_from_the_indexes_equal_a_filter_over_every_demand(sample_archive: Archive) -> None:
    """The fast path (demand ids from the indexes) against the obvious one (every demand read)."""
    every = sample_archive.all_demands()
    sample_archive.review_demand(_ri_demand(sample_archive, "play its role").ref, "rejected")
    sample_archive.rename_actor("Government of Syria", "Assad government")
    every = sample_archive.all_demands()
    for name in ("Assad government", "United States", "UN Security Council", RI, "Syria"):
        of = [r.ref for r in every if name in r.demand.targets]
        by = [r.ref for r in every if r.by == name]
        assert [r.ref for r in sample_archive.find_demands(target=name)] == of, name
        assert [r.ref for r in sample_archive.find_demands(by=name)] == by, name
