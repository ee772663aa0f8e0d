"""Offline guard: the whole test-suite runs with outbound networking refused, and any attempt fails.

Registered from `tests/conftest.py` as a pytest plugin. It replaces `socket.socket.connect`,
`connect_ex`, `sendto`, `socket.create_connection`, `getaddrinfo` and `gethostbyname(_ex)` with
versions that refuse (raise `NetworkBlocked`, an `OSError`) and record the attempt, except for
AF_UNIX sockets, which multiprocessing's forkserver needs and which never leave the machine.
An autouse fixture then fails every test during which any process recorded an attempt, even if
the code under test swallowed the error.

Other processes: the guard is installed on import whenever `ADVOCACY_OFFLINE_LOG` is set (it is,
for the whole session), and records there. The plugin starts multiprocessing's forkserver itself
with this module preloaded, so every import worker the core forks from it is guarded too (the
forkserver is started once per process, so the importer's own preload list cannot replace it).
A subprocess is guarded when it imports this module first, e.g. `python -c "import
tests.offline_guard; ..."` (see `guarded_python`); a bare `advocacy-archive` subprocess is not
(Python has no hook for that without a `sitecustomize`), so tests that need the guard in a child
use `guarded_python`.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

LOG_ENV = "ADVOCACY_OFFLINE_LOG"
REPO = Path(__file__).resolve().parents[1]

_real: dict[str, Any] = {}
attempts: list[str] = []


class NetworkBlocked(OSError):
    """Raised instead of opening a network connection during the tests."""


def _record(what: str) -> None:
    frames = traceback.extract_stack()[:-3]
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    line = f"pid {os.getpid()}: {what} (from {where})"
    attempts.append(line)
    log = os.environ.get(LOG_ENV)
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(line.replace("\n", " ") + "\n")


def _refuse(what: str) -> NetworkBlocked:
    _record(what)
    return NetworkBlocked(f"network access is blocked in the tests: {what}")


def _is_local(sock: socket.socket) -> bool:
    return sock.family == getattr(socket, "AF_UNIX", object())


def _connect(self: socket.socket, address: Any) -> None:
    if _is_local(self):
        return _real["connect"](self, address)
    raise _refuse(f"connect to {address!r}")


def _connect_ex(self: socket.socket, address: Any) -> int:
    if _is_local(self):
        return int(_real["connect_ex"](self, address))
    raise _refuse(f"connect_ex to {address!r}")


def _sendto(self: socket.socket, *args: Any) -> int:
    if _is_local(self):
        return int(_real["sendto"](self, *args))
    raise _refuse(f"sendto {args[-1]!r}")


def _refusing(name: str) -> Callable[..., Any]:
    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise _refuse(f"{name}{args!r}")

    return refuse


def install() -> None:
    """Refuse network access in this process from now on (idempotent)."""
    if _real:
        return
    for name in ("connect", "connect_ex", "sendto"):
        _real[name] = getattr(socket.socket, name)
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        _real[name] = getattr(socket, name)
    socket.socket.connect = _connect  # type: ignore[method-assign,assignment]
    socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign,assignment]
    socket.socket.sendto = _sendto  # type: ignore[method-assign,assignment]
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, name, _refusing(name))


def logged_attempts() -> list[str]:
    """Attempts recorded by any guarded process of this session (this one included)."""
    log = os.environ.get(LOG_ENV)
    if not log:
        return list(attempts)
    return Path(log).read_text(encoding="utf-8").splitlines() if os.path.exists(log) else []


def guard_forkserver() -> None:
    """Start this process's forkserver now, with the guard preloaded, so every worker forked
    from it (the importer's pool included) is guarded. The importer's own preload list is
    ignored once the forkserver runs."""
    if REPO.as_posix() not in sys.path:
        sys.path.append(REPO.as_posix())  # so the forkserver can import tests.offline_guard
    context = multiprocessing.get_context("forkserver")
    # the importer's own preload module, so workers start warm as they do outside the tests
    context.set_forkserver_preload(["tests.offline_guard", "advocacy_archive.index.ingest.worker_preload"])
    from multiprocessing import forkserver

    forkserver.ensure_running()


def guarded_python(code: str, *, workers: bool = False) -> list[str]:
    """argv running `code` in a fresh interpreter with the guard installed first (and in its
    forkserver workers too when `workers`)."""
    prelude = f"import sys; sys.path.insert(0, {str(REPO)!r}); import tests.offline_guard; "
    if workers:
        prelude += "tests.offline_guard.guard_forkserver(); "
    return [sys.executable, "-c", prelude + code]


if os.environ.get(LOG_ENV):  # a worker or subprocess of a guarded test session
    install()


# -- the pytest plugin ----------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get(LOG_ENV):
        handle, log = tempfile.mkstemp(prefix="offline-guard-", suffix=".log")
        os.close(handle)
        os.environ[LOG_ENV] = log
    install()
    guard_forkserver()


def pytest_unconfigure(config: pytest.Config) -> None:
    log = os.environ.get(LOG_ENV, "")
    if log.startswith(tempfile.gettempdir()) and "offline-guard-" in log:
        Path(log).unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _no_network_attempts() -> Iterator[None]:
    """Fails the test if any guarded process tried to reach the network while it ran."""
    before = len(logged_attempts())
    yield
    new = logged_attempts()[before:]
    if new:
        pytest.fail("code tried to use the network (blocked):\n" + "\n".join(new), pytrace=False)
