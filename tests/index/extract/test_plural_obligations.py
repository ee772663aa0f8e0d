"""Obligations in the plural with no article ("Australia has obligations to treat …", "Nepal has
international legal obligations to make …") lay a duty on their subject as "has an obligation to"
does; a past deed, a denial and obligations owed to someone do not. Real sentences from an
Australian release, Human Rights Watch releases and UN General Debate speeches."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _calls(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(d.targets, d.action) for d in extract(text, title="Statement").demands]


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        # Australian Greens release (Hanson-Young), 2011: the frame "should be a reminder that …"
        # asks no one; Australia is asked
        (
            "“These figures should be a reminder that as a signatory to the Refugee Convention, "
            "Australia  has obligations to treat these desperate people with dignity and care.",
            "Australia",
            "treat these desperate people with dignity and care",
        ),
        # Human Rights Watch, 2024 (Nepal)
        (
            "Nepal has international legal obligations to make Covid-19 vaccines available and "
            "accessible to everyone.",
            "Nepal",
            "make Covid-19 vaccines available and accessible to everyone",
        ),
        # Australia, UN General Assembly 1994
        (
            "The international community has clear obligations under the Charter to protect basic "
            "human rights.",
            "International community",
            "protect basic human rights",
        ),
    ],
)
def test_plural_obligations_ask_their_subject(text: str, target: str, action: str) -> None:
    [(targets, found)] = _calls(text)
    assert targets == (target,)
    assert found.startswith(action)


@pytest.mark.parametrize(
    "text",
    [
        # UN General Debate speeches: a past deed, a deed undone, obligations owed to someone
        "In the case of Namibia, South Africa has continued its flagrant defiance of the United Nations "
        "decisions and has violated its obligations under the Charter of the United Nations with respect "
        "to the Territory.",
        "The Organization's sinews have been weakened as Member States have shirked their obligations to it.",
        # an Australian release (a blame) and a UN speech (owed to someone, no deed named)
        '"The Federal Government has abandoned its responsibilities to assist members of our community '
        "who are in need.",
        "All of these are an acknowledgement that we are not isolated, that Governments do have "
        "obligations to their people and to one another and that our actions have a global effect.",
    ],
)
def test_deeds_denials_and_debts_are_no_calls(text: str) -> None:
    assert _calls(text) == []
