"""Reading indexes written by release 0.1, whose schema Whoosh pickled with our field class under
its old module path (`index.search_index.PreAnalyzableText`, before the package was named
`advocacy_archive`).

Whoosh reads the pickled schema whenever it opens a reader, a searcher or a writer, so while
such an index is open its old module path must resolve: `names_for_old_indexes()` registers a
small module there (only where nothing else uses the name). Once an index is written again its
schema is pickled under the current path, and the upgrade (`Archive.upgrade_index`) replaces it.
"""

from __future__ import annotations

import sys
import types

from .schema import PreAnalyzableText

_OLD_PACKAGE, _OLD_MODULE = "index", "index.search_index"


def names_for_old_indexes() -> None:
    """Make release 0.1's module path of PreAnalyzableText resolve to today's class."""
    if _OLD_MODULE in sys.modules or _OLD_PACKAGE in sys.modules:
        return  # already registered, or a package of that name is in use: leave it be
    package = types.ModuleType(_OLD_PACKAGE, "Release 0.1's index schema names (engine/legacy.py).")
    package.__path__ = []
    module = types.ModuleType(_OLD_MODULE)
    module.PreAnalyzableText = PreAnalyzableText  # type: ignore[attr-defined]
    package.search_index = module  # type: ignore[attr-defined]
    sys.modules[_OLD_PACKAGE] = package
    sys.modules[_OLD_MODULE] = module
