"""Mojibake repaired before extraction and indexing, the originals untouched, the record saying
so; cheap for the texts that need nothing. Real press releases from ../shared/corpus."""

from __future__ import annotations

import time
from pathlib import Path

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.ingest.record.soft_hyphens import join_soft_hyphens
from advocacy_archive.index.ingest.record.text_repair import (
    MOJIBAKE,
    SOFT_HYPHENS,
    may_be_mojibake,
    repair_pages,
    repair_text,
)
from tests.document_files import make_pdf

DOUBLE_ENCODED = "2012-05-23-hanson-young-sarah-211373692.txt"  # "timeÃ¢Â€Â limits on detention"


def test_double_encoded_text_is_repaired_searchable_and_marked(archive_dir: Path, corpus: Path) -> None:
    path = corpus / "press-releases" / DOUBLE_ENCODED
    raw = path.read_bytes()
    assert "timeÃ¢Â\x80Â\x90limits".encode() in raw
    with Archive.open(archive_dir) as archive:
        (outcome,) = archive.import_paths([path], jobs=1).imported
        doc = archive.document(outcome.doc_id)
        assert "time\u2010limits" in doc.text
        # 9 sequences, one of which lost a byte on the way: ftfy leaves that one as it is.
        assert raw.decode("utf-8").count("Ã") == 9 and doc.text.count("Ã") == 1
        assert doc.text_repairs == (MOJIBAKE,)
        assert archive.search('"time limits" detention').total == 1
        assert archive.original_path(doc.id).read_bytes() == raw  # the original as it came


def test_clean_text_is_left_exactly_as_it_was(corpus: Path) -> None:
    for path in sorted((corpus / "hrw-news").glob("2024-01-*.txt")):
        text = path.read_text(encoding="utf-8")
        repaired = repair_text(text)
        assert repaired.text is text and repaired.repairs == (), path.name


def test_the_cheap_test_passes_few_texts_that_need_nothing(corpus: Path) -> None:
    paths = [*(corpus / "hrw-news").glob("*.txt"), *(corpus / "un-speeches").glob("*.txt")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(paths)]
    started = time.perf_counter()
    flagged = [t for t in texts if may_be_mojibake(t)]
    per_text = (time.perf_counter() - started) / len(texts)
    # Curly quotes and accents are not mojibake; "Bozizé’s" looks like it, and ftfy says no.
    assert len(flagged) <= len(texts) * 0.01 and per_text < 0.0005
    assert all(repair_text(t).repairs == () for t in flagged)
    assert may_be_mojibake((corpus / "press-releases" / DOUBLE_ENCODED).read_text(encoding="utf-8"))


def test_repairs_keep_each_pdf_page_where_it_starts(archive_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "statement.pdf"
    path.write_bytes(make_pdf(["N E W S  R E L E A S E", "Aleppo must be reached."]))
    with Archive.open(archive_dir) as archive:
        (outcome,) = archive.import_paths([path], jobs=1).imported
        doc = archive.document(outcome.doc_id)
        hit = archive.search("Aleppo").hits[0]
        assert doc.text.startswith("NEWS  RELEASE")
        assert doc.text[doc.page_starts[1] :].startswith("Aleppo")
        assert "p. 2" in archive.citation(doc.id, hit.hits[0][0])


def test_page_offsets_follow_a_shorter_repaired_page() -> None:
    text = "timeÃ¢Â\x80Â\x90limits on detention today\n\nsecond page"
    repaired, starts = repair_pages(text, (0, text.index("second")))
    assert repaired.text[starts[1] :] == "second page"


def test_words_a_typeset_page_broke_at_a_soft_hyphen_are_whole_again(archive_dir: Path, corpus: Path) -> None:
    # Hayden, 1987: the page broke "Swazi- land", "Develop- ment" and "UN Chil- dren's Fund" at
    # soft hyphens, which a wrong decoding also turned into "Â­": the reader showed "SwaziÂ­ land".
    path = corpus / "press-releases" / "1987-09-16-hayden-bill-214050027.txt"
    raw = path.read_bytes()
    assert "SwaziÂ\u00ad land".encode() in raw
    with Archive.open(archive_dir) as archive:
        (outcome,) = archive.import_paths([path], jobs=1).imported
        doc = archive.document(outcome.doc_id)
        assert "Mozambique, Swaziland, Tanzania" in doc.text
        assert "UN Development Program" in doc.text and "\u00ad" not in doc.text
        assert SOFT_HYPHENS in doc.text_repairs
        assert archive.search("Swaziland").total == 1
        assert archive.original_path(doc.id).read_bytes() == raw


def test_a_soft_hyphen_reads_as_the_page_shows_it(corpus: Path) -> None:
    # HRW, 2024 (a joint letter): hyphenation points inside words, invisible on the page
    letter = (
        corpus
        / "hrw-news"
        / ("2024-02-26-joint-ngo-letter-calls-renewal-un-commission-human-rights-south-sudan-critical.txt")
    )
    text = join_soft_hyphens(letter.read_text(encoding="utf-8"))
    assert "Commission for Truth, Reconciliation and Healing" in text and "CHRSS’s mandate" in text
    # Plibersek, 2015: a release that writes soft hyphens for plain ones ("2017­18")
    release = corpus / "press-releases" / "2015-10-16-plibersek-tanya-217223627.txt"
    text = join_soft_hyphens(release.read_text(encoding="utf-8"))
    assert "2017-18" in text and "out-of-school" in text and "anti-corruption" in text
    # a compound broken at a line's end keeps its hyphen; text without soft hyphens is left alone
    assert join_soft_hyphens("the countries of South\u00ad East Asia") == "the countries of South-East Asia"
    plain = "No soft hyphen here."
    assert join_soft_hyphens(plain) is plain
