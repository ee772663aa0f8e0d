"""E-mail (.eml): subject, sender, date, body, and attachments passed on for import."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest

from advocacy_archive.index.errors import ImportFailed
from advocacy_archive.index.ingest.readers import read_file
from tests.document_files import make_docx, make_pdf

BODY = "We call on the Security Council to act on Aleppo today.\n\nHumanitarian access now.\n"


def _message(
    sender: str = "Human Rights Watch <press@hrw.org>", subject: str = "Aleppo: act now"
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "archive@example.org"
    message["Subject"] = subject
    message["Date"] = "Tue, 13 Dec 2016 09:30:00 +0000"
    message.set_content(BODY)
    return message


def _read(tmp_path: Path, message: EmailMessage, name: str = "mail.eml"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(message.as_bytes(policy=default))
    return read_file(path)


def test_subject_sender_date_and_body(tmp_path: Path) -> None:
    result = _read(tmp_path, _message())
    assert result.format == "eml"
    assert result.title == "Aleppo: act now"
    assert result.author == "Human Rights Watch"
    assert result.issuer_hint == "Human Rights Watch"
    assert (result.date, result.date_source) == ("2016-12-13", "header")
    assert result.text == BODY.strip()


def test_person_sender_is_author_but_not_issuer(tmp_path: Path) -> None:
    result = _read(tmp_path, _message(sender='"Jane Doe" <jane@example.org>'))
    assert result.author == "Jane Doe"
    assert result.issuer_hint is None


def test_sender_without_display_name_gives_the_address(tmp_path: Path) -> None:
    result = _read(tmp_path, _message(sender="press@hrw.org"))
    assert result.author == "press@hrw.org"
    assert result.issuer_hint is None


def test_non_latin_subject_is_decoded(tmp_path: Path) -> None:
    result = _read(tmp_path, _message(subject="Заявление по Алеппо — 声明"))
    assert result.title == "Заявление по Алеппо — 声明"


def test_html_only_body_is_read_as_text_without_scripts(tmp_path: Path) -> None:
    message = _message()
    message.set_content(
        "<html><body><p>We urge an immediate ceasefire in eastern Aleppo.</p>"
        "<script>steal(document.cookie)</script><img src='http://tracker.example/p.gif'></body></html>",
        subtype="html",
    )
    result = _read(tmp_path, message)
    assert "We urge an immediate ceasefire in eastern Aleppo." in result.text
    assert "steal" not in result.text and "tracker" not in result.text


def test_plain_part_is_preferred_over_html(tmp_path: Path) -> None:
    message = _message()
    message.add_alternative("<p>HTML version</p>", subtype="html")
    assert _read(tmp_path, message).text == BODY.strip()


def test_supported_attachments_are_returned_and_others_reported(tmp_path: Path) -> None:
    message = _message()
    pdf = make_pdf(["Attached statement text."])
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="statement.pdf")
    message.add_attachment(
        make_docx(["Annex"]), maintype="application", subtype="octet-stream", filename="../../annex.docx"
    )
    message.add_attachment(b"PK\x03\x04junk", maintype="application", subtype="zip", filename="photos.zip")
    result = _read(tmp_path, message)
    assert [a.name for a in result.attachments] == ["statement.pdf", "annex.docx"]
    assert result.attachments[0].data == pdf
    assert result.warnings == ("attachment 'photos.zip' skipped: its type is not supported",)
    attached = read_file(Path(result.attachments[0].name), result.attachments[0].data)
    assert attached.text == "Attached statement text."


def test_attached_email_is_passed_on_whole_with_what_it_holds(tmp_path: Path) -> None:
    """The importer reads it in turn, and stops at a stated depth (test_hostile_imports)."""
    innermost = _message(subject="Level 2")
    inner = _message(subject="Level 1")
    inner.add_attachment(innermost)
    inner.add_attachment(make_pdf(["Inner PDF"]), maintype="application", subtype="pdf", filename="inner.pdf")
    outer = _message(subject="Level 0")
    outer.add_attachment(inner)
    result = _read(tmp_path, outer)
    assert [a.name for a in result.attachments] == ["message.eml"]
    level1 = read_file(Path("message.eml"), result.attachments[0].data)
    assert level1.title == "Level 1"
    assert level1.text == BODY.strip()
    assert [a.name for a in level1.attachments] == ["message.eml", "inner.pdf"]
    level2 = read_file(Path("message.eml"), level1.attachments[0].data)
    assert level2.title == "Level 2"


def test_message_without_headers_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="not an e-mail message"):
        read_file(tmp_path / "x.eml", b"\n\njust some text after a blank line\n")


def test_unparseable_date_is_left_empty(tmp_path: Path) -> None:
    message = _message()
    message.replace_header("Date", "sometime last week")
    result = _read(tmp_path, message)
    assert (result.date, result.date_source) == (None, None)
    assert result.title == "Aleppo: act now"
