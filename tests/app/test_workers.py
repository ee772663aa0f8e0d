"""Background work: results on the GUI thread, readable failures, progress, cancel, one writer."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QThread

from advocacy_archive.app import workers
from advocacy_archive.app.workers import run_in_background, wait_for_all
from advocacy_archive.index.errors import ArchiveBusy


@pytest.fixture(autouse=True)
def no_leaked_tasks(qapp):
    yield
    assert wait_for_all(10_000, cancel=True), "a background task outlived its test"


def _gui_thread() -> QThread:
    return QCoreApplication.instance().thread()


def test_result_is_delivered_on_the_gui_thread(qtbot):
    seen = {}

    def work(a, b):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return a + b

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is _gui_thread()

    task = run_in_background(work, 2, 3, on_success=done)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert seen == {"worker": False, "result": 5, "gui": True}


def test_archive_error_message_is_passed_as_is(qtbot, tmp_path):
    def work():
        raise ArchiveBusy(tmp_path, "pid 42")

    messages = []
    task = run_in_background(work, on_failure=messages.append)
    with qtbot.waitSignal(task.failed, timeout=5000):
        pass
    assert messages == [str(ArchiveBusy(tmp_path, "pid 42"))]


def test_unexpected_error_is_logged_with_traceback_and_shown_without_one(qtbot, caplog):
    def broken_work():
        return {}["missing"]

    messages = []
    with caplog.at_level(logging.ERROR, logger="advocacy_archive.app.workers"):
        task = run_in_background(broken_work, on_failure=messages.append)
        with qtbot.waitSignal(task.failed, timeout=5000):
            pass
    assert messages[0].startswith("Unexpected error: ")
    assert "Traceback" not in messages[0]
    record = next(r for r in caplog.records if r.name == "advocacy_archive.app.workers")
    assert record.exc_info is not None and "broken_work" in record.getMessage()


def test_progress_arrives_on_gui_thread_and_cancel_stops_the_work(qtbot):
    proceed = threading.Event()

    def long_work(*, on_progress, cancel):
        done = 0
        while not cancel.is_set() and done < 10_000:
            done += 1
            on_progress(done, 10_000, f"item {done}")
            proceed.wait(0.001)  # a little work per item
        return done

    progress = []
    results = []

    def record(done, total, message):
        progress.append((done, total, message, QThread.currentThread() is _gui_thread()))

    task = run_in_background(long_work, on_success=results.append, on_progress=record)
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] < 10_000
    assert all(on_gui for *_rest, on_gui in progress)
    assert progress[0][:3] == (1, 10_000, "item 1")
    assert task.cancelled and task.done


def test_work_without_progress_gets_no_extra_arguments(qtbot):
    task = run_in_background(lambda *args, **kwargs: (args, kwargs), "x")
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [(("x",), {})]


def test_writer_tasks_never_overlap(qtbot):
    lock = threading.Lock()
    state = {"active": 0, "max": 0}
    pause = threading.Event()

    def write(_n):
        with lock:
            state["active"] += 1
            state["max"] = max(state["max"], state["active"])
        pause.wait(0.01)
        with lock:
            state["active"] -= 1

    finished = []
    for n in range(6):
        run_in_background(write, n, writer=True, on_success=finished.append)
    qtbot.waitUntil(lambda: len(finished) == 6, timeout=10_000)
    assert state["max"] == 1


def test_wait_for_all_delivers_pending_results(qtbot):
    results = []
    run_in_background(lambda: "done", on_success=results.append)
    assert wait_for_all(5000)
    assert results == ["done"]
    assert workers.running_tasks() == ()


def test_deleting_the_parent_cancels_the_work_and_drops_the_result(qtbot):
    from PySide6.QtCore import QObject

    owner = QObject()
    started = threading.Event()
    results = []

    def work(*, on_progress, cancel):
        started.set()
        while not cancel.wait(0.01):
            pass
        return "stopped"

    task = run_in_background(work, on_success=results.append, on_progress=lambda *a: None, parent=owner)
    event = task.cancel_event
    assert started.wait(5)
    owner.deleteLater()
    qtbot.waitUntil(event.is_set, timeout=5000)
    assert wait_for_all(5000)
    assert results == []


def test_work_that_ends_after_its_window_closed_raises_nothing(qapp, caplog):
    # Quitting while a re-extraction ran printed "Error calling Python override of QRunnable::run()":
    # Qt had deleted the object the worker reports through before the work ended.
    signals = workers._Signals()
    job = workers._Job(lambda: 42, signals, "reextract")
    shiboken6.delete(signals)
    with caplog.at_level(logging.INFO, logger=workers.log.name):
        job.run()
    assert "ended after its window closed" in caplog.text
