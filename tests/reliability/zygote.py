"""A child process that forks real archive operations on demand, so a test can SIGKILL many of
them cheaply.

Starting Python, loading the readers and the actor authority file takes seconds; the zygote pays
that once, then for each request (one JSON line on stdin) forks a fresh process that opens the
archive and runs one operation (an import, a rename, a merge, a retype, a re-extraction, a
reindex), prints `pid N`, and after that process ends (normally or killed) prints `exit STATUS`.

A request: {"op": ..., "archive": DIR, ...the operation's arguments, "crash_at": optional
crash point (index/crash_points.py)}. `batch` lowers the documents per catalog transaction of an
import or re-extraction so that kills land inside commits often (the guarantees cannot depend on
its size). A re-extraction's `round` makes extraction name one more actor, "Zqx Round N", in
every document: each round changes what the index must hold of every document, as new rules or
a new authority file would.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
import traceback
from dataclasses import replace
from pathlib import Path
from typing import Any

from tests.offline_guard import guarded_python

REPLY_SECONDS = 120


def round_actor(number: int) -> str:
    return f"Zqx Round {number}"


# -- the child --------------------------------------------------------------------------------


def serve(warm_up: list[str]) -> None:
    """Load everything an operation needs (reading `warm_up` files), then fork one operation per
    request line until stdin closes."""
    from advocacy_archive.index.ingest.pipeline import analyse

    for name in warm_up:
        analyse(Path(name), Path(name).read_bytes())
    print("ready", flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _perform(request)
            except BaseException:
                traceback.print_exc()
                code = 3
            finally:
                os._exit(code)
        print(f"pid {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        print(f"exit {status}", flush=True)


def _perform(request: dict[str, Any]) -> None:
    import advocacy_archive.index.archive as archive_module
    import advocacy_archive.index.ingest.importer as importer
    from advocacy_archive.index.crash_points import ENV

    if request.get("crash_at"):
        os.environ[ENV] = request["crash_at"]
    batch = request.get("batch")
    if batch:
        importer.BATCH = archive_module.REEXTRACT_BATCH = int(batch)
    op = request["op"]
    with archive_module.Archive.open(request["archive"]) as archive:
        if op == "import":
            archive.import_paths([Path(p) for p in request["paths"]], jobs=1)
        elif op in ("rename", "merge"):
            archive.set_actor_override(request["name"], canonical=request["to"])
        elif op == "retype":
            archive.set_actor_override(request["name"], type=request["type"])
        elif op == "reextract":
            _extraction_names_round(int(request["round"]))
            archive.reextract()
        elif op == "reindex":
            archive.reindex()
        elif op == "edit":
            archive.edit_record(int(request["doc"]), request["values"])
        elif op == "review":
            archive.review_demand(request["ref"], request["status"])
        elif op == "mark":
            archive.tag(int(request["doc"]), add=[request["tag"]])
            archive.set_note(int(request["doc"]), request["note"])
        else:
            raise ValueError(f"unknown operation {op!r}")


def _extraction_names_round(number: int) -> None:
    """Make extraction name one more actor in every document (see module doc)."""
    import advocacy_archive.index.extract as extract_module
    from advocacy_archive.index.ingest import pipeline
    from advocacy_archive.index.models import Actor

    real = extract_module.extract

    def extract(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        extra = Actor(name=round_actor(number), type="organisation", mentions=((0, 1),))
        return replace(found, actors=(*found.actors, extra))

    extract_module.extract = extract
    pipeline.extract = extract  # re-extraction calls it there, with the file's name and address


# -- the test's side --------------------------------------------------------------------------


class Zygote:
    """Drives `serve` in a guarded subprocess: `start(request)` forks one operation."""

    def __init__(self, warm_up: list[Path]) -> None:
        code = f"from tests.reliability.zygote import serve; serve({[str(p) for p in warm_up]!r})"
        self.proc = subprocess.Popen(
            guarded_python(code), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        self._select = selectors.DefaultSelector()
        assert self.proc.stdout is not None
        self._select.register(self.proc.stdout, selectors.EVENT_READ)
        assert self._reply() == "ready"

    def _reply(self) -> str:
        assert self._select.select(timeout=REPLY_SECONDS), "the zygote stopped answering"
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        assert line, f"the zygote died (exit {self.proc.poll()})"
        return line

    def start(self, **request: Any) -> int:
        """Fork the operation `request` describes; returns its pid."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(request, default=str) + "\n")
        self.proc.stdin.flush()
        kind, pid = self._reply().split()
        assert kind == "pid"
        return int(pid)

    def wait(self) -> int:
        """The wait status of the last operation (killed or finished)."""
        kind, status = self._reply().split()
        assert kind == "exit"
        return int(status)

    def killed_after(self, seconds: float, **request: Any) -> bool:
        """Start an operation, SIGKILL it after `seconds`; whether the kill landed before it
        ended (an operation that ended first must have succeeded)."""
        pid = self.start(**request)
        time.sleep(seconds)  # the moment of the kill, not a wait for something
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        status = self.wait()
        if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL:
            return True
        assert status == 0, f"an operation that was not killed failed: {request['op']}, status {status}"
        return False

    def run(self, **request: Any) -> int:
        """Run an operation to its end; returns its wait status."""
        self.start(**request)
        return self.wait()

    def close(self) -> None:
        if self.proc.poll() is None:
            assert self.proc.stdin is not None
            self.proc.stdin.close()
            self.proc.wait(timeout=30)

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
