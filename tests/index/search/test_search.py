"""Search over the sample archive: the query syntax, snippets, hit offsets, facets, suggestions."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advocacy_archive.index.archive import Archive
from advocacy_archive.index.errors import QuerySyntaxError


def titles(archive: Archive, query: str, **kwargs: object) -> list[str]:
    return [h.title for h in archive.search(query, page_size=100, **kwargs).hits]


def test_stemming_finds_other_forms_of_a_word(sample_archive: Archive) -> None:
    assert sample_archive.search("refugee").total == sample_archive.search("refugees").total > 0


def test_every_hit_offset_points_at_a_matched_word_in_the_text(sample_archive: Archive) -> None:
    result = sample_archive.search("Aleppo civilians")
    assert result.total > 0
    for hit in result.hits:
        text = sample_archive.document(hit.doc_id).text
        words = {text[s:e].lower() for s, e in hit.hits}
        assert words <= {"aleppo", "civilians", "civilian"}, words
        assert "<b>" in hit.snippet


def test_phrase_matches_only_the_exact_sequence(sample_archive: Archive) -> None:
    phrase = sample_archive.search('"brutal assault on Aleppo"')
    assert [h.title for h in phrase.hits] == ["Outrage on Aleppo is No Longer Enough"]


def test_boolean_operators(sample_archive: Archive) -> None:
    both = sample_archive.search("Aleppo AND Srebrenica").total
    either = sample_archive.search("Aleppo OR Srebrenica").total
    without = sample_archive.search("Aleppo NOT Srebrenica").total
    aleppo = sample_archive.search("Aleppo").total
    assert 0 < both < aleppo <= either
    assert without == aleppo - both


def test_prefix_and_fuzzy_queries(sample_archive: Archive) -> None:
    assert sample_archive.search("Srebren*").total >= 1
    assert sample_archive.search("Srebrenca~").total >= 1


def test_title_field_and_date_range(sample_archive: Archive) -> None:
    assert "Outrage on Aleppo is No Longer Enough" in titles(sample_archive, "title:outrage")
    in_2022 = sample_archive.search("date:[2022-01-01 TO 2022-12-31]", page_size=100)
    assert in_2022.total > 0
    assert all(h.date and h.date.startswith("2022") for h in in_2022.hits)


def test_date_order_is_newest_first(sample_archive: Archive) -> None:
    dates = [h.date for h in sample_archive.search("Syria", sort="date", page_size=100).hits if h.date]
    assert dates == sorted(dates, reverse=True)


def test_pages_do_not_overlap_and_cover_the_results(sample_archive: Archive) -> None:
    first = sample_archive.search("Syria", page=1, page_size=5)
    second = sample_archive.search("Syria", page=2, page_size=5)
    assert first.total == second.total > 10
    assert not {h.doc_id for h in first.hits} & {h.doc_id for h in second.hits}


def test_facets_count_the_whole_result_set_not_the_page(sample_archive: Archive) -> None:
    result = sample_archive.search("Syria", page_size=3)
    assert len(result.hits) == 3
    assert sum(result.facets["format"].values()) == result.total
    assert set(result.facets) >= {"issuer", "actor", "target", "year", "format", "actor_type"}


def test_facet_filter_narrows_results(sample_archive: Archive) -> None:
    everything = sample_archive.search("Syria")
    html = sample_archive.search("Syria", filters={"format": ["html"]})
    assert html.total == everything.facets["format"]["html"] < everything.total
    assert all(h.format == "html" for h in html.hits)


def test_hits_without_facets_then_the_same_counts_on_their_own(sample_archive: Archive) -> None:
    # What the window does: hits first, facet counts in a second request.
    filters = {"format": ["html"]}
    full = sample_archive.search("Syria", filters=filters)
    quick = sample_archive.search("Syria", filters=filters, with_facets=False)
    assert quick.facets == {} and full.facets
    assert (quick.total, quick.hits) == (full.total, full.hits)
    assert sample_archive.facet_counts("Syria", filters=filters) == full.facets
    assert sample_archive.facet_counts("Syria") == sample_archive.search("Syria").facets != full.facets


def test_unknown_word_gets_a_did_you_mean_suggestion(sample_archive: Archive) -> None:
    result = sample_archive.search("Alepo")
    assert result.suggestion is not None and "aleppo" in result.suggestion.lower()


@pytest.mark.parametrize("broken", ['"brutal assault', "(Aleppo OR Syria", "date:[2016-01-01 TO", "Syria)"])
def test_broken_query_gets_a_clear_message_and_searching_still_works(
    sample_archive: Archive, broken: str
) -> None:
    with pytest.raises(QuerySyntaxError) as info:
        sample_archive.search(broken)
    assert info.value.hint
    assert broken[:10] in str(info.value)
    assert sample_archive.search("Aleppo").total > 0


def test_empty_query_lists_every_document(sample_archive: Archive) -> None:
    assert sample_archive.search("").total == sample_archive.stats().documents


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from(
            [*'abc "()[]{}*~:^-+?!\\/', "AND", "OR", "NOT", "title:", "date:", "TO", "aleppo", "2016", " "]
        ),
        max_size=12,
    ).map("".join)
    | st.text(max_size=30)
)
def test_any_query_string_gives_results_or_a_query_error(sample_archive: Archive, text: str) -> None:
    try:
        result = sample_archive.search(text)
    except QuerySyntaxError as exc:
        assert exc.hint
    else:
        assert result.total >= 0
