"""The last word of hrw.org's caption control ("Click to expand Image") is no part of the place the
caption names."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def test_the_caption_control_is_no_part_of_a_place() -> None:
    # hrw-news, Iraq's deportations of Syrians (2024)
    text = (
        "Iraq: Unlawful Deportations of Syrians\n\n"
        "Click to expand Image Erbil International Airport in Erbil, Iraq March 17, 2020. © 2020 Azad "
        "Lashkari/Reuters\n\n"
        "(Beirut) – Iraqi authorities in Baghdad and Erbil have arbitrarily detained and deported Syrians."
    )
    names = [a.name for a in extract(text).actors]
    assert not [n for n in names if n.startswith("Image")]
    assert "Erbil" in names
