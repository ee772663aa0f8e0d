"""Runs of spaces where a scraped page lost a full stop between two capitalised words.

U.S. Senate releases were scraped without their punctuation: a full stop became a run of spaces,
and a name read on over it took the next sentence's first word ("…in Darfur  said Senator Clinton
Despite repeated assurances", "the people of Burma    In the weeks…", "the children of Iraq   And
I…"), or a letter's closing ("the people of Burma  Sincerely   Senator Dianne Feinstein"). A
justified page's runs of spaces fall inside names as well ("SENATOR PATRICK        LEAHY", "Peter
Welch", "General      Colin Powell"), and an OCR'd release's two-space gaps anywhere ("Senator Sarah
Hanson-Young", "the Howard  Government"): only an ordinary word after a wide run, or a closing after
any, says that a sentence begins there.
"""

from __future__ import annotations

WIDE = 3  # a justified line's or a lost stop's run; two spaces are an OCR'd release's gap too
# The closings of a letter, which end the sentence before them after any run of spaces.
CLOSINGS = frozenset({"Sincerely", "Respectfully"})


def sentence_after(gap: str, word: str, common: frozenset[str]) -> bool:
    """Whether `word`, after the white space `gap` that follows a name's word, begins a sentence."""
    if "\n" in gap or len(gap) < 2:
        return False
    if word.rstrip(",") in CLOSINGS:
        return True
    return len(gap) >= WIDE and word[:1].isupper() and word.lower() in common
