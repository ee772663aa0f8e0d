"""A compiled extractor never runs in place of a source edited after its build (compiled.py)."""

from __future__ import annotations

import importlib.machinery
import os
import sys
from pathlib import Path

import pytest

from advocacy_archive.index.extract import compiled

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _module(folder: Path, name: str, source_age: float, binary_age: float) -> None:
    source, binary = folder / f"{name}.py", folder / f"{name}{SUFFIX}"
    source.write_text("WHO = 'source'\n")
    binary.write_bytes(b"not a library")  # importing it would fail
    os.utime(source, (source_age, source_age))
    os.utime(binary, (binary_age, binary_age))


def test_a_source_edited_after_the_build_is_stale_and_only_it(tmp_path: Path) -> None:
    _module(tmp_path, "edited", source_age=2000, binary_age=1000)
    _module(tmp_path, "untouched", source_age=1000, binary_age=2000)
    (tmp_path / "sources").mkdir()
    _module(tmp_path / "sources", "nested", source_age=3000, binary_age=1000)
    assert compiled.stale_sources(tmp_path) == [tmp_path / "edited.py", tmp_path / "sources/nested.py"]


def test_the_package_modules_are_found_as_sources_beside_their_binaries(tmp_path: Path) -> None:
    _module(tmp_path, "edited", source_age=2000, binary_age=1000)
    finder = compiled._SourcesOnly()
    normal = importlib.machinery.PathFinder.find_spec(f"{compiled.PACKAGE}.edited", [str(tmp_path)])
    assert normal is not None and normal.origin == str(tmp_path / f"edited{SUFFIX}")
    spec = finder.find_spec(f"{compiled.PACKAGE}.edited", [str(tmp_path)])
    assert spec is not None and spec.origin == str(tmp_path / "edited.py")
    assert finder.find_spec("elsewhere.edited", [str(tmp_path)]) is None  # other packages as ever


def test_no_module_of_the_extractor_runs_from_a_stale_binary() -> None:
    if compiled.stale_sources():
        for name, module in list(sys.modules.items()):
            if name.startswith(compiled.PACKAGE + "."):
                assert str(module.__spec__.origin).endswith(".py"), name
    else:
        assert compiled.is_compiled() == any(compiled.FOLDER.glob(f"*{SUFFIX}"))


def test_only_a_checkout_runs_its_sources_instead_of_stale_binaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed copy's files are all dated by the install: no binary there is called stale."""
    folder = tmp_path / "index" / "extract"
    folder.mkdir(parents=True)
    _module(folder, "edited", source_age=2000, binary_age=1000)
    monkeypatch.setattr(compiled, "FOLDER", folder)
    # this checkout's own build may be stale too, its finder already in place: start without it
    monkeypatch.setattr(
        sys, "meta_path", [f for f in sys.meta_path if not isinstance(f, compiled._SourcesOnly)]
    )
    compiled.use_sources_if_stale()
    assert not any(isinstance(f, compiled._SourcesOnly) for f in sys.meta_path)
    (tmp_path / "pyproject.toml").write_text("")
    with pytest.warns(UserWarning, match="older than edited.py"):
        compiled.use_sources_if_stale()
    assert isinstance(sys.meta_path[0], compiled._SourcesOnly)
