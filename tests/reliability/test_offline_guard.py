"""The offline guarantee: no code under test reaches the network, in this process or its workers.

The guard itself lives in `tests/offline_guard.py` (a plugin for the whole suite); these tests
prove that it really blocks and records, that import workers are guarded too, and that the
reader widget shows a hostile HTML page without running scripts or fetching anything.
"""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from tests import offline_guard
from tests.offline_guard import NetworkBlocked, guarded_python


def _forget_attempts_since(mark: int) -> None:
    """Remove attempts this test made on purpose, so the autouse check does not fail it."""
    log = Path(offline_guard.os.environ[offline_guard.LOG_ENV])
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(lines[:mark]), encoding="utf-8")


def test_tcp_connect_and_name_lookup_are_refused_and_recorded() -> None:
    mark = len(offline_guard.logged_attempts())
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkBlocked):
            sock.connect(("127.0.0.1", 9))
        with pytest.raises(NetworkBlocked):
            sock.connect_ex(("127.0.0.1", 9))
    finally:
        sock.close()
    recorded = offline_guard.logged_attempts()[mark:]
    assert len(recorded) == 4, recorded
    _forget_attempts_since(mark)


def test_unix_sockets_still_work() -> None:
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"

