"""Progress reporting and cancellation for long work, as plain callables (no Qt).

Core functions take `on_progress(done, total, message)` and a `cancel` object with `is_set()`
(a `threading.Event` will do); the desktop app turns these into signals, the CLI into a bar.
"""

from __future__ import annotations

from typing import Protocol


class OnProgress(Protocol):
    def __call__(self, done: int, total: int, message: str) -> None: ...


class CancelFlag(Protocol):
    def is_set(self) -> bool: ...


def no_progress(done: int, total: int, message: str) -> None:
    """Default sink for callers that do not show progress."""


class NeverCancelled:
    def is_set(self) -> bool:
        return False
