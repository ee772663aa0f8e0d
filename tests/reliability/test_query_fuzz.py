"""Query input: any string typed into the search box or the CLI gives results or a clear query
error, never an exception or a traceback (property-based, with hypothesis)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.cli.commands import main
from advocacy_archive.index.errors import QuerySyntaxError
from advocacy_archive.index.models import SearchResult

SYNTAX = [
    "AND",
    "OR",
    "NOT",
    "ANDNOT",
    "ANDMAYBE",
    '"',
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "*",
    "?",
    "~",
    "~2",
    "^",
    "^3",
    ":",
    "title:",
    "body:",
    "issuer:",
    "actor:",
    "target:",
    "place:",
    "format:",
    "date:",
    "date:[",
    " TO ",
    "2016",
    "2016-13-45",
    "-",
    "+",
    "\\",
    "'",
    "/",
    "<",
    ">",
    "=",
    "!",
    "&&",
    "||",
    "syria",
    "Aleppo",
    "human rights",
    "release",
    "detainees",
    "ÄÖü",
    "σύρια",
    "сирия",
    "سوريا",
    "叙利亚",
    "\u200b",
    "\x00",
    "\n",
    "\t",
    " ",
    "nosuchfield:",
    "*:*",
    "id:1",
    "format:pdf",
    "…",
]
DATES = st.sampled_from(["2016", "2016-12", "2016-12-31", "2016-13-45", "x", "", "0", "99999", "2016-02-30"])
queries = st.one_of(
    st.text(max_size=60),
    st.builds("date:[{} TO {}]".format, DATES, DATES),
    st.builds(
        "{}:{}".format,
        st.sampled_from(["date", "title", "issuer", "actor", "format"]),
        DATES | st.text(max_size=8),
    ),
    st.lists(st.sampled_from(SYNTAX) | st.text(max_size=6), max_size=12).map("".join),
    st.lists(st.sampled_from(SYNTAX), min_size=1, max_size=8).map(" ".join),
)
EXAMPLES = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def archive_dir(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("fuzz") / "archive"
    with Archive.open(folder) as archive:
        archive.import_paths(sorted((corpus / "seeds").glob("*.txt"))[:6], jobs=1)
    yield folder


@pytest.fixture(scope="module")
def archive(archive_dir: Path) -> Iterator[Archive]:
    with Archive.open(archive_dir) as opened:
        yield opened


@EXAMPLES
@given(text=queries)
def test_any_query_gives_results_or_a_query_error(archive: Archive, text: str) -> None:
    try:
        result = archive.search(text, page_size=5)
    except QuerySyntaxError as exc:
        assert str(exc) and "\n" not in exc.hint
        return
    assert isinstance(result, SearchResult) and result.total >= len(result.hits)


@EXAMPLES
@given(text=queries, sort=st.sampled_from(["relevance", "date"]), page=st.integers(-3, 5))
def test_cli_search_gives_results_or_one_line_error_with_status_2(
    archive_dir: Path, text: str, sort: str, page: int
) -> None:
    # "--" keeps a query that starts with "-" from being read as an option, as in a shell
    argv = ["--archive", str(archive_dir), "search", "--sort", sort, "--page", str(page), "--", text]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    assert "Traceback" not in err.getvalue() + out.getvalue()
    if status == 0:
        assert "document(s) for" in out.getvalue() and not err.getvalue()
    else:
        assert status == 2, (status, err.getvalue())
        lines = err.getvalue().splitlines()
        assert len(lines) == 1 and lines[0].startswith("advocacy-archive: "), err.getvalue()


@pytest.mark.parametrize("text", ['"unclosed', "date:[2016 TO", "(a OR b", "x" * 5000, "title:)"])
def test_known_broken_queries_get_a_clear_cli_message(archive_dir: Path, text: str) -> None:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        status = main(["--archive", str(archive_dir), "search", "--", text])
    assert status == 2
    message = err.getvalue()
    assert message.startswith("advocacy-archive: Cannot search for") and message.count("\n") == 1
