"""The sentence splitter (tokens.sentences): where sentences end, also after its speed-ups."""

from __future__ import annotations

from advocacy_archive.index.extract.tokens import sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_full_stops_question_and_exclamation_marks_end_sentences_before_a_capital() -> None:
    text = 'The camp was closed. Why now?! "Release them," she said. 12 people left.'
    assert _split(text) == [
        "The camp was closed.",
        "Why now?!",
        '"Release them," she said.',
        "12 people left.",
    ]


def test_a_closing_quotation_mark_stays_with_its_sentence() -> None:
    assert _split("He said “stop the raids.” The minister refused.") == [
        "He said “stop the raids.”",
        "The minister refused.",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Mr. Smith met Dr. Jones and Sen. Brownback. Then J. K. Rowling spoke."
    assert _split(text) == ["Mr. Smith met Dr. Jones and Sen. Brownback.", "Then J. K. Rowling spoke."]


def test_us_ends_a_sentence_only_before_a_word_that_cannot_continue_it() -> None:
    assert _split("Aid went to the U.S. Government agencies. We left the U.S. The talks ended.") == [
        "Aid went to the U.S. Government agencies.",
        "We left the U.S.",
        "The talks ended.",
    ]


def test_a_blank_line_ends_a_sentence_unless_the_text_runs_on() -> None:
    text = (
        "Urgent appeal\n\nThe council today\n\nurged the Minister, \n\nAustralia and others to act."
        "\n\n  Contact us"
    )
    assert _split(text) == [
        "Urgent appeal",
        "The council today\n\nurged the Minister, \n\nAustralia and others to act.",
        "Contact us",
    ]


def test_a_stop_after_a_line_break_is_judged_by_the_word_before_the_break() -> None:
    # "Mr" then a line break then "." : the abbreviation test looks past the line break
    assert _split("Call Mr\n. Smith now. Then go.") == ["Call Mr\n. Smith now.", "Then go."]
    assert _split("It ended\n. Smith left.") == ["It ended\n.", "Smith left."]


def test_a_footnote_number_after_the_full_stop_stays_with_its_sentence() -> None:
    # hrw-news, a letter with endnotes: "…required by law.[1] The UN Electoral Technical Team…";
    # without the split, the court's reported call and the sentence before it were one demand
    text = (
        "To date, the CNE has not released the tally sheets from the election, nor conducted the electoral"
        " audits or citizen verification processes required by law.[1] The UN Electoral Technical Team and"
        " the Carter Center, which observed the elections, said the process lacked transparency.[2] The"
        " court also said that the tally sheets were “allegedly fake or forged.”[16] Several experts"
        " disagreed."
    )
    assert _split(text) == [
        "To date, the CNE has not released the tally sheets from the election, nor conducted the electoral"
        " audits or citizen verification processes required by law.[1]",
        "The UN Electoral Technical Team and the Carter Center, which observed the elections, said the"
        " process lacked transparency.[2]",
        "The court also said that the tally sheets were “allegedly fake or forged.”[16]",
        "Several experts disagreed.",
    ]
