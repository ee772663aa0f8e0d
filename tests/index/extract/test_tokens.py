"""The fast word-start search finds exactly what the plain pattern finds, on real text too."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from advocacy_archive.index.extract import keywords, tokens
from advocacy_archive.index.extract.people import SAID_AFTER_RE, SAID_WORDS
from advocacy_archive.index.extract.tokens import WordStarts, cap_words, match_at, occurrences

BODY = r"(?:the(?=\s+un)|un(?:ited)?|a|sa|no(?![a-z]))"
TRICKY = [
    "united nations",  # at the text's start
    "réunited, 2un _un un_ 'un' “the un” a-un",  # a non-ASCII letter, a digit, "_", quotes
    "aaa a sa  saa unun un-a",  # inside words, a match right after another
    "the the un nothing no",
    "",
]


@pytest.mark.parametrize("text", TRICKY)
@pytest.mark.parametrize("underscore", [False, True])
def test_word_starts_match_the_look_behind_pattern(text: str, underscore: bool) -> None:
    plain = re.compile((r"\b" if underscore else r"(?<![^\W_])") + BODY)
    assert WordStarts(BODY, underscore).spans(text) == [m.span() for m in plain.finditer(text)]


def test_word_starts_match_the_look_behind_pattern_on_real_statements(corpus: Path) -> None:
    plain = re.compile(r"(?<![^\W_])" + BODY)
    starts = WordStarts(BODY)
    files = sorted((corpus / "un-speeches").glob("*.txt"))[:5]
    assert files
    for f in files:
        low = f.read_text(encoding="utf-8-sig").lower()
        assert starts.spans(low) == [m.span() for m in plain.finditer(low)]


OTHER = r"(?:un(?:ited)?\s+nations|nations?|no)"


@pytest.mark.parametrize("text", TRICKY)
def test_patterns_searched_together_find_what_each_finds_alone(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The actor finder's and the demand finder's word starts share one pass over a document."""
    monkeypatch.setattr(tokens, "_TOGETHER", {})
    one, other = WordStarts(BODY, name="one"), WordStarts(OTHER, underscore=True, name="other")
    alone_one = [m.span() for m in re.compile(r"(?<![^\W_])" + BODY).finditer(text)]
    alone_other = [m.span() for m in re.compile(r"\b" + OTHER).finditer(text)]
    assert (one.spans(text), other.spans(text)) == (alone_one, alone_other)
    assert other.spans(text) == alone_other  # remembered from the pass made for the first


def test_capitalised_words_are_found_at_capitals_beyond_ascii_and_never_inside_a_word() -> None:
    text = "iPhone Élysée said 3D Ωmega Ärger _Under x.Y ǅemal"
    assert cap_words(text) == [
        (7, "Élysée"),
        (22, "Ωmega"),
        (28, "Ärger"),
        (35, "Under"),
        (43, "Y"),
        (45, "ǅemal"),
    ]
    # the plain definition: a letter other than a-z, not preceded by a letter or digit
    plain = re.compile(r"[^\W\d_a-z](?<![^\W_].)[^\W_]*")
    every = "".join(f" {chr(i)}x a{chr(i)}" for i in range(0x2500) if not 0xD800 <= i <= 0xDFFF)
    assert cap_words(every) == [(m.start(), m.group()) for m in plain.finditer(every)]


def test_a_pattern_tried_where_its_first_words_occur_finds_what_finditer_finds(corpus: Path) -> None:
    text = "Officials said Jane Doe and Hasaid Omar Khan says Jo Bloggs, according to Ann Lee Smith said."
    texts = [text] + [
        f.read_text(encoding="utf-8-sig") for f in sorted((corpus / "un-speeches").glob("*.txt"))[:5]
    ]
    for t in texts:
        found = match_at(SAID_AFTER_RE, t, occurrences(t, SAID_WORDS))
        assert [m.span() for m in found] == [m.span() for m in SAID_AFTER_RE.finditer(t)]
    assert [w for _, w in occurrences("camprovince camp", ("camp", "province"))] == [
        "camp",
        "province",
        "camp",
    ]


def _found_one_by_one(text: str, words: tuple[str, ...]) -> list[tuple[int, str]]:
    """The definition: every occurrence of each word, overlapping ones too, in text order."""
    return sorted((i, w) for w in words for i in range(len(text)) if text.startswith(w, i))


def test_keywords_found_in_one_pass_are_every_occurrence_of_each_finders_words(corpus: Path) -> None:
    """Finders ask for their words in turn, each from the one pass over the text; a finder's
    new words, a word inside another's ("ebel" in "ebels", "rebel group") and overlapping ones
    ("--") are found as a search for each word alone finds them."""
    rebels = "Rebels and rebel groups -- the rebels' allies -- said so; a rebel group, Ebel."
    texts = [rebels] + [
        f.read_text(encoding="utf-8-sig") for f in sorted((corpus / "hrw-news").glob("*.txt"))[:3]
    ]
    asks = [("ebel", "ebels", "ebel group"), ("-", "--"), ("said", "says", "according to"), ("camp", "s of ")]
    for t in texts:
        for words in asks:
            assert occurrences(t, words) == _found_one_by_one(t, words)
            assert keywords.has_any(t, words) == any(w in t for w in words)
    assert keywords.has_any(rebels, ("ebel group",)) and not keywords.has_any(rebels, ("militia",))


@pytest.mark.parametrize("text", [*TRICKY, "United nations THE UN", "Ésa é-un Un"])
@pytest.mark.parametrize("flags", [0, re.I])
def test_a_search_from_word_starts_finds_what_the_boundary_pattern_finds(text: str, flags: int) -> None:
    """WordSearch (the call-on search) against "\\b" + body, from every start and to every end."""
    body = re.compile(BODY, flags)
    plain = re.compile(r"\b" + BODY, flags)
    fast = tokens.WordSearch(body)
    for pos in range(len(text) + 1):
        for endpos in range(pos, len(text) + 1):
            got, want = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
            assert (got and got.span()) == (want and want.span()), (text, pos, endpos)


def test_the_call_on_search_finds_what_its_boundary_pattern_finds_in_real_statements(corpus: Path) -> None:
    from advocacy_archive.index.extract import call_ons, triggers

    for same, rx in (
        (True, triggers.lowered_pattern(call_ons._call_on_re())),
        (False, call_ons._call_on_re()),
    ):
        plain = re.compile(r"\b" + rx.pattern, rx.flags)
        fast = call_ons._call_on_search(same)
        files = sorted((corpus / "hrw-news").glob("*.txt"))[:120:4]
        assert files
        found = 0
        for f in files:
            text = f.read_text(encoding="utf-8-sig")
            text = text.lower() if same else text
            for s, e in tokens.sentences(text):
                pos = s
                while (want := plain.search(text, pos, e)) is not None:
                    got = fast.search(text, pos, e)
                    assert got is not None and got.regs == want.regs
                    found += 1
                    pos = want.start() + 1
                assert fast.search(text, pos, e) is None
        assert found > 10  # the statements hold calls on someone to act


def test_prepare_builds_what_the_first_statement_would_build() -> None:
    from advocacy_archive.index.extract import actors, authority, prepare

    prepare()
    assert id(authority()) in actors._STARTS
    assert tokens._JOINT[0] == tuple(tokens._TOGETHER.values())


@pytest.mark.parametrize("text", TRICKY)
def test_word_starts_told_their_first_letters_find_the_same(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The letters every match begins with make the pass skip other places, never a match."""
    monkeypatch.setattr(tokens, "_TOGETHER", {})
    monkeypatch.setattr(tokens, "_JOINT_LAST", ())
    alone_one = [m.span() for m in re.compile(r"(?<![^\W_])" + BODY).finditer(text)]
    alone_other = [m.span() for m in re.compile(r"\b" + OTHER).finditer(text)]
    assert WordStarts(BODY, firsts="tuasn").spans(text) == alone_one
    one = WordStarts(BODY, name="one", firsts="tuasn")
    other = WordStarts(OTHER, underscore=True, name="other", firsts="un")
    assert (one.spans(text), other.spans(text)) == (alone_one, alone_other)
    assert "(?=[" in tokens._JOINT[1].pattern  # type: ignore[union-attr]


def test_titles_tried_at_their_first_words_find_what_a_look_at_each_capital_finds(corpus: Path) -> None:
    from advocacy_archive.index.extract.people import TITLE_FIRST, TITLED_RE

    def one_by_one(text: str) -> list[tuple[int, int]]:  # the definition: each capital in turn
        spans, end = [], 0
        for pos, word in cap_words(text):
            if pos >= end and word in TITLE_FIRST and (m := TITLED_RE.match(text, pos)):
                spans.append(m.span())
                end = max(m.end(), pos + 1)
        return spans

    files = sorted((corpus / "press-releases").glob("*.txt"))[:200:10]
    texts = ["Senator Don Chipp and Senator Senator Jo Vallentine met Dr Ann Lee."]
    texts += [f.read_text(encoding="utf-8-sig") for f in files]
    found = 0
    for t in texts:
        spans = [m.span() for m in match_at(TITLED_RE, t, cap_words(t), TITLE_FIRST)]
        assert spans == one_by_one(t)
        found += len(spans)
    assert found > 20  # the releases name their ministers and senators by title


def test_renewed_calls_sought_behind_their_nouns_are_those_found_without(corpus: Path) -> None:
    from advocacy_archive.index.extract import renewed_calls

    texts = [
        "We renew our call to all influential Powers to cease procrastinating. "
        "JORDAN REPEATS ITS REQUEST TO THE SECRETARY-GENERAL TO REDOUBLE HIS EFFORTS. "
        "We reiterate our appeals\nto the Council to act.",
    ]
    assert _gated_as_ungated(renewed_calls.find, texts, corpus) >= 4  # the three above and one speech


def test_appeals_sought_where_appeal_occurs_are_those_found_without(corpus: Path) -> None:
    from advocacy_archive.index.extract import appeals

    texts = [
        "Bolivia, in its traditional spirit of peace, appeals earnestly to the Governments to take "
        "constructive decisions. I AM APPEALING TO THE INTERNATIONAL COMMUNITY TO ASSIST US. "
        "We appeal to the international community for assistance.",
    ]
    assert _gated_as_ungated(appeals.find, texts, corpus) >= 2


Finder = Callable[[str, str, int, int], Iterable[object]]


def _gated_as_ungated(find: Finder, texts: list[str], corpus: Path) -> int:
    """How many a finder gated on its word finds in the texts and the UN speeches, checking that it
    finds the same without the gate (a `low` of another length is the search without it)."""
    files = sorted((corpus / "un-speeches").glob("*.txt"))
    found = 0
    for t in texts + [f.read_text(encoding="utf-8-sig") for f in files]:
        low = t.lower()
        for s, e in tokens.sentences(t):
            gated = list(find(t, low, s, e))
            assert gated == list(find(t, "", s, e))
            found += len(gated)
    return found


def test_a_name_scanned_mid_document_leaves_the_documents_word_starts_in_place() -> None:
    """The issuer looks a name up (an actor scan of "Human Rights Watch") between the document's
    actor scan and its demand triggers: the document's lower-cased text and word-start pass must
    still be the ones remembered, or demand finding runs the pass over the whole text again."""
    from advocacy_archive.index.extract import actors, authority, prepare

    prepare()
    doc = "Human Rights Watch urged the Government of Kenya to release the journalists. " * 3
    low = tokens.lowered(doc)
    spans = tokens._spans_together(low)
    actors.scan("Lawyers for Human Rights", authority())
    assert tokens.lowered(doc) is low
    assert tokens._spans_together(low) is spans
