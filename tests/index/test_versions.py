"""Versions of one statement, as a user meets them: real releases stored twice (a joint release
filed under two contributors, two senators' copies of one release) become one statement shown
once, while releases that only look alike (a template filled in for another town, a senator's
own release about the same letter) stay apart; every original stays."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.ingest.sketch import estimated_similarity, sketch
from advocacy_archive.index.ingest.version_match import compare
from advocacy_archive.index.store.backup import export_bundle, restore_bundle

SENATE_JOINT = ("24Oct2007Clinton233.txt", "24Oct2007Klobuchar197.txt")  # one release, two offices
SENATE_OWN = "24Oct2007Landrieu51.txt"  # the same letter, in Senator Landrieu's own words
AU_JOINT = ("2013-07-19-abbott-tony-211397371.txt", "2013-07-19-hockey-joe-211397377.txt")
AU_TEMPLATE = (  # the same vessel-interception release, another boat on another day
    "2010-03-25-australian-labor-party-211336268.txt",
    "2010-04-04-australian-labor-party-211336620.txt",
)


@pytest.fixture
def files(corpus: Path, tmp_path: Path) -> dict[str, Path]:
    """The pairs copied into one folder (named as in the corpus)."""
    folder = tmp_path / "in"
    folder.mkdir()
    found = {}
    for name in (*SENATE_JOINT, SENATE_OWN):
        found[name] = Path(shutil.copy(corpus / "us-senate" / name, folder))
    for name in (*AU_JOINT, *AU_TEMPLATE):
        found[name] = Path(shutil.copy(corpus / "press-releases" / name, folder))
    return found


def _ids_by_name(archive: Archive) -> dict[int, str]:
    result = archive.search("", page_size=1000, all_versions=True)
    return {hit.doc_id: Path(archive.document(hit.doc_id).source_path).name for hit in result.hits}


def _id(archive: Archive, name: str) -> int:
    return next(d for d, n in _ids_by_name(archive).items() if n == name)


def test_sketches_of_one_release_agree_and_of_a_template_confirm_apart(corpus: Path) -> None:
    a, b = (corpus / "us-senate" / n for n in SENATE_JOINT)
    sa, sb = sketch(a.read_text()), sketch(b.read_text())
    assert sa is not None and sb is not None
    assert set(sa.bands) & set(sb.bands)  # the bands make them candidates
    assert estimated_similarity(sa.values, sb.values) > 0.9
    assert compare(a.read_text(), b.read_text()).same_statement
    x, y = (corpus / "press-releases" / n for n in AU_TEMPLATE)
    assert estimated_similarity(sketch(x.read_text()).values, sketch(y.read_text()).values) > 0.7  # type: ignore[union-attr]
    assert not compare(x.read_text(), y.read_text()).same_statement


def test_a_short_text_has_no_sketch() -> None:
    assert sketch("Attachments: statement.pdf") is None


def test_import_keeps_every_version_and_shows_the_statement_once(
    archive_dir: Path, files: dict[str, Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        report = archive.import_paths(list(files.values()))
        assert len(report.imported) == 7  # nothing dropped: every original is a document
        assert {Path(o.path).name for o in report.versions} == {SENATE_JOINT[1], AU_JOINT[1]}
        everything = archive.search("", page_size=100, all_versions=True)
        assert everything.total == 7
        statements = archive.search("", page_size=100)
        assert statements.total == 5
        shown = {hit.doc_id for hit in statements.hits}
        assert len(shown) == 5
        joint = {_id(archive, n) for n in SENATE_JOINT}
        assert len(shown & joint) == 1  # one of the two copies stands for the statement
        hit = next(h for h in statements.hits if h.doc_id in joint)
        assert {v.doc_id for v in hit.versions} == joint and hit.version_count == 2
        # the template and the senator's own release stay statements of their own
        for name in (SENATE_OWN, *AU_TEMPLATE):
            assert archive.versions(_id(archive, name)) == ()
        assert archive.stats().statements == 5 and archive.stats().documents == 7


def test_a_search_counts_a_statement_once_and_the_best_version_stands_for_it(
    archive_dir: Path, files: dict[str, Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths([files[n] for n in (*SENATE_JOINT, SENATE_OWN)])
        once = archive.search("Burma India")
        every = archive.search("Burma India", all_versions=True)
        assert (once.total, every.total) == (2, 3)
        joint = {_id(archive, n) for n in SENATE_JOINT}
        best = next(h.doc_id for h in every.hits if h.doc_id in joint)  # the better ranked copy
        assert [h.doc_id for h in once.hits if h.doc_id in joint] == [best]
        # facets count the statement once per value; with every version, each copy counts
        assert sum(once.facets["year"].values()) == 2
        assert sum(every.facets["year"].values()) == 3
        assert max(once.facets["actor"].values()) <= 2 < max(every.facets["actor"].values())


def test_versions_settle_on_the_earliest_whatever_order_they_arrive_in(
    tmp_path: Path, files: dict[str, Path]
) -> None:
    later, earlier = files[SENATE_JOINT[1]], files[SENATE_JOINT[0]]
    statements = []
    for name, order in (("forward", [earlier, later]), ("backward", [later, earlier])):
        with Archive.open(tmp_path / name) as archive:
            for path in order:  # one import each: the second arrives when the first is stored
                archive.import_paths([path])
            versions = archive.versions(_id(archive, earlier.name))
            statements.append([Path(v.source_path).name for v in versions])
    assert statements[0] == statements[1]
    assert len(statements[0]) == 2


def test_an_archive_made_before_versions_finds_them_on_open_with_progress(
    archive_dir: Path, files: dict[str, Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths([files[n] for n in AU_JOINT])
    conn = sqlite3.connect(archive_dir / "catalog.sqlite")
    with conn:  # as an older release left it: no sketches, no statements
        conn.execute("DELETE FROM sketch_bands")
        conn.execute("DELETE FROM sketches")
        conn.execute("UPDATE documents SET statement = NULL")
        conn.execute("UPDATE meta SET value = 'pending' WHERE key = 'sketches'")
    conn.close()
    seen: list[tuple[int, int, str]] = []
    with Archive.open(archive_dir, on_progress=lambda d, t, m: seen.append((d, t, m))) as archive:
        assert archive.search("").total == 1
        assert len(archive.versions(_id(archive, AU_JOINT[0]))) == 2
    finding = [step for step in seen if "version" in step[2]]
    assert finding and finding[-1][:2] == (2, 2)


def test_versions_survive_backup_and_restore(tmp_path: Path, files: dict[str, Path]) -> None:
    with Archive.open(tmp_path / "a") as archive:
        archive.import_paths([files[n] for n in AU_JOINT])
        before = [v.doc_id for v in archive.versions(_id(archive, AU_JOINT[0]))]
        export_bundle(archive, tmp_path / "backup.aab")
    restore_bundle(tmp_path / "backup.aab", tmp_path / "b")
    with Archive.open(tmp_path / "b") as restored:
        assert [v.doc_id for v in restored.versions(before[0])] == before
        assert restored.search("").total == 1


def test_what_differs_names_the_words_of_each_version(archive_dir: Path, files: dict[str, Path]) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths([files[n] for n in SENATE_JOINT])
        first, second = (_id(archive, n) for n in SENATE_JOINT)
        pieces = archive.differences(first, second)
    kinds = {p.kind for p in pieces}
    assert kinds == {"same", "removed", "added"}
    removed = " ".join(p.text for p in pieces if p.kind == "removed")
    added = " ".join(p.text for p in pieces if p.kind == "added")
    assert "Clinton" in removed + added or "Klobuchar" in removed + added
    assert "…" in " ".join(p.text for p in pieces if p.kind == "same")  # long shared runs shortened


def test_all_demands_count_a_statement_once(archive_dir: Path, files: dict[str, Path]) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths([files[n] for n in AU_JOINT])
        every = archive.all_demands(all_versions=True)
        once = archive.all_demands()
    assert len(once) < len(every)  # a demand both versions make is one row …
    assert sum(row.versions for row in once) == len(every)  # … saying how many make it
    assert any(row.versions == 2 for row in once)


def test_a_demand_two_versions_make_is_listed_once_though_their_sentences_end_differently(
    archive_dir: Path, files: dict[str, Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths([files[n] for n in SENATE_JOINT])  # one copy lists one more senator
        every, once = archive.all_demands(all_versions=True), archive.all_demands()
    assert len(every) == 2 * len(once)
    assert all(row.versions == 2 for row in once)


def test_cli_search_json_gives_each_result_its_versions(tmp_path: Path, files: dict[str, Path]) -> None:
    command = [sys.executable, "-m", "advocacy_archive.app", "--archive", str(tmp_path / "cli")]
    done = subprocess.run(
        [*command, "--create", "import", *(str(files[n]) for n in (*AU_JOINT, AU_TEMPLATE[0]))],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "versions of a statement" in done.stderr
    out = subprocess.run([*command, "search", "--json"], capture_output=True, text=True, timeout=300)
    results = json.loads(out.stdout)
    assert results["total"] == 2
    counts = sorted(len(r["versions"]) for r in results["results"])
    assert counts == [1, 2]
    every = subprocess.run(
        [*command, "search", "--json", "--all-versions"], capture_output=True, text=True, timeout=300
    )
    assert json.loads(every.stdout)["total"] == 3
    demands = subprocess.run([*command, "demands", "--all-versions"], capture_output=True, text=True)
    once = subprocess.run([*command, "demands"], capture_output=True, text=True)
    assert len(once.stdout.splitlines()) < len(demands.stdout.splitlines())


def test_facet_counts_per_statement_match_counting_them_one_by_one(
    archive_dir: Path, files: dict[str, Path]
) -> None:
    with Archive.open(archive_dir) as archive:
        archive.import_paths(list(files.values()))
        counted = archive.search("", page_size=100).facets
        every = archive.search("", page_size=100, all_versions=True).hits
        columns = archive._facets.id_columns()  # the slow, obvious count from each document's values
        statement = {
            h.doc_id: min(v.doc_id for v in archive.versions(h.doc_id))
            if archive.versions(h.doc_id)
            else h.doc_id
            for h in every
        }
        for facet, values in counted.items():
            expected: dict[str, set[int]] = {}
            for doc_id, of in statement.items():
                for value in columns.values_of(facet, doc_id):
                    expected.setdefault(value, set()).add(of)
            assert values == {v: len(s) for v, s in expected.items() if v in values}, facet
            assert len(values) == min(len(expected), 100)
