"""The architecture as tests: the contracts in pyproject.toml (import-linter) — the core never
imports the app or Qt, only the engine imports Whoosh, only the store speaks SQL, the app uses
only the core's public modules — the exact engine version, and one installed package."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from advocacy_archive.index.engine import version

REPO = Path(__file__).resolve().parents[1]


def test_import_contracts_hold() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "importlinter.cli", "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_engine_runs_only_on_the_whoosh_it_was_written_against() -> None:
    installed = version.installed_version()
    assert installed == version.WHOOSH_VERSION, (
        f"Whoosh-Reloaded {installed} is installed; the engine reads the internals of "
        f"{version.WHOOSH_VERSION} exactly (index/engine/version.py). Reinstall the pinned one."
    )
    pinned = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]
    assert f"Whoosh-Reloaded=={version.WHOOSH_VERSION}" in pinned


def test_another_whoosh_is_refused_with_a_clear_message() -> None:
    with pytest.raises(version.EngineVersionError, match=r"pip install 'Whoosh-Reloaded==2\.7\.5'"):
        version.check_version("2.7.4")


def test_every_package_folder_is_installed_under_advocacy_archive() -> None:
    """pyproject.toml lists the packages by hand (the repository root is mapped to
    `advocacy_archive`): a folder forgotten there would be missing from the installed app."""
    listed = set(tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {"advocacy_archive"}
    for top in ("index", "app", "resources"):
        for init in (REPO / top).rglob("__init__.py"):
            found.add(".".join(["advocacy_archive", *init.parent.relative_to(REPO).parts]))
    assert found == listed


def test_the_wheel_installs_one_top_level_package(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            ".",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        # the layout, not the extractor compiled by setup.py (minutes of C; its shared library
        # lives inside the package too: advocacy_archive/index/extract/native__mypyc.*)
        env={**os.environ, "ADVOCACY_ARCHIVE_PURE": "1"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    import zipfile

    (wheel,) = tmp_path.glob("*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert tops == {"advocacy_archive"}
    assert "advocacy_archive/resources/authority/actors.tsv" in names
    assert not any("/tests/" in name or "/benchmarks/" in name for name in names)
