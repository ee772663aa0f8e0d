"""A Vietnamese name runs on over its last syllable though that syllable is also a province's or a
thing's word: "Nguyen Vu Binh", "Pham Doan Trang", "Nguyen Huu Vinh" are one person each, not
"Nguyen Vu" and a person "Binh", nor a person and the Thai province Trang."""

from __future__ import annotations

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.vietnamese_names import own_syllable


def named(text: str) -> dict[str, tuple[str, list[str]]]:
    return {a.name: (a.type, [text[s:e] for s, e in a.mentions]) for a in extract(text).actors}


# HRW, 5 March 2024 (Vietnam: new wave of arrests of critics)
ARRESTS = (
    "The police arrested Nguyen Chi Tuyen and Nguyen Vu Binh on February 29, 2024, and Hoang Viet "
    "Khanh on March 1, and charged them with conducting propaganda against the state."
)
SUPPORTED = (
    "He also openly supported imprisoned rights activists including Pham Doan Trang, Can Thi Theu, "
    "Nguyen Tuong Thuy, Nguyen Huu Vinh (Ba Sam), and Nguyen Lan Thang."
)


def test_a_name_whose_last_syllable_is_a_thing_word_is_one_person() -> None:
    got = named(ARRESTS)
    assert got["Nguyen Vu Binh"] == ("person", ["Nguyen Vu Binh"])
    assert "Binh" not in got and "Nguyen Vu" not in got


def test_a_name_whose_last_syllable_is_a_province_is_no_place() -> None:
    got = named(SUPPORTED)
    assert got["Pham Doan Trang"] == ("person", ["Pham Doan Trang"])
    assert "Trang" not in got
    assert "Nguyen Huu Vinh" in got


def test_only_a_short_syllable_after_a_family_name_joins() -> None:
    assert own_syllable("Nguyen Vu", "Binh")
    assert not own_syllable("Ho Chi Minh", "City")  # "Ho Chi Minh City": the place's head
    assert not own_syllable("Nguyen Vu", "Foundation")  # a long word is no syllable
    assert not own_syllable("Kenneth Smith", "Binh")  # no Vietnamese family name first
