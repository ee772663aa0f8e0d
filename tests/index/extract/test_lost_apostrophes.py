"""A text scraped without punctuation ("Burma s military government") keeps its possessives: the
organ after "X s" is X's, not that of the state the text names most, and the offsets stay those of
the text as stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract

CORPUS = Path(__file__).resolve().parents[4] / "shared" / "corpus"
# Senator Klobuchar's release of the Senate women's letter to India's prime minister about Burma
LETTER = CORPUS / "us-senate" / "24Oct2007Klobuchar197.txt"


def groups(text: str, source_name: str | None = None) -> dict[str, list[str]]:
    found = extract(text, source_name=source_name).actors
    return {a.name: [text[s:e] for s, e in a.mentions] for a in found}


def test_an_organ_after_a_lost_apostrophe_is_the_possessors() -> None:
    # Senate releases, 2007: the scrape turned every apostrophe into a space
    text = (
        "We join the growing international condemnation of Burma s military government and its "
        "brutal repression of its own citizens   As the world s "
        "largest democracy  India should use its influence to put pressure on the regime"
    )
    found = groups(text, "24Oct2007Klobuchar197.txt")
    assert found["Government of Myanmar"] == ["Burma s military government", "the regime"]
    assert found["People of Myanmar"] == ["its own citizens"]
    assert "Government of India" not in found or "the regime" not in found["Government of India"]


def test_a_text_that_writes_its_apostrophes_is_read_as_written() -> None:
    # a lone "s" where the text has apostrophes elsewhere is no possessive of ours to restore
    text = "India's envoy met the Burma s delegation. The government of India urged restraint."
    assert "Government of Myanmar" not in groups(text)


@pytest.mark.skipif(not LETTER.exists(), reason="needs ../shared/corpus")
def test_the_letter_about_burma_names_burmas_junta_not_indias_government() -> None:
    text = LETTER.read_text(encoding="utf-8")
    found = groups(text, LETTER.name)
    assert "its own citizens" in found["People of Myanmar"]
    assert "the regime" in found["Government of Myanmar"]
    assert "India s ongoing military" in found["Armed forces of India"]
