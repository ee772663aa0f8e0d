"""The index holds exactly what Whoosh's own analyzer would have written, though import workers
compute the postings with index/postings.py: same terms, frequencies, weights and positions, so
phrases, stemming, stop words and hit offsets behave as Whoosh documents them."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from advocacy_archive.index.engine.analysis import FastPostings
from advocacy_archive.index.engine.search_index import make_schema
from advocacy_archive.index.ingest.readers import read_file

SCHEMA = make_schema()
BODY, TITLE = FastPostings(SCHEMA["body"]), FastPostings(SCHEMA["title"])


def whoosh_postings(field: str, text: str) -> list[tuple[bytes, int, float, bytes]]:
    return list(SCHEMA[field].index(text))


def test_real_documents_get_whooshs_postings(corpus: Path) -> None:
    files = sorted((corpus / "hrw-news").glob("*.txt"))[:40] + sorted((corpus / "seeds").glob("*.txt"))
    files += sorted((corpus / "us-state-dept").rglob("*.html"))[:10]
    assert len(files) > 20
    for path in files:
        text = read_file(path, path.read_bytes()).text
        assert BODY(text) == whoosh_postings("body", text), path.name
        assert TITLE(text[:120]) == whoosh_postings("title", text[:120]), path.name


def test_stop_words_short_words_and_stems_match_whoosh() -> None:
    text = "The refugees' refugee camps: a U.S. e-mail of 3.5 İstanbul ÉTATS and the the is x café's"
    assert BODY(text) == whoosh_postings("body", text)
    terms = [t for t, *_ in BODY(text)]
    assert b"refuge" in terms and b"the" not in terms and b"x" not in terms


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"aeiouy bcdst.'-\n*İßÉ1", "the ", "and ", "ing "]), max_size=120).map("".join)
)
def test_any_text_gets_whooshs_postings(text: str) -> None:
    assert BODY(text) == whoosh_postings("body", text)
    assert TITLE(text) == whoosh_postings("title", text)


def test_the_cache_of_stems_stays_bounded(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("advocacy_archive.index.engine.analysis.STEM_CACHE_LIMIT", 3)
    fresh = FastPostings(SCHEMA["body"])
    text = "walking talking running jumping singing walking"
    assert fresh(text) == whoosh_postings("body", text)
    assert len(fresh._stems) <= 3
