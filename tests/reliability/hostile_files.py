"""Builders for hostile and broken files, made with the formats' real libraries (pypdf,
python-docx, zipfile), plus good files with awkward names and encodings to sit beside them."""

from __future__ import annotations

import io
import os
import random
import zipfile
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)

from advocacy_archive.index.ingest.readers.limits import MAX_EMAIL_DEPTH
from tests.document_files import make_docx, with_member

MB = 1024 * 1024

STATEMENT = (
    "{who} calls on the government of {where} to release every detained human rights defender "
    "and to end the prosecution of peaceful protesters. The authorities must allow independent "
    "monitors into all places of detention and must investigate the reports of torture. "
    "Reference {tag}."
)


def statement(tag: str) -> str:
    """A short statement whose text is unique to `tag` (so no two good files are duplicates)."""
    rng = random.Random(tag)
    who = rng.choice(["Amnesty International", "Human Rights Watch", "The UN Secretary-General"])
    where = rng.choice(["Belarus", "Myanmar", "Nicaragua", "Egypt", "Iran"])
    return STATEMENT.format(who=who, where=where, tag=tag)


def _fonts(writer: PdfWriter) -> DictionaryObject:
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    return DictionaryObject({NameObject("/F1"): writer._add_object(font)})


def pdf_bytes(text: str, *, password: str | None = None) -> bytes:
    """A one-page PDF with `text` in a Helvetica text object, written by pypdf."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): _fonts(writer)})
    content = DecodedStreamObject()
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content.set_data(f"BT /F1 10 Tf 40 700 Td ({escaped}) Tj ET".encode("latin-1"))
    page[NameObject("/Contents")] = writer._add_object(content)
    if password:
        writer.encrypt(user_password=password, owner_password=password + "-owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_self_drawing_form() -> bytes:
    """A page that draws a form XObject which draws itself: naive text extraction never ends."""
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    form = StreamObject()
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/BBox")] = ArrayObject([NumberObject(n) for n in (0, 0, 612, 792)])
    form._data = b"BT /F1 10 Tf 40 700 Td (loop) Tj ET /X0 Do"
    ref = writer._add_object(form)
    resources = DictionaryObject(
        {
            NameObject("/XObject"): DictionaryObject({NameObject("/X0"): ref}),
            NameObject("/Font"): _fonts(writer),
        }
    )
    form[NameObject("/Resources")] = resources
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data(b"/X0 Do")
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def pdf_exploding_stream(expanded_mb: int = 400) -> bytes:
    """A page whose Flate-compressed content stream inflates to `expanded_mb` MB of text
    operators (a few hundred kilobytes on disk)."""
    import zlib

    chunk = b"BT /F1 10 Tf 40 700 Td " + b"(All work and no play makes a dull report) Tj T* " * 1000 + b"ET "
    compressor = zlib.compressobj(9)
    packed = b"".join(compressor.compress(chunk) for _ in range(expanded_mb * MB // len(chunk)))
    packed += compressor.flush()
    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    stream = StreamObject()
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    stream._data = packed
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): _fonts(writer)})
    page[NameObject("/Contents")] = writer._add_object(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_zip_bomb(expanded_mb: int = 300) -> bytes:
    """A real DOCX whose word/document.xml inflates to `expanded_mb` MB (about 1 MB on disk)."""

    def write(target: zipfile.ZipFile) -> None:
        with target.open("word/document.xml", "w", force_zip64=True) as member:
            member.write(
                b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
            )
            block = b" " * MB
            for _ in range(expanded_mb):
                member.write(block)
            member.write(b"</w:t></w:r></w:p></w:body></w:document>")

    return with_member(make_docx(["placeholder"]), "word/document.xml", write)


def docx_billion_laughs() -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{(f"&lol{i - 1};" if i > 1 else "&lol;") * 10}">' for i in range(1, 10)
    ]
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(entities) + "]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    return with_member(
        make_docx(["placeholder"]),
        "word/document.xml",
        lambda target: target.writestr("word/document.xml", xml),
    )


HOSTILE_HTML = """<!doctype html><html><head><title>Free the Defenders</title>
<script>document.write("SCRIPT-RAN")</script><script src="http://evil.example/x.js"></script>
</head><body onload="alert('ONLOAD-RAN')"><iframe src="http://evil.example/f"></iframe>
<img src="http://evil.example/p.png" onerror="alert('ONERROR-RAN')">
<article><h1>Free the Defenders</h1><p>{text}</p><p>{text2}</p></article></body></html>"""


def email_with_attachments(text: str, attachments: dict[str, bytes]) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "Press Office <press@ngo.example>"
    message["To"] = "desk@paper.example"
    message["Subject"] = "Statement with attachments"
    message["Date"] = "Mon, 02 Mar 2020 10:00:00 +0000"
    message.set_content(text)
    for name, data in attachments.items():
        message.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return message.as_bytes()


def deep_html(text: str, depth: int) -> bytes:
    """A page whose text sits inside `depth` nested <div>s."""
    body = "<div>" * depth + f"<p>{text}</p>" + "</div>" * depth
    return f"<html><head><title>Deep</title></head><body>{body}</body></html>".encode()


def nested_email(texts: list[str]) -> bytes:
    """An e-mail holding an e-mail holding an e-mail …, one per text (the first outermost)."""
    from email.message import EmailMessage

    inner: EmailMessage | None = None
    for level, text in reversed(list(enumerate(texts))):
        message = EmailMessage()
        message["From"] = "Press Office <press@ngo.example>"
        message["Subject"] = f"Forwarded, level {level}"
        message.set_content(text)
        if inner is not None:
            message.add_attachment(inner)
        inner = message
    assert inner is not None
    return inner.as_bytes()


def build(folder: Path, junk_seed: int = 7) -> tuple[dict[str, str], dict[str, str], set[str]]:
    """Write the mix into `folder`. Returns ({good name: a phrase of its text},
    {bad name: a word its skip reason must contain}, {names that may go either way}).
    E-mail attachments are named "mail.eml → name"."""
    rng = random.Random(junk_seed)
    folder.mkdir(parents=True, exist_ok=True)
    good: dict[str, str] = {}
    bad: dict[str, str] = {}

    def put(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    # -- good files, awkward but readable ------------------------------------------------
    for name in ("line\nbreak.txt", 'say "no" it\'s.txt', "بيان صحفي.txt", "заявление.md", "声明.htm"):
        text = statement(name.encode("unicode_escape").decode())
        data = (
            HOSTILE_HTML.format(text=text, text2=statement("2" + name)) if name.endswith(".htm") else text
        ).encode("utf-8")
        put(name, data)
        good[name] = text[:40]
    text = statement("pdf")
    put("good.pdf", pdf_bytes(text))
    good["good.pdf"] = text[:40]
    text = statement("docx")
    put("good.docx", make_docx([text]))
    good["good.docx"] = text[:40]
    text = statement("invalid utf-8")
    put("invalid-utf8.txt", text.encode() + b"\xff\xfe\xc3\x28 trailing \xa0\xa1")
    good["invalid-utf8.txt"] = text[:40]
    text = statement("utf-16")
    put("utf16-no-bom.txt", text.encode("utf-16-le"))
    good["utf16-no-bom.txt"] = text[:40]

    # -- bad files -------------------------------------------------------------------------
    put("empty.txt", b"")
    bad["empty.txt"] = "empty"
    put("empty.pdf", b"")
    bad["empty.pdf"] = "empty"
    put("blank.html", b"  \n\t \n")
    bad["blank.html"] = "empty"
    for name in ("junk.pdf", "junk.docx"):
        put(name, rng.randbytes(64 * 1024))
        bad[name] = ""
    put("junk.html", b"\x00\x01\x02\xff\xfe" + rng.randbytes(64 * 1024))
    bad["junk.html"] = ""
    whole = pdf_bytes(statement("truncated"))
    put("truncated.pdf", whole[: len(whole) // 2])
    bad["truncated.pdf"] = ""
    put("encrypted.pdf", pdf_bytes(statement("encrypted"), password="secret"))
    bad["encrypted.pdf"] = "encrypt"
    put("self-drawing.pdf", pdf_self_drawing_form())  # pypdf breaks the cycle and reads "loop"
    either = {"self-drawing.pdf"}
    put("exploding.pdf", pdf_exploding_stream())
    bad["exploding.pdf"] = ""
    put("zip-bomb.docx", docx_zip_bomb())
    bad["zip-bomb.docx"] = ""
    put("billion-laughs.docx", docx_billion_laughs())
    bad["billion-laughs.docx"] = ""
    with open(folder / "huge.txt", "wb") as handle:
        handle.truncate(50 * MB)  # sparse: 50 MB to the reader, nothing on disk
    bad["huge.txt"] = "limit"
    loop = folder / "loop"
    loop.mkdir()
    os.symlink("..", loop / "back-to-parent")  # a folder that contains its own parent
    os.symlink("ring-b.txt", folder / "ring-a.txt")  # two links pointing at each other
    os.symlink("ring-a.txt", folder / "ring-b.txt")
    bad["ring-a.txt"] = "link"
    bad["ring-b.txt"] = "link"
    os.mkfifo(folder / "pipe.txt")  # reading a named pipe waits for a writer for ever
    bad["pipe.txt"] = "named pipe"
    os.symlink("/dev/zero", folder / "zeros.txt")  # a link to a device: reading it never ends
    bad["zeros.txt"] = "device"
    deep = statement("deep html")
    put("deep.html", deep_html(deep, 100_000))
    good["deep.html"] = deep[:40]
    levels = 21
    put("nested.eml", nested_email([statement(f"level {n}") for n in range(levels)]))
    label = "nested.eml"
    for level in range(levels):
        if level > MAX_EMAIL_DEPTH:
            bad[label] = f"{levels - level - 1} e-mail(s) inside"  # the first one too deep, named
            break
        good[label] = statement(f"level {level}")[:40]
        label += " → message.eml"
    text, attached = statement("e-mail"), statement("attachment")
    put(
        "mail.eml",
        email_with_attachments(
            text,
            {
                "attached.txt": attached.encode(),
                "bomb.docx": docx_zip_bomb(300),
                "laughs.docx": docx_billion_laughs(),
            },
        ),
    )
    good["mail.eml"] = text[:40]
    good["mail.eml → attached.txt"] = attached[:40]
    bad["mail.eml → bomb.docx"] = "200 MB"
    bad["mail.eml → laughs.docx"] = "entity"
    return good, bad, either
