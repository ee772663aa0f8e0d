"""What a thing named after an actor is asked to do asks no actor: "UN Plastics Treaty Should
Mandate …" targets no one, not the UN; the actor named as the head of the phrase is still asked
(Human Rights Watch headlines and releases)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        # hrw-news headlines (2024-04-18, 2024-07-17)
        "UN Plastics Treaty Should Mandate Protection of Human Rights and Health\n\nText follows.",
        "Media Freedoms Should Not Be a Target in DR Congo\n\nText follows.",
    ],
)
def test_a_thing_asked_to_act_has_no_target(text: str) -> None:
    (demand,) = extract(text).demands
    assert demand.targets == () and demand.target_spans == ()


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # un-tune8 NLD_67_2012: a body whose own name holds a thing's word
        (
            "The United Nations and the Conference on Disarmament in Geneva need to do better.",
            "Conference on Disarmament",
        ),
        # us-senate 7Apr2006Wyden151: a thing its owner holds asks the owner
        ("Wyden outlined five concerns that the President's plan on Iraq should address.", "President"),
    ],
)
def test_a_body_named_with_the_thing_is_still_asked(text: str, asked: str) -> None:
    targets = [t for d in extract(text).demands for t in d.targets]
    assert any(asked in t for t in targets)


def test_a_body_heading_the_phrase_is_still_asked() -> None:
    # hrw-news 2024-07-08 (the EU's new leadership)
    text = (
        "The incoming European Commission should take a stronger stance on upholding its commitment to "
        "fundamental rights and democratic values in member states."
    )
    (demand,) = extract(text).demands
    assert demand.targets == ("European Commission",)
