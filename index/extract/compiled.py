"""Whether the extractor runs compiled (mypyc, built by setup.py) and never from stale binaries.

An install builds every module of this package but this one and `__init__` into C extensions that
sit beside their sources in an editable install, and Python imports such an extension before the
`.py` of the same name. A source edited after the build would then silently not run: so when any
source is newer than its extension, every module of the package is imported from its source
instead (with a warning saying how to rebuild). All or none, because compiled modules call each
other directly inside one shared library. This module stays pure Python: it runs first.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
import warnings
from collections.abc import Sequence
from pathlib import Path

PACKAGE = __name__.rpartition(".")[0]
FOLDER = Path(__file__).resolve().parent
REBUILD = "pip install -e . again (or ADVOCACY_ARCHIVE_PURE=1 pip install -e . for no build)"


def stale_sources(folder: Path = FOLDER) -> list[Path]:
    """The sources edited since their extension was built (none when nothing is compiled)."""
    stale = []
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        for binary in folder.rglob(f"*{suffix}"):
            source = binary.with_name(binary.name[: -len(suffix)] + ".py")
            if source.exists() and source.stat().st_mtime > binary.stat().st_mtime:
                stale.append(source)
    return sorted(stale)


class _SourcesOnly(importlib.abc.MetaPathFinder):
    """Finds this package's modules as `.py` files only, ahead of the extensions beside them."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if not fullname.startswith(PACKAGE + ".") or path is None:
            return None
        loader = (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
        for folder in path:
            spec = importlib.machinery.FileFinder(folder, loader).find_spec(fullname)
            if spec is not None:
                return spec
        return None


def use_sources_if_stale() -> None:
    """Run when the package imports this module, before it imports any other."""
    if not (FOLDER.parents[1] / "pyproject.toml").exists():
        return  # an installed copy, not a checkout: its files are all dated by the install
    stale = stale_sources(FOLDER)
    if stale and not any(isinstance(f, _SourcesOnly) for f in sys.meta_path):
        names = ", ".join(p.relative_to(FOLDER).as_posix() for p in stale[:3])
        warnings.warn(
            f"the compiled extractor is older than {names}{' ...' if len(stale) > 3 else ''}: "
            f"running its Python sources (slower); to rebuild it, {REBUILD}",
            stacklevel=2,
        )
        sys.meta_path.insert(0, _SourcesOnly())


def is_compiled() -> bool:
    """True when the extractor's modules run as mypyc-compiled code."""
    from . import tokens

    return not isinstance(tokens.cap_words, types.FunctionType)


use_sources_if_stale()
