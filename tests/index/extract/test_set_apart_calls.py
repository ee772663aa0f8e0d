"""A call whose verb and what it asks are set apart: by an insertion between commas ("countries
should, for example, train soldiers…") or by adverbs ("Barbados calls once again for an end to the
embargo"), in real sentences from Human Rights Watch releases and UN speeches."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _demands(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(d.kind, d.targets, d.action) for d in extract(text).demands]


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        # Human Rights Watch, 2024
        (
            "In addition to avoiding the use of explosive weapons in populated areas, countries should, "
            "for example, train soldiers to recognize and understand the significance of local cultural "
            "heritage, collect and share data related to cultural heritage damage, and allow "
            "preservation experts immediate access to affected sites.",
            "obligation",
            "train soldiers to recognize",
        ),
        # Ecuador, UN General Assembly 2011: the speaker's own
        (
            "In order to implement the elements pending from the Rio conventions, Ecuador believes "
            "that we should, first, comply with commitments to reduce greenhouse gases in order to "
            "stabilize the temperature.",
            "self_exhortation",
            "comply with commitments",
        ),
        # Barbados, UN General Assembly 2020
        (
            "Mr. President, Barbados calls once again for an end to the Economic and Trade Embargo "
            "imposed on Cuba, our sister Caribbean nation.",
            "call_for",
            "an end to the Economic and Trade Embargo",
        ),
        # Ecuador, UN General Assembly 2012
        (
            "That is why we have expressed our concern about the terrible consequences for human "
            "beings that result from military interventions conducted by the Powers, and why we are "
            "calling loudly for dialogue and for respect for human rights.",
            "call_for",
            "dialogue and for respect",
        ),
    ],
)
def test_a_call_set_apart_from_what_it_asks_is_found(text: str, kind: str, action: str) -> None:
    assert any(k == kind and action in a for k, _, a in _demands(text)), _demands(text)


def test_a_clause_after_the_modal_is_no_insertion() -> None:
    # what ought to have happened, told: "should" ends its clause before ", and"
    text = "They did not act as they should, and the Council remained silent, as it did before."
    assert _demands(text) == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Human Rights Watch, Pakistan 2024: an apposition names who is asked
        (
            "(New York) – Pakistan’s newly elected prime minister, Shehbaz Sharif, should make human "
            "rights a key focus of his government, Human Rights Watch said in a letter today to the "
            "prime minister.",
            "Shehbaz Sharif",
        ),
        # Human Rights Watch, Peru 2024: two insertions
        (
            "Governments, including Switzerland, where the gold was imported, should pass robust laws "
            "that require companies to conduct human rights and environmental due diligence in their "
            "supply chains.",
            "Governments",
        ),
        # Human Rights Watch, Horn of Africa 2024: an adverb first, then the subject
        (
            "Still, the Security Council and concerned governments, as well as regional actors, notably "
            "the African Union and its human rights body, should prioritize accountability in any "
            "political settlement of the conflict.",
            "Security Council",
        ),
        # Human Rights Watch, Chagos 2024: an inverted condition between
        (
            "Mauritius, should they gain sovereignty over some or all of the islands, should also "
            "publicly guarantee this right for every Chagossian, regardless of citizenship.",
            "Mauritius",
        ),
        # White House, National Security Memorandum 2022: the name's acronym in parentheses before
        # the insertion is part of the subject, no opening bracket's close before it
        (
            "The Office of the Director of National Intelligence (ODNI), in close consultation with NSC "
            "staff, shall further establish and manage a robust National Intelligence Priorities "
            "Framework (NIPF) process which responds to the PIP.",
            "Director of National Intelligence",
        ),
        # Sri Lanka, UN General Assembly 1985
        (
            "The Palestine Liberation Organization (PLO), the sole legitimate representative of the "
            "Palestinian people, must be a party to any negotiation that would lead to a settlement of "
            "the Middle East question.",
            "Palestine Liberation Organization",
        ),
    ],
)
def test_a_subject_set_apart_by_insertions_is_asked(text: str, target: str) -> None:
    assert any(k == "obligation" and any(target in t for t in targets) for k, targets, _ in _demands(text)), (
        _demands(text)
    )


def test_a_condition_before_the_commas_is_no_subject() -> None:
    # a Liberal release, 2015: the subject is the AFL, not the condition
    text = (
        "If it’s racism, then it’s utterly unacceptable, it’s totally wrong and the AFL, in fact "
        "anyone, should stamp down on it very hard."
    )
    assert not any("If it" in " ".join(targets) for _, targets, _ in _demands(text))


def test_someone_else_asked_to_stress_a_point_is_asked() -> None:
    # Human Rights Watch, Germany 2024; the speaker's own "I must stress that…" stays a report
    asked = _demands(
        "(Berlin) – German Chancellor Olaf Scholz should stress the importance of human rights in the "
        "Sino-German relationship during his visit to China, Human Rights Watch said today."
    )
    assert any("Olaf Scholz" in targets for _, targets, _ in asked), asked
    assert not _demands(
        "However I must stress that unjustified or frivolous claims to remain in Australia will not "
        "be entertained."
    )
