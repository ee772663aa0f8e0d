"""A caller's words quoted inside the report of his call are part of that call: the sentence is one
demand, his (real sentences from HRW releases)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def _demands(text: str, sentence_start: str) -> list[tuple[str | None, int, int]]:
    found = extract(text, title="Statement").demands
    return [(d.by, d.start, d.end) for d in found if d.sentence.startswith(sentence_start)]


def test_a_quotation_after_a_reported_call_is_that_call() -> None:
    # hrw-news, Malaysia's immigration detention (2024): the working group's call and its words
    text = (
        "Malaysia: Abusive Detention of Migrants, Refugees\n\n"
        "The UN Working Group on Arbitrary Detention has called for immigration detention to be "
        "gradually abolished, stating that “migrants must not be qualified or treated as criminals,” "
        "and that immigration detention should only be used “as an exceptional measure of last resort, "
        "for the shortest period and only if justified by a legitimate purpose.”\n\n"
        "The Malaysian government should reduce its reliance on immigration detention, Human Rights "
        "Watch said."
    )
    [(by, start, end)] = _demands(text, "The UN Working Group")
    assert by == "UN Working Group on Arbitrary Detention"
    assert text[start:end].startswith("The UN Working Group") or start < text.index("called for")
    assert end > text.index("as an exceptional measure")


def test_a_quotation_opened_inside_the_called_action_adds_no_demand() -> None:
    # hrw-news, the joint letter on the ICC's independence (2024)
    text = (
        "Joint letter to the Japanese government\n\n"
        "The speaker of the House of Representatives has called on the Biden administration to "
        "“immediately and unequivocally demand that the ICC stand down and the US should use every "
        "available tool to prevent such an abomination.”"
    )
    assert len(_demands(text, "The speaker of the House")) == 1


def test_a_quoted_call_of_its_own_stays_a_demand() -> None:
    # hrw-news, Iraq's deportations of Syrians (2024): no call told before the quotation
    text = (
        "Iraq: Unlawful Deportations of Syrians\n\n"
        "“Iraq should immediately end its distressing campaign of arbitrary arrests and deportations "
        "of Syrians who have fled to Iraq for safety,” said Sarah Sanbar, Iraq researcher at Human "
        "Rights Watch."
    )
    assert [by for by, _, _ in _demands(text, "“Iraq should")] == ["Human Rights Watch"]
