"""A typographic hyphen inside a name is the hyphen every finder writes (hyphens.py): Australian
releases whose twice-decoded hyphens the import repairs to U+2010 name their senators so."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

HYPHEN = "\u2010"


def names(text: str) -> dict[str, list[str]]:
    return {a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors}


def test_a_letterhead_name_with_a_typographic_hyphen_is_the_senator_named_below() -> None:
    # Greens release, 2011 (2011-05-01-hanson-young-sarah-211352021), as the import repairs it
    text = (
        f"Senator\u00a0Sarah\u00a0Hanson{HYPHEN}Young\u00a0\u00a0 Australian\u00a0Greens\n\n"
        "Major parties in race to bottom on protesting asylum seekers\n\n"
        "“The Australian Greens have rejected a proposal by the Coalition to punish asylum seekers,” "
        "Greens Immigration  Spokesperson, Senator Sarah Hanson-Young said.\n"
    )
    found = names(text)
    assert "Sarah Hanson" not in found
    assert f"Senator\u00a0Sarah\u00a0Hanson{HYPHEN}Young" in found["Sarah Hanson-Young"]  # offsets kept
    assert "Senator Sarah Hanson-Young" in found["Sarah Hanson-Young"]


def test_a_quoted_senator_with_a_typographic_hyphen_is_one_person() -> None:
    # Porter release, 2015 (2015-11-16-porter-christian-219488258), as the import repairs it
    text = (
        f"Senator\u00a0the\u00a0Hon.\u00a0Concetta\u00a0Fierravanti{HYPHEN}Wells "
        "Assistant\u00a0Minister\u00a0for\u00a0Multicultural\u00a0Affairs\n\n"
        "“Our strong and developed settlement services framework helps them integrate into our Australian "
        f"way of life,”\u00a0Senator\u00a0Fierravanti{HYPHEN}Wells\u00a0said.\n"
    )
    found = names(text)
    assert not any(name.startswith("Concetta Fierravanti") and "Wells" not in name for name in found)
    assert len(found["Concetta Fierravanti-Wells"]) == 2
