"""Typographic hyphens read as the keyboard's: "Senator Sarah Hanson‐Young" (U+2010, what a
release's twice-decoded hyphen becomes once the import repairs its mojibake), "Attorney‐General",
"the Japan‑United States alliance" (U+2011, a State Department page's non-breaking hyphen). Every
finder writes the hyphen inside a name as "-", so a name cut at the other one was found as "Sarah
Hanson", an actor apart from "Sarah Hanson-Young" a line below. One character for one keeps every
offset into the stored text.
"""

from __future__ import annotations

from typing import Final

HYPHENS: Final = str.maketrans({"\u2010": "-", "\u2011": "-"})


def plain(text: str) -> str:
    """`text` with its typographic hyphens written as "-"; `text` itself when it has none."""
    if "\u2010" not in text and "\u2011" not in text:
        return text  # nearly every statement
    return text.translate(HYPHENS)
