"""The research desk on the command line: saved searches, batch search, exports, and the edges a
new user meets (a page past the last, a filter value no document has, an archive folder that is
not one, a backup file that exists)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    folder = tmp_path_factory.mktemp("desk-cli") / "archive"
    with Archive.open(folder) as archive:
        speeches = sorted((corpus / "un-speeches").glob("*.txt"))[:6]
        archive.import_paths([*sorted((corpus / "seeds").glob("*.txt")), *speeches], jobs=1)
    return folder


@pytest.fixture
def folder(built: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(built, copy)
    return copy


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_saved_searches_are_added_listed_run_and_deleted(
    capsys: pytest.CaptureFixture[str], folder: Path, corpus: Path
) -> None:
    a = ["--archive", str(folder)]
    status, _, err = cli(
        capsys, *a, "saved", "add", "Aleppo watch", "Aleppo", "--filter", "format=txt", "--sort", "date"
    )
    assert status == 0 and "Saved 'Aleppo watch'" in err
    status, out, _ = cli(capsys, *a, "saved", "list", "--json")
    (saved,) = json.loads(out)
    assert (saved["name"], saved["query"], saved["filters"], saved["sort"], saved["new_matches"]) == (
        "Aleppo watch",
        "Aleppo",
        {"format": ["txt"]},
        "date",
        0,
    )
    with Archive.open(folder) as archive:  # a new statement naming Aleppo arrives
        report = archive.import_paths(sorted((corpus / "un-speeches").glob("SYR_71_*.txt")), jobs=1)
        assert report.imported
    status, out, _ = cli(capsys, *a, "saved", "list")
    assert "Aleppo watch" in out and "1 new" in out
    status, out, _ = cli(capsys, *a, "saved", "run", "Aleppo watch", "--json")
    ran = json.loads(out)
    assert status == 0 and ran["query"] == "Aleppo" and ran["sort"] == "date"
    assert set(ran["facets"]["format"]) == {"txt"}
    _, out, _ = cli(capsys, *a, "saved", "list")
    assert "0 new" in out
    assert cli(capsys, *a, "saved", "rename", "Aleppo watch", "Aleppo")[0] == 0
    status, _, err = cli(capsys, *a, "saved", "delete", "Aleppo watch")
    assert status == 2 and "No saved search is called 'Aleppo watch'. The saved searches are: Aleppo." in err
    assert cli(capsys, *a, "saved", "delete", "Aleppo")[0] == 0
    assert "No saved searches yet" in cli(capsys, *a, "saved", "list")[1]


def test_batch_search_of_a_csv_column_reports_broken_lines_and_writes_csv(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    names = tmp_path / "names.csv"
    # a spreadsheet doubles the quote of a broken query: the cell holds "unclosed
    names.write_text('name,note\nAleppo,city\n"""unclosed",typo\nSrebrenica,town\n', encoding="utf-8")
    a = ["--archive", str(folder)]
    status, _, err = cli(capsys, *a, "batch-search", str(names))
    assert status == 2 and "several columns (name, note)" in err
    table, hits = tmp_path / "table.csv", tmp_path / "hits.csv"
    status, out, err = cli(
        capsys,
        *a,
        "batch-search",
        str(names),
        "--column",
        "name",
        "--csv",
        str(table),
        "--hits-csv",
        str(hits),
        "--json",
    )
    assert status == 1  # one line could not be searched; the others ran
    assert "line 3: cannot search '\"unclosed'" in err
    answer = json.loads(out)
    assert [(q["line"], q["query"]) for q in answer["queries"]] == [
        (2, "Aleppo"),
        (3, '"unclosed'),
        (4, "Srebrenica"),
    ]
    with Archive.open(folder) as archive:
        assert answer["queries"][0]["total"] == archive.search("Aleppo").total > 0
    with open(table, encoding="utf-8-sig", newline="") as handle:
        assert [r["query"] for r in csv.DictReader(handle)] == ["Aleppo", '"unclosed', "Srebrenica"]
    assert hits.read_text(encoding="utf-8-sig").count("\n") > 1


def test_batch_search_reads_standard_input_and_applies_filters_to_all(
    capsys: pytest.CaptureFixture[str], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Aleppo\nSyria\n"))
    status, out, _ = cli(
        capsys, "--archive", str(folder), "batch-search", "-", "--filter", "format=txt", "--json"
    )
    assert status == 0
    totals = [q["total"] for q in json.loads(out)["queries"]]
    with Archive.open(folder) as archive:
        assert totals == [archive.search(q, filters={"format": ["txt"]}).total for q in ("Aleppo", "Syria")]


def test_a_page_past_the_last_says_so(capsys: pytest.CaptureFixture[str], folder: Path) -> None:
    a = ["--archive", str(folder)]
    status, out, _ = cli(capsys, *a, "search", "Aleppo", "--page-size", "2")
    assert status == 0 and "page 1 of" in out
    last = int(out.rsplit("page 1 of ", 1)[1].split()[0])
    assert cli(capsys, *a, "search", "Aleppo", "--page-size", "2", "--page", str(last))[0] == 0
    status, _, err = cli(capsys, *a, "search", "Aleppo", "--page-size", "2", "--page", str(last + 1))
    assert status == 2 and f"past the last page of 'Aleppo': the last is page {last}" in err
    status, _, err = cli(capsys, *a, "search", "zzzqqq", "--page", "2")
    assert status == 2 and "nothing matches" in err


def test_an_unknown_filter_value_lists_the_valid_ones_closest_first(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    status, _, err = cli(
        capsys, "--archive", str(folder), "search", "Aleppo", "--filter", "issuer=Refugees Internatonal"
    )
    assert status == 2
    closest = "the values are (closest first): 'Refugees International'"
    assert "No document has issuer 'Refugees Internatonal'; " + closest in err
    assert err.count("\n") == 1


def test_a_folder_that_is_not_an_archive_asks_for_create(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, seeds: list[Path]
) -> None:
    typo = tmp_path / "archvie"
    status, _, err = cli(capsys, "--archive", str(typo), "stats")
    assert status == 2 and "does not exist" in err and "add --create" in err
    assert not typo.exists()
    status, _, _ = cli(capsys, "--archive", str(typo), "--create", "import", "--quiet", str(seeds[0]))
    assert status == 0
    assert cli(capsys, "--archive", str(typo), "stats")[0] == 0


def test_export_archive_keeps_an_existing_file_unless_forced(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    bundle = tmp_path / "backup.aab"
    bundle.write_bytes(b"an older backup")
    a = ["--archive", str(folder)]
    status, _, err = cli(capsys, *a, "export-archive", str(bundle))
    assert status == 2 and "already exists; add --force" in err
    assert bundle.read_bytes() == b"an older backup"
    assert cli(capsys, *a, "export-archive", "--force", str(bundle))[0] == 0
    assert bundle.stat().st_size > 1000


def test_search_export_writes_a_briefing_of_every_result(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    out_file = tmp_path / "briefing.html"
    status, _, err = cli(
        capsys, "--archive", str(folder), "search", "Aleppo", "--page-size", "1", "--export", str(out_file)
    )
    with Archive.open(folder) as archive:
        total = archive.search("Aleppo").total
    assert status == 0 and f"Wrote {total} results" in err
    assert out_file.read_text(encoding="utf-8").count("<article>") == total > 1


@pytest.mark.parametrize("command", [["saved", "list"], ["saved", "add"], ["batch-search"]])
def test_the_desk_commands_have_help(capsys: pytest.CaptureFixture[str], command: list[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0 and "usage:" in capsys.readouterr().out
