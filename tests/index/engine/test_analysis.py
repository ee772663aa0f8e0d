"""The index holds exactly what Whoosh's own analyzer would have written, though import workers
compute the postings with index/engine/analysis.py: same terms, frequencies, weights and
positions, so phrases and hit offsets behave as Whoosh documents them."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from advocacy_archive.index.engine.analysis import FastPostings
from advocacy_archive.index.engine.schema import make_schema
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


def test_words_are_kept_as_written_with_their_small_words() -> None:
    text = "The refugees' refugee camps: a U.S. e-mail of 3.5 İstanbul ÉTATS and the the is x café's"
    assert BODY(text) == whoosh_postings("body", text)
    terms = [t for t, *_ in BODY(text)]
    assert {b"refugees", b"refugee", b"the", b"of", b"x"} <= set(terms)  # nothing stemmed or dropped
    assert b"refuge" not in terms


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*"aeiouy bcdst.'-\n*İßÉ1", "the ", "and ", "ing "]), max_size=120).map("".join)
)
def test_any_text_gets_whooshs_postings(text: str) -> None:
    assert BODY(text) == whoosh_postings("body", text)
    assert TITLE(text) == whoosh_postings("title", text)
