"""Which version of the extraction rules found an archive's actors and demands.

Actors, demands and issuers are stored when a document is imported, so an archive built by an
earlier release keeps showing what the earlier rules found until it is extracted again. The
version is a fingerprint of what decides the output: the rules' source (`index/extract/`) and the
authority file (`resources/authority/`). A fingerprint needs no number anyone must remember to
raise, and it never imports the rules themselves (an archive opened to search should not pay for
them). The catalog keeps the fingerprint of the last complete extraction (catalog.py).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from .locations import resource_path

_RULES = Path(__file__).resolve().parent / "extract"


@cache
def current() -> str:
    """The fingerprint of the installed rules and authority file (16 hex digits)."""
    digest = hashlib.sha256()
    for root, pattern in ((_RULES, "*.py"), (resource_path("authority"), "*")):
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(path.relative_to(root).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
