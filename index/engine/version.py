"""The Whoosh-Reloaded release the engine was written against, and the check that it is the one
installed (see the package docstring for why an exact version matters)."""

from __future__ import annotations

from importlib import metadata

WHOOSH_DISTRIBUTION = "Whoosh-Reloaded"
WHOOSH_VERSION = "2.7.5"  # keep in step with pyproject.toml's exact pin


class EngineVersionError(RuntimeError):
    """Another Whoosh than the one the engine reads the internals of."""


def installed_version() -> str | None:
    try:
        return metadata.version(WHOOSH_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None


def check_version(found: str | None = None) -> None:
    """Raise EngineVersionError unless Whoosh-Reloaded WHOOSH_VERSION is installed."""
    found = installed_version() if found is None else found
    if found != WHOOSH_VERSION:
        raise EngineVersionError(
            f"Advocacy Archive's search engine reads the internals of {WHOOSH_DISTRIBUTION} "
            f"{WHOOSH_VERSION}, but {found or 'no such package'} is installed (another Whoosh "
            f"distribution, e.g. Whoosh or whoosh-ng, installs the same `whoosh` package). "
            f"Install it with: pip install '{WHOOSH_DISTRIBUTION}=={WHOOSH_VERSION}'"
        )
