"""Clean text before anything reads it: mojibake repaired (ftfy), letter-spaced words joined,
soft hyphens read as the page meant them.

Some statements hold UTF-8 that was decoded as Latin-1 or Windows-1252 once or twice on its way
to us ("timeÃ¢Â€Â limits" for "time limits"): shown so, and indexed so, a search for the real
word misses them. ftfy, made for exactly this, undoes it; only its encoding fixes run here (its
other fixes, such as straightening curly quotes, would change correct text). The repair comes
before extraction and indexing, since every offset found later points into the repaired text;
the original bytes stay untouched in `originals/`, and the record says what was repaired.

ftfy's own test for mojibake costs about 1.4 ms on a press release, which every document would
pay; an ASCII text cannot hold mojibake, and a regular expression for the character pairs that
UTF-8 read as Latin-1 or Windows-1252 produces decides the rest in microseconds. Only a text
that passes both is handed to ftfy (2–3 ms for one that needs it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .letter_spacing import join_letter_spacing
from .soft_hyphens import join_soft_hyphens

MOJIBAKE = "mojibake"
LETTER_SPACING = "letter-spacing"
SOFT_HYPHENS = "soft-hyphens"

# A UTF-8 lead byte (C2–EF) read as Latin-1/Windows-1252, followed by a continuation byte
# (80–BF) read so: "Ã©" for "é", "â€™" for "’", "Ã¢Â€Â" for a twice-decoded dash.
_SUSPECT = re.compile(
    "[\u00c2-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


@dataclass(frozen=True)
class Repaired:
    text: str
    repairs: tuple[str, ...] = ()  # what was repaired: MOJIBAKE, LETTER_SPACING, SOFT_HYPHENS


def may_be_mojibake(text: str) -> bool:
    """The cheap test: False for nearly every text, True for one ftfy should look at."""
    return not text.isascii() and _SUSPECT.search(text) is not None


def fix_mojibake(text: str) -> str:
    """`text` with mojibake undone by ftfy (encoding fixes only); unchanged when it has none."""
    if not may_be_mojibake(text):
        return text
    import ftfy  # loaded on first use: most archives never need it
    from ftfy.badness import is_bad

    if not is_bad(text):
        return text
    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return ftfy.fix_text(text, config)


def repair_text(text: str) -> Repaired:
    """`text` cleaned, and what was done to it."""
    repairs: list[str] = []
    fixed = fix_mojibake(text)
    if fixed != text:
        repairs.append(MOJIBAKE)
    joined = join_letter_spacing(fixed)
    if joined != fixed:
        repairs.append(LETTER_SPACING)
    # after the mojibake repair, which gives back the soft hyphens a wrong decoding hid ("Â\u00ad")
    unhyphenated = join_soft_hyphens(joined)
    if unhyphenated != joined:
        repairs.append(SOFT_HYPHENS)
    return Repaired(unhyphenated, tuple(repairs))


def repair_pages(text: str, page_starts: tuple[int, ...]) -> tuple[Repaired, tuple[int, ...]]:
    """`repair_text` page by page, so that each page's starting offset stays right."""
    if not page_starts:
        return repair_text(text), page_starts
    bounds = [*page_starts, len(text)]
    pieces = [repair_text(text[start:end]) for start, end in zip(bounds, bounds[1:], strict=False)]
    starts, offset = [], 0
    for piece in pieces:
        starts.append(offset)
        offset += len(piece.text)
    repairs = tuple(dict.fromkeys(r for piece in pieces for r in piece.repairs))
    return Repaired("".join(piece.text for piece in pieces), repairs), tuple(starts)
