"""The extractor compiled to C with mypyc: about twice as fast, the same results (RESULTS.md).

Everything else about the package is in pyproject.toml. Every module of index/extract but its
package `__init__`s, `compiled` (which picks compiled or source at import) and `build_authority`
(a developer's command) is compiled into one shared library, with mypy's own checker (pinned in
pyproject's build requirements: the code it generates is what we measured). When compiling is
impossible (no C compiler or Python headers, mypy refusing the code) the install goes on in pure
Python with a warning; ADVOCACY_ARCHIVE_PURE=1 skips compiling altogether (a quick editable
install for developers: index/extract/compiled.py explains why a stale build does no harm).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

ROOT = Path(__file__).resolve().parent
EXTRACT = ROOT / "index" / "extract"
PURE = ("__init__.py", "compiled.py", "build_authority.py")
# mypy names a module by the package folders above its file, and the repository root is the
# package `advocacy_archive` whatever its folder is called: so mypyc reads the sources through a
# link of that name
STAGE = ROOT / "build" / "mypyc_src"
# when mypyc read the sources: every extension built is dated so (compiled.py calls a source newer
# than its extension stale), since setuptools rebuilds only the extensions whose C changed
READ_AT = time.time()


def _warn(message: str) -> None:
    print(f"advocacy-archive: {message}; installing the extractor in pure Python", file=sys.stderr)


def _sources() -> list[str]:
    link = STAGE / "advocacy_archive"
    STAGE.mkdir(parents=True, exist_ok=True)
    if not link.is_symlink():
        link.symlink_to(ROOT, target_is_directory=True)
    found = sorted(p for p in EXTRACT.rglob("*.py") if p.name not in PURE)
    return [str((link / p.relative_to(ROOT)).relative_to(ROOT)) for p in found]


def _extensions() -> list[object]:
    if os.environ.get("ADVOCACY_ARCHIVE_PURE", "") not in ("", "0"):
        return []
    try:
        from mypyc.build import mypycify

        # the build environment lacks the runtime dependencies: their names are Any here
        options = ["--ignore-missing-imports", "--no-namespace-packages", "--no-warn-return-any"]
        return list(mypycify(options + _sources(), group_name="advocacy_archive.index.extract.native"))
    except (Exception, SystemExit) as e:  # mypyc exits on a type error
        _warn(f"mypyc could not compile the extractor ({type(e).__name__}: {str(e)[:300]})")
        return []


class OptionalBuildExt(build_ext):
    """A failed C build leaves the pure Python package, never a part of the compiled one."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as e:  # no compiler, no Python.h, a compiler error
            for path in self.get_outputs():
                Path(path).unlink(missing_ok=True)
            _warn(f"the extractor could not be compiled ({type(e).__name__}: {str(e)[:300]})")
            return
        inplace = self.inplace
        for self.inplace in {False, inplace}:
            for ext in self.extensions:
                path = Path(self.get_ext_fullpath(ext.name))
                if path.exists():
                    os.utime(path, (READ_AT, READ_AT))
        self.inplace = inplace


setup(ext_modules=_extensions(), cmdclass={"build_ext": OptionalBuildExt})
