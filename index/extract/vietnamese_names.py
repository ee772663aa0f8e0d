"""Vietnamese names: the family name first, then two or three one-syllable names, each
capitalised ("Nguyen Vu Binh", "Pham Doan Trang", "Nguyen Huu Vinh", "Hoang Viet Khanh").

The finders of a given name read "Nguyen Vu" as a pair (the census lists "Nguyen" among given
names), and the run of surnames after it stops at a word that is also a province's or a thing's
("Binh", "Trang", "Vinh"): "Nguyen Vu Binh" became "Nguyen Vu" and a person "Binh", "Pham Doan
Trang" a person and the Thai province Trang (HRW, Vietnam 2024). After one of the common family
names, a short capitalised syllable is the name's own, whatever else it may name.
"""

from __future__ import annotations

import re

# The commonest Vietnamese family names, without their diacritics as the releases write them.
FAMILY_NAMES: frozenset[str] = frozenset(
    """Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong Ly Trinh Dinh Truong""".split()
)
# One syllable of a Vietnamese name: a capital and up to five lower-case letters ("Binh", "Thuy").
SYLLABLE_RE = re.compile(r"[A-Z][a-z]{1,5}")
# Words after a name that head a place's name: "Ho Chi Minh City", "Nguyen Hue Street".
PLACE_HEADS = frozenset("City Street Road Province District Ward Commune Bridge".split())


def own_syllable(name: str, word: str) -> bool:
    """Whether `word`, written right after the person `name`, is one more syllable of a Vietnamese
    name: `name` begins with a family name and has fewer than four words, and `word` is short."""
    words = name.split()
    return (
        words[0] in FAMILY_NAMES
        and len(words) < 4
        and SYLLABLE_RE.fullmatch(word) is not None
        and word not in PLACE_HEADS
    )
