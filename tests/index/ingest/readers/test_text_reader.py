"""Plain text and Markdown: the user reads exactly what was written, whatever the encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.errors import ImportFailed
from advocacy_archive.index.ingest.readers import read_file

STATEMENT = (
    "We call on all parties to allow humanitarian access to the besieged districts.\n"
    "Civilians must be protected; hospitals must never be targets.\n"
)


def test_seed_statement_text_is_kept_exactly(seeds: list[Path]) -> None:
    path = seeds[0]
    result = read_file(path)
    assert result.format == "txt"
    assert result.text == path.read_text(encoding="utf-8")
    assert result.text.startswith("Outrage on Aleppo is No Longer")
    assert result.warnings == ()


def test_given_bytes_are_used_instead_of_reading_the_file(tmp_path: Path) -> None:
    path = tmp_path / "not-on-disk.txt"
    assert read_file(path, STATEMENT.encode()).text == STATEMENT


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(STATEMENT.encode(encoding))
    assert read_file(path).text == STATEMENT


def test_cyrillic_utf16_without_bom_is_not_mistaken_for_utf8(tmp_path: Path) -> None:
    # Cyrillic UTF-16 has no NUL bytes and is, byte for byte, "valid UTF-8" full of controls.
    text = "Мы призываем все стороны немедленно прекратить огонь и защитить мирных жителей Алеппо.\n" * 3
    path = tmp_path / "заявление.txt"
    path.write_bytes(text.encode("utf-16-le"))
    assert read_file(path).text == text


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_mark_is_removed(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "statement.txt"
    path.write_bytes(STATEMENT.encode(encoding))
    assert read_file(path).text == STATEMENT


def test_windows_1252_text_is_decoded_not_mangled(tmp_path: Path) -> None:
    text = (
        "Le Haut-Commissaire a déclaré que les réfugiés déplacés à l’intérieur du pays "
        "doivent être protégés. « Nous exigeons un accès humanitaire immédiat », a-t-il ajouté. "
        "Les organisations non gouvernementales ont salué cette décision très attendue.\n"
    ) * 4
    path = tmp_path / "déclaration.txt"
    path.write_bytes(text.encode("cp1252"))
    result = read_file(path)
    assert "réfugiés déplacés à l’intérieur" in result.text
    assert "« Nous exigeons" in result.text


def test_invalid_utf8_does_not_stop_the_import(tmp_path: Path) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(STATEMENT.encode() + b"\xff\xfe\xc3(" + b"Aleppo must be spared.\n")
    result = read_file(path)
    assert "We call on all parties" in result.text
    assert "Aleppo must be spared." in result.text


def test_crlf_and_cr_become_lf_and_nothing_else_changes(tmp_path: Path) -> None:
    path = tmp_path / "dos.txt"
    path.write_bytes(b"Title\r\n\r\nFirst  line\twith tab\rSecond line\r\n")
    assert read_file(path).text == "Title\n\nFirst  line\twith tab\nSecond line\n"


def test_markdown_keeps_its_text_and_takes_the_first_heading_as_title(tmp_path: Path) -> None:
    source = "Intro line\n\n## Not this\n\n# Stop the Siege of Aleppo #\n\nWe **demand** access.\n"
    path = tmp_path / "note.md"
    path.write_text(source, encoding="utf-8")
    result = read_file(path)
    assert result.format == "md"
    assert result.title == "Stop the Siege of Aleppo"
    assert result.text == source


def test_markdown_without_heading_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("Just a paragraph with #hashtag.\n", encoding="utf-8")
    assert read_file(path).title is None


def test_odd_file_name_is_read_and_named_in_errors(tmp_path: Path) -> None:
    path = tmp_path / "Заявление \"Алеппо\"\n'2016' 声明.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    assert read_file(path).text == STATEMENT
    empty = tmp_path / 'пусто "x"\n.txt'
    empty.write_bytes(b"")
    with pytest.raises(ImportFailed) as caught:
        read_file(empty)
    assert caught.value.path == empty
    assert caught.value.reason == "empty file"


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t "])
def test_empty_or_blank_file_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(ImportFailed, match="empty file"):
        read_file(path)


def test_random_bytes_named_txt_are_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ImportFailed) as caught:
        read_file(path)
    assert "binary" in caught.value.reason
