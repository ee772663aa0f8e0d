"""Plain text and Markdown reader: detect the encoding, decode, normalise line ends.

The text is kept exactly as written apart from the byte-order mark and line endings, so character
offsets found later (demands, actors, search hits) point at what the user sees in the file.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ...models import ReadResult
from .limits import Unreadable

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 before UTF-16: the UTF-32-LE mark begins with the UTF-16-LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls other than tab, newline, form feed and carriage return: in "valid UTF-8" they mean
# the bytes were really UTF-16 without a mark (e.g. Arabic or Cyrillic, whose high bytes are 0x04-0x06).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# Real text in a wrongly guessed encoding has a few odd characters; binary data has many.
_MAX_JUNK_SHARE = 0.05
_MD_HEADING = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.MULTILINE)


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Decode text of unknown encoding; returns the text and warnings for the user.

    Never raises on bad bytes: the worst case is a best guess with replacement characters, which
    the user can still read and search, rather than a refused file.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), []
    # Fast path: bytes that are valid UTF-8 and carry no NUL are UTF-8 for all practical purposes
    # (legacy 8-bit text almost never validates), and detection costs ~2 ms a file, which would
    # halve the import speed of a plain-text folder. NULs mean UTF-16/32 without a mark.
    if b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if _CONTROL.search(text) is None:
                return text, []
    return _detect(data)


def _detect(data: bytes) -> tuple[str, list[str]]:
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        # Not recognisably any encoding: keep whatever UTF-8 can make of it rather than refuse.
        return data.decode("utf-8", errors="replace"), ["encoding not recognised; some characters replaced"]
    encoding = best.encoding
    text = data.decode(encoding, errors="replace")
    return text, [f"encoding detected as {encoding}"]


def looks_binary(text: str) -> bool:
    """True when decoded "text" is mostly control or replacement characters: random bytes, an
    image or an archive given a text suffix. Judged on a sample so large files cost nothing."""
    sample = text[:8192]
    if not sample:
        return False
    junk = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return junk > len(sample) * _MAX_JUNK_SHARE


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def markdown_title(text: str) -> str | None:
    """The first level-one `# ` heading, without its marks, or None."""
    match = _MD_HEADING.search(text)
    return match.group(1).strip() if match else None


def read_text(data: bytes, suffix: str) -> ReadResult:
    """Read a .txt or .md file's bytes. Raises Unreadable when there is no text at all."""
    text, warnings = decode_bytes(data)
    if looks_binary(text):
        raise Unreadable("the file is binary data, not text")
    text = normalise_newlines(text)
    if not text.strip():
        raise Unreadable("the file contains no text")
    is_markdown = suffix == ".md"
    return ReadResult(
        text=text,
        format="md" if is_markdown else "txt",
        title=markdown_title(text) if is_markdown else None,
        warnings=tuple(warnings),
    )
