"""The agreement figures of the benchmark: what they count, so a table in RESULTS.md means what its
caption says."""

from __future__ import annotations

from benchmarks import agreement


def test_two_engines_returning_the_same_page_and_count_agree_fully() -> None:
    got = agreement.summary([[1, 2, 3]], [[3, 2, 1]], [30], [30])
    assert got["overlap_at_20"] == 1.0 and got["counts_equal"] == 1.0 and got["count_ratio_median"] == 1.0


def test_counts_within_a_tenth_are_close_but_not_equal() -> None:
    got = agreement.summary([[1], [2]], [[1], [9]], [100, 10], [95, 20])
    assert got["counts_equal"] == 0.0 and got["counts_within_10pct"] == 0.5
    assert got["overlap_at_20"] == 0.5


def test_a_kind_neither_engine_found_anything_for_says_nothing() -> None:
    got = agreement.summary([[]], [[]], [0], [0])
    assert got["queries"] == 0 and got["overlap_at_20"] is None and got["counts_equal"] is None


def test_fts5_is_not_compared_on_fuzzy_terms_it_cannot_ask() -> None:
    runs = {
        name: {"ids": [[1], [2]], "totals": [1, 5 if name == "whoosh" else 1]}
        for name in ("whoosh", "fts", "tantivy")
    }
    got = agreement.by_kind(["term", "fuzzy"], runs)
    assert "fuzzy" not in got["whoosh/fts"] and "fuzzy" in got["whoosh/tantivy"]
    assert "fuzzy" not in got["fts/tantivy"]


def test_the_most_disagreeing_queries_come_first_at_most_three_of_a_kind() -> None:
    kinds = ["fuzzy"] * 5 + ["term", "term"]
    search = {
        "kinds": kinds,
        "whoosh_totals": [100, 90, 80, 70, 60, 10, 5],
        "tantivy_totals": [0, 0, 0, 0, 0, 1, 5],
        "whoosh_ids": [[1]] * 5 + [[1], [2]],
        "tantivy_ids": [[]] * 5 + [[1], [2]],
    }
    chosen = agreement.most_disagreeing(search, "whoosh", "tantivy", count=10)
    assert chosen == [0, 1, 2, 5]  # the agreeing term query is left out
