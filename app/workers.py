"""The one way to run slow work off the GUI thread.

`run_in_background(fn, ...)` runs `fn` on a `QThreadPool` and calls `on_success`/`on_failure`/
`on_progress` back **on the GUI thread**. The work function never touches widgets; when progress is
wanted it receives plain `on_progress=` and `cancel=` keyword arguments, exactly what the core's
long operations (`Archive.import_paths`, `Archive.reindex`) accept.

Index writes go through a one-thread pool (`writer=True`) so they are serialised in submission
order, as Picard does; reads use a small shared pool.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QObject, QRunnable, QThreadPool, Signal, Slot

from ..index.errors import ArchiveError

log = logging.getLogger(__name__)

OnSuccess = Callable[[Any], None]
OnFailure = Callable[[str], None]
OnProgress = Callable[[int, int, str], None]

# Module-level pools: created lazily so importing this module needs no QApplication.
_pools: dict[str, QThreadPool] = {}
# Tasks are kept alive here until their result has been delivered on the GUI thread.
_live: set[BackgroundTask] = set()


def _pool(writer: bool) -> QThreadPool:
    name = "writer" if writer else "reader"
    if name not in _pools:
        pool = QThreadPool()
        pool.setObjectName(f"advocacy-{name}-pool")
        pool.setMaxThreadCount(1 if writer else 4)
        _pools[name] = pool
    return _pools[name]


def readable_error(exc: BaseException) -> str:
    """A message fit for a dialog: the core's own wording for its errors, never a traceback."""
    if isinstance(exc, ArchiveError):
        return str(exc)
    detail = str(exc) or exc.__class__.__name__
    return f"Unexpected error: {detail} (details are in the log file)"


class _Signals(QObject):
    """Emitted from the worker thread; queued to the GUI thread because the receiver lives there."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, call: Callable[[], Any], signals: _Signals, name: str) -> None:
        super().__init__()
        self._call = call
        self._signals = signals
        self._name = name
        # The task object holds the Python reference; Qt must not delete us behind its back.
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._call()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            log.error("Background task %s failed", self._name, exc_info=exc)
            self._report(self._signals.failed, readable_error(exc))
        else:
            self._report(self._signals.finished, result)

    def _report(self, signal: Any, value: object) -> None:
        # The window may have closed while the work ran (quitting during a re-extraction): Qt has
        # then deleted the signals' object and emitting raises; the work itself is done and saved,
        # and there is no one left to tell, so it is logged instead of printed as a Qt error.
        try:
            signal.emit(value)
        except RuntimeError:
            log.info("Background task %s ended after its window closed", self._name)


class BackgroundTask(QObject):
    """Handle on one piece of background work; lives on the GUI thread.

    Its own `progress`, `finished` and `failed` signals repeat the worker's, for callers that
    prefer connecting to callbacks.
    """

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.cancel_event = threading.Event()
        self.done = False
        self._signals = _Signals()
        # Bound slots of an object on the GUI thread => Qt queues the cross-thread emissions.
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._job: _Job | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next check; its result (or partial report) still arrives."""
        self.cancel_event.set()

    @property
    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def emit_progress(self, done: int, total: int, message: str) -> None:
        """Thread-safe: called by the work function on the worker thread."""
        self._signals.progress.emit(int(done), int(total), str(message))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if not self.done:
            self.progress.emit(done, total, message)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._settle()
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._settle()
        self.failed.emit(message)

    def _settle(self) -> None:
        self.done = True
        _live.discard(self)


def run_in_background(
    fn: Callable[..., Any],
    *args: Any,
    on_success: OnSuccess | None = None,
    on_failure: OnFailure | None = None,
    on_progress: OnProgress | None = None,
    parent: QObject | None = None,
    writer: bool = False,
) -> BackgroundTask:
    """Run `fn(*args)` on a pool thread; deliver its result or error on the GUI thread.

    With `on_progress`, `fn` is also given `on_progress=` and `cancel=` keyword arguments.
    Without `on_failure`, failures are logged only (the caller chose not to show them).
    """
    name = getattr(fn, "__qualname__", repr(fn))
    task = BackgroundTask(name, parent)
    kwargs: dict[str, Any] = {}
    if on_progress is not None:
        kwargs = {"on_progress": task.emit_progress, "cancel": task.cancel_event}
        task.progress.connect(on_progress)
    if on_success is not None:
        task.finished.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    task._job = _Job(lambda: fn(*args, **kwargs), task._signals, name)
    _live.add(task)
    # If `parent` (say, a closed window) is deleted first, the task goes with it: stop the work
    # and forget the task, so its result is dropped instead of reaching deleted widgets.
    cancel_event = task.cancel_event

    def forget(*_: object) -> None:
        cancel_event.set()
        _live.discard(task)

    task.destroyed.connect(forget)
    _pool(writer).start(task._job)
    return task


def running_tasks() -> tuple[BackgroundTask, ...]:
    """Tasks whose result has not been delivered yet."""
    return tuple(_live)


def cancel_all() -> None:
    for task in tuple(_live):
        task.cancel()


def wait_for_all(timeout_ms: int = 30_000, *, cancel: bool = False) -> bool:
    """Wait for every pool to finish, then deliver the pending results on this (GUI) thread.

    Used on application exit and by tests so no thread outlives its test. Returns False when
    something was still running after `timeout_ms`.
    """
    if cancel:
        cancel_all()
    deadline = QDeadlineTimer(timeout_ms)
    idle = all(pool.waitForDone(deadline) for pool in _pools.values())
    # Results were posted as queued events; deliver them so callbacks run and tasks settle.
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()
    return idle and not _live
