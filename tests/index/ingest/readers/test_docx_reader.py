"""DOCX files: paragraphs and tables in order, core properties, and hostile containers refused."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

import docx
import pytest

from advocacy_archive.index.errors import ImportFailed
from advocacy_archive.index.ingest.readers import read_file
from tests.document_files import make_docx, replace_member

PARAGRAPHS = [
    "Joint statement on the protection of civilians in Aleppo",
    "We call on all parties to respect international humanitarian law.",
    "We urge donors to fund the emergency response in full.",
]
BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
)


def test_paragraphs_and_table_are_read_in_order(tmp_path: Path) -> None:
    table = [["Signatory", "Country"], ["Amnesty International", "UK"], ["SETF", "USA"]]
    path = tmp_path / "statement.docx"
    path.write_bytes(make_docx(PARAGRAPHS, table))
    result = read_file(path)
    assert result.format == "docx"
    assert (
        result.text
        == "\n\n".join(PARAGRAPHS) + "\n\nSignatory\tCountry\nAmnesty International\tUK\nSETF\tUSA"
    )


def test_merged_table_cell_is_shown_once(tmp_path: Path) -> None:
    document = docx.Document()
    grid = document.add_table(rows=1, cols=3)
    merged = grid.cell(0, 0).merge(grid.cell(0, 1))
    merged.text = "Signed by twelve organisations"
    grid.cell(0, 2).text = "13 December 2016"
    out = io.BytesIO()
    document.save(out)
    result = read_file(tmp_path / "t.docx", out.getvalue())
    assert result.text == "Signed by twelve organisations\t13 December 2016"


def test_core_properties_give_title_author_and_date(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(PARAGRAPHS[1])
    document.core_properties.title = "Aleppo statement"
    document.core_properties.author = "Human Rights Watch"
    document.core_properties.created = datetime(2016, 12, 13, 9, 30)
    out = io.BytesIO()
    document.save(out)
    result = read_file(tmp_path / "s.docx", out.getvalue())
    assert result.title == "Aleppo statement"
    assert result.author == "Human Rights Watch"
    assert result.issuer_hint == "Human Rights Watch"
    assert (result.date, result.date_source) == ("2016-12-13", "docx-metadata")


def test_random_bytes_named_docx_are_a_corrupt_zip(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / "noise.docx", bytes(range(256)) * 8)
    assert caught.value.reason == "not a valid DOCX (zip archive is corrupt)"


def test_truncated_docx_is_a_corrupt_zip(tmp_path: Path) -> None:
    data = make_docx(PARAGRAPHS)
    with pytest.raises(ImportFailed, match="not a valid DOCX"):
        read_file(tmp_path / "cut.docx", data[: len(data) // 2])


def test_zip_without_a_word_document_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a document")
    with pytest.raises(ImportFailed, match="not a valid DOCX"):
        read_file(tmp_path / "other.docx", out.getvalue())


def test_document_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="contains no text"):
        read_file(tmp_path / "blank.docx", make_docx([]))


def test_zip_bomb_member_is_refused(tmp_path: Path) -> None:
    bomb = replace_member(make_docx(PARAGRAPHS), "word/media/filler.bin", b"\0" * (20 * 1024 * 1024))
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / "bomb.docx", bomb)
    assert caught.value.reason.startswith("DOCX looks like a zip bomb")


def test_docx_expanding_beyond_200_mb_is_refused(tmp_path: Path) -> None:
    out = io.BytesIO()
    source = zipfile.ZipFile(io.BytesIO(make_docx(PARAGRAPHS)))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        with target.open("word/media/huge.bin", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(201):
                member.write(chunk)
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / "huge.docx", out.getvalue())
    assert caught.value.reason == "DOCX expands to more than 200 MB"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_billion_laughs_is_refused_before_parsing(tmp_path: Path, encoding: str) -> None:
    payload = BILLION_LAUGHS
    if encoding == "utf-16":
        payload = payload.replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    data = replace_member(make_docx(PARAGRAPHS), "word/document.xml", payload.encode(encoding))
    with pytest.raises(ImportFailed) as caught:
        read_file(tmp_path / "laughs.docx", data)
    assert caught.value.reason == "XML entity declarations are not allowed in DOCX"


def test_declaration_hidden_behind_a_long_comment_is_refused(tmp_path: Path) -> None:
    padded = BILLION_LAUGHS.replace("?>\n", "?>\n<!--" + "x" * 100_000 + "-->\n", 1)
    data = replace_member(make_docx(PARAGRAPHS), "word/document.xml", padded.encode())
    with pytest.raises(ImportFailed, match="not a valid DOCX"):
        read_file(tmp_path / "hidden.docx", data)
