"""A pattern searched only on the lines holding its word finds what it finds on the whole text."""

from __future__ import annotations

from pathlib import Path

from advocacy_archive.index.extract import line_search
from advocacy_archive.index.extract.rapporteurs import RAPPORTEUR_RE
from advocacy_archive.index.extract.un_mechanisms import KIND_WORDS, MECHANISM_RE

EDGES = [
    # a title ending the text, ending a line, broken across lines, after a word joined to it
    "They met the UN Special Rapporteur on torture",
    "the UN Special Rapporteur on the right to food\nhas written. Former Special\nRapporteur on Iran",
    "xthe Special Rapporteur;\r\nthe UN Working Group on Arbitrary Detention\nWorking Group",
    "an Independent International Commission of Inquiry on Syria and the UN Fact-Finding\tMission",
]


def test_line_search_finds_what_the_whole_text_search_finds(corpus: Path) -> None:
    folders = ("hrw-news", "un-speeches", "press-releases", "us-senate")
    texts = [p.read_text(encoding="utf-8-sig") for f in folders for p in sorted((corpus / f).glob("*.txt"))]
    found = 0
    # the texts each finder searches (the others: nothing to compare, and seconds of searching)
    searches = (
        (RAPPORTEUR_RE, ("apporteur",), ("apporteur",)),
        (MECHANISM_RE, KIND_WORDS, ("Working Group", "Fact-Finding", "of Inquiry")),
    )
    for rx, words, gate in searches:
        for text in [t for t in texts + EDGES if any(w in t for w in gate)]:
            whole = [(m.span(), m.groupdict()) for m in rx.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in line_search.finditer(rx, text, words)] == whole
            found += len(whole)
    assert found > 100  # the corpus names rapporteurs and working groups: the test can fail
