"""The advocacy-archive command as a user runs it: a real process, real files, real archive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = [sys.executable, "-m", "advocacy_archive.app"]


def run(*args: str, archive: Path | None = None) -> subprocess.CompletedProcess[str]:
    prefix = ["--archive", str(archive)] if archive else []
    return subprocess.run([*COMMAND, *prefix, *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def cli_archive(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "archive"
    done = run(
        "--create",
        "import",
        str(corpus / "seeds"),
        str(corpus / "un-speeches" / "SYR_71_2016.txt"),
        archive=folder,
    )
    assert done.returncode == 0, done.stderr
    return folder


def test_import_prints_progress_and_a_summary_on_stderr(
    cli_archive: Path, corpus: Path, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(os.urandom(2048))
    done = run("import", str(corpus / "seeds"), str(junk), archive=cli_archive)
    assert "Imported: 0" in done.stderr
    assert "duplicates skipped: 2" in done.stderr
    assert "junk.pdf" in done.stderr and "PDF" in done.stderr
    assert "3/3" in done.stderr


def test_search_json_has_the_documented_shape(cli_archive: Path) -> None:
    done = run("search", "--json", "Aleppo", archive=cli_archive)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert set(out) >= {"query", "total", "results", "facets", "suggestion"}
    first = out["results"][0]
    assert set(first) >= {"id", "title", "issuer", "date", "score", "snippet", "hits"}
    assert set(out["facets"]) >= {"issuer", "actor", "target", "year"}
    assert "<b>Aleppo</b>" in first["snippet"]
    start, end = first["hits"][0]
    shown = json.loads(run("show", "--json", str(first["id"]), archive=cli_archive).stdout)
    assert shown["text"][start:end].lower() == "aleppo"


def test_field_queries_use_extraction(cli_archive: Path) -> None:
    by_issuer = json.loads(
        run("search", "--json", 'issuer:"Refugees International"', archive=cli_archive).stdout
    )
    assert [r["title"] for r in by_issuer["results"]] == ["Outrage on Aleppo is No Longer Enough"]
    naming = json.loads(run("search", "--json", 'actor:"Government of Syria"', archive=cli_archive).stdout)
    assert naming["total"] >= 2
    pressed = json.loads(run("search", "--json", "target:Congress", archive=cli_archive).stdout)
    assert pressed["total"] >= 1


def test_stats_json_counts_documents(cli_archive: Path) -> None:
    stats = json.loads(run("stats", "--json", archive=cli_archive).stdout)
    assert stats["documents"] == 3


def test_broken_query_is_one_line_on_stderr_with_status_2(cli_archive: Path) -> None:
    done = run("search", '"unclosed phrase', archive=cli_archive)
    assert done.returncode == 2
    assert "never closed" in done.stderr
    assert "Traceback" not in done.stderr
    assert run("search", "Aleppo", archive=cli_archive).returncode == 0


def test_show_of_a_missing_document_is_a_clear_error(cli_archive: Path) -> None:
    done = run("show", "999", archive=cli_archive)
    assert done.returncode == 2
    assert "No document with id 999" in done.stderr


@pytest.mark.parametrize(
    "command",
    [
        "import",
        "search",
        "show",
        "stats",
        "reindex",
        "extract",
        "export-archive",
        "import-archive",
        "demands",
    ],
)
def test_every_sub_command_has_help(command: str) -> None:
    done = run(command, "--help")
    assert done.returncode == 0
    assert "usage:" in done.stdout


def test_archive_can_be_chosen_by_environment_variable(cli_archive: Path) -> None:
    env = dict(os.environ, ADVOCACY_ARCHIVE=str(cli_archive))
    done = subprocess.run([*COMMAND, "stats", "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert json.loads(done.stdout)["path"] == str(cli_archive)


def test_reindex_rebuilds_from_the_catalog(cli_archive: Path) -> None:
    before = json.loads(run("search", "--json", "Aleppo", archive=cli_archive).stdout)["total"]
    assert run("reindex", archive=cli_archive).returncode == 0
    assert json.loads(run("search", "--json", "Aleppo", archive=cli_archive).stdout)["total"] == before


def test_extract_needs_no_archive_and_prints_one_json_line_per_file(seeds: list[Path]) -> None:
    done = subprocess.run(
        [*COMMAND, "extract", "--json", *map(str, seeds)], capture_output=True, text=True, timeout=120
    )
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [Path(obj["file"]).name for obj in lines] == [p.name for p in seeds]
    assert lines[0]["issuer"] == "Refugees International"
    assert all(set(obj) >= {"file", "text", "title", "issuer", "date", "actors", "demands"} for obj in lines)


def test_core_never_imports_qt() -> None:
    code = (
        "import sys, index.cli, index.archive, index.extract; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_demands_of_a_target_across_the_archive(cli_archive: Path) -> None:
    done = run("demands", "--json", "--target", "United States Congress", archive=cli_archive)
    rows = json.loads(done.stdout)
    assert rows and all("United States Congress" in r["demand"]["targets"] for r in rows)


def test_unknown_filter_is_a_clear_error(cli_archive: Path) -> None:
    done = run("search", "Aleppo", "--filter", "colour=red", archive=cli_archive)
    assert done.returncode == 2 and "the facets are" in done.stderr
