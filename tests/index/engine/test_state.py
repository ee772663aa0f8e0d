"""What the fast query paths remember stays within its bound in bytes."""

from __future__ import annotations

from advocacy_archive.index.engine.state import SizedRecent


def test_sized_recent_drops_the_least_recently_used_beyond_its_bytes() -> None:
    kept: SizedRecent[str, str] = SizedRecent(100)
    kept.put("of", "list of of", 40)
    kept.put("the", "list of the", 40)
    assert kept.get("of") == "list of of"  # now the most recently used
    kept.put("rights", "list of rights", 40)
    assert kept.get("the") is None and kept.get("of") and kept.get("rights")
    assert kept.held == 80


def test_sized_recent_keeps_nothing_larger_than_its_bound() -> None:
    kept: SizedRecent[str, str] = SizedRecent(100)
    kept.put("of", "list of of", 40)
    kept.put("the", "a list too long to keep", 101)
    assert kept.get("the") is None and kept.get("of") and kept.held == 40
    kept.put("of", "list of of, read again", 60)  # the same key replaces its entry
    assert kept.held == 60 and kept.get("of") == "list of of, read again"
