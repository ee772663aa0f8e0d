"""HTML pages: the article text only, title and date from the page, and never a network request."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from advocacy_archive.index.errors import ImportFailed
from advocacy_archive.index.ingest.readers import read_file

STATE_DEPT_PAGE = "2021-05-21-acting-assistant-secretary-of-state-joey-hood-visits-tunisia.html"

HOSTILE_PAGE = b"""<!DOCTYPE html>
<html><head><title>Joint Statement on Aleppo</title>
<meta name="date" content="2016-12-13">
<script>var stolen = document.cookie; sendToServer(stolen);</script>
<style>body { background: url(http://tracker.example/bg.png) }</style>
<link rel="stylesheet" href="http://tracker.example/style.css">
</head>
<body onload="fetch('http://tracker.example/ping')">
<nav><a href="/">Home</a> | <a href="/about">About us</a></nav>
<iframe src="http://tracker.example/frame.html">Your browser does not support frames</iframe>
<article>
<h1>Joint Statement on Aleppo</h1>
<p>We, the undersigned organisations, call on the Syrian government and its allies to halt the
bombardment of eastern Aleppo immediately and to allow the safe evacuation of civilians.</p>
<img src="http://tracker.example/pixel.gif" onerror="alert('x')">
<p>We urge the UN Security Council to ensure unhindered humanitarian access to every besieged
neighbourhood and to refer the situation to the International Criminal Court.</p>
<script>document.write('INJECTED TEXT FROM SCRIPT');</script>
<noscript>Please enable JavaScript</noscript>
</article>
<footer>Copyright 2016. All rights reserved. Privacy policy.</footer>
</body></html>
"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the HTML reader tried to connect: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_state_department_page_gives_title_date_and_article(corpus: Path, no_network: None) -> None:
    path = corpus / "us-state-dept" / STATE_DEPT_PAGE
    result = read_file(path)
    assert result.format == "html"
    assert result.title == "Acting Assistant Secretary of State Joey Hood Visits Tunisia"
    assert result.date == "2021-05-21"  # from <meta name="date" content="Fri, 21 May 2021 …">
    assert result.date_source == "page"
    assert result.author == "Office of the Spokesperson"
    assert result.issuer_hint == "Office of the Spokesperson"
    assert "Tunisia" in result.text
    assert "<p>" not in result.text and "source-url" not in result.text


def test_person_as_page_creator_is_author_but_not_issuer(corpus: Path) -> None:
    page = next(
        p
        for p in sorted((corpus / "us-state-dept").glob("*.html"))
        if 'name="creator" content="Antony J. Blinken, Secretary of State"' in p.read_text("utf-8")
    )
    result = read_file(page)
    assert result.author == "Antony J. Blinken, Secretary of State"
    assert result.issuer_hint is None


def test_bulleted_demands_are_kept(corpus: Path) -> None:
    path = (
        corpus / "us-state-dept" / "2022-05-16-biden-administration-measures-to-support-the-cuban-people.html"
    )
    text = read_file(path).text
    assert "Facilitate family reunification by reinstating the Cuban Family Reunification" in text
    assert "Increase support for independent Cuban entrepreneurs" in text


def test_scripts_frames_and_remote_resources_never_reach_the_text(tmp_path: Path, no_network: None) -> None:
    path = tmp_path / "statement.html"
    path.write_bytes(HOSTILE_PAGE)
    result = read_file(path)
    assert "call on the Syrian government and its allies" in result.text
    assert "refer the situation to the International Criminal Court" in result.text
    for leaked in (
        "document.cookie",
        "INJECTED TEXT",
        "sendToServer",
        "background",
        "fetch(",
        "alert(",
        "does not support frames",
        "tracker.example",
        "Privacy policy",
    ):
        assert leaked not in result.text, leaked
    assert result.title == "Joint Statement on Aleppo"
    assert result.date == "2016-12-13"


def test_tiny_page_falls_back_to_its_visible_text(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_bytes(b"<html><body><div>Free them now.</div><script>evil()</script></body></html>")
    result = read_file(path)
    assert result.text == "Free them now."


def test_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    body = "<p>Les réfugiés doivent être protégés, a déclaré le Haut-Commissaire à Genève.</p>" * 5
    head = '<meta charset="windows-1252"><title>Déclaration</title>'
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    path = tmp_path / "declaration.html"
    path.write_bytes(page.encode("cp1252"))
    result = read_file(path)
    assert result.title == "Déclaration"
    assert "Les réfugiés doivent être protégés" in result.text


def test_xhtml_with_xml_declaration_is_read(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<head><title>XHTML statement</title></head><body><p>Release the detained journalists.</p>"
        "</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    result = read_file(path)
    assert result.title == "XHTML statement"
    assert "Release the detained journalists." in result.text


def test_page_without_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_bytes(b"<html><head><script>x()</script></head><body><img src='a.png'></body></html>")
    with pytest.raises(ImportFailed, match="no readable text"):
        read_file(path)
