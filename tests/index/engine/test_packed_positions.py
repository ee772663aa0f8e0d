"""Title and body positions are stored packed (schema 8): they decode to exactly the positions and
character offsets Whoosh's own formats store, one at a time or all at once; and an archive whose
index still holds Whoosh's pickled positions (schema 7) answers phrases the same while it is
indexed again."""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path

import pytest
from whoosh import formats

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.engine.packed_positions import PackedCharacters, PackedPositions, bulk_deltas
from advocacy_archive.index.engine.schema import INDEX_SCHEMA_VERSION, make_schema
from advocacy_archive.index.ingest.readers import read_file
from tests.index.engine.old_indexes import archive_with_old_index

PHRASES = ('"the international community"', '"human rights"', '"rule of law"', '"united nations"')


def real_texts(corpus: Path) -> list[str]:
    files = sorted((corpus / "hrw-news").glob("*.txt"))[:15] + sorted((corpus / "seeds").glob("*.txt"))[:5]
    assert len(files) > 10
    return [read_file(path, path.read_bytes()).text for path in files]


def test_packed_values_decode_to_whooshs_positions_and_offsets(corpus: Path) -> None:
    body, whoosh_body = make_schema()["body"], formats.Characters()
    assert type(body.format) is PackedCharacters
    for text in real_texts(corpus):
        postings = list(body.index(text))
        assert len(postings) > 50
        for term, freq, weight, value in postings:
            entries = whoosh_body.decode_characters(whoosh_body.encode(body.format.decode_characters(value)))
            assert body.format.decode_characters(value) == entries, term
            assert body.format.decode_positions(value) == [pos for pos, _, _ in entries]
            assert body.format.decode_frequency(value) == freq == len(entries)
            assert body.format.decode_weight(value) == weight
        # one long word's offsets: past 65,535 characters, nothing wraps
        long_word = [(0, 70_000, 140_001)]
        assert body.format.decode_characters(body.format.encode(long_word)) == long_word


def test_all_values_decode_at_once_as_one_by_one(corpus: Path) -> None:
    schema = make_schema()
    for field, columns in (("body", 3), ("title", 1)):
        values = [value for text in real_texts(corpus) for _, _, _, value in schema[field].index(text)]
        counts, deltas = bulk_deltas(values, columns)
        one_by_one = [schema[field].format.decode_positions(v) for v in values]
        assert counts.tolist() == [len(p) for p in one_by_one]
        # within each value the deltas add up to its positions
        at = 0
        for positions, count in zip(one_by_one, counts.tolist(), strict=True):
            assert list(accumulate(deltas[at : at + count].tolist())) == positions
            at += count
        assert at == len(deltas) > 1000


def test_title_weights_keep_the_titles_boost() -> None:
    title = make_schema()["title"]
    assert type(title.format) is PackedPositions
    [(term, freq, weight, value)] = list(title.index("Darfur darfur"))
    assert (term, freq, weight) == (b"darfur", 2, 4.0) and title.format.decode_positions(value) == [0, 1]


def _schema_7() -> object:
    """Today's schema as schema 7 wrote it: title and body positions pickled by Whoosh."""
    schema = make_schema()
    schema["title"].format = formats.Positions(field_boost=2.0)
    schema["body"].format = formats.Characters()
    return schema


@pytest.fixture
def archive_of_schema_7(sample_archive_template: Path, tmp_path: Path) -> Path:
    return archive_with_old_index(sample_archive_template, tmp_path / "seven", _schema_7(), "7")


def _answers(archive: Archive) -> dict[str, tuple[int, dict[int, object]]]:
    """Each phrase's count, and each document's highlighted spans and snippet (not the scores: an
    index rebuilt from the catalog holds no deleted documents, which idf counts)."""
    found = {}
    for phrase in PHRASES:
        result = archive.search(phrase, page_size=1000)
        found[phrase] = (result.total, {h.doc_id: (h.hits, h.snippet) for h in result.hits})
    return found


def test_an_index_of_pickled_positions_answers_phrases_alike_until_upgraded(
    archive_of_schema_7: Path, sample_archive: Archive
) -> None:
    today = _answers(sample_archive)
    assert all(total > 0 for total, _ in today.values())
    with Archive.open(archive_of_schema_7) as archive:
        assert archive.index_outdated
        assert _answers(archive) == today
        assert archive.upgrade_index() == archive.search("").total
        assert not archive.index_outdated
        assert _answers(archive) == today
    assert (archive_of_schema_7 / "whoosh" / "SCHEMA_VERSION").read_text() == INDEX_SCHEMA_VERSION == "8"
