"""Duties laid on someone ("It is up to Congress to…", "it falls upon the international community
to…", "a particular responsibility lies with the United States…"), in real sentences from Senate
releases, UN speeches and Human Rights Watch releases: who the duty falls on is asked to act."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _demands(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(d.kind, d.targets, d.action) for d in extract(text).demands]


@pytest.mark.parametrize(
    ("text", "target", "action"),
    [
        # Senator Mikulski, 2007
        (
            "The Senate passed the bill last week. It is up to Congress to make that happen.",
            "Congress",
            "make that happen",
        ),
        # Lebanon, UN General Assembly 2013
        (
            "It therefore falls upon the international community to work to find a fair and "
            "comprehensive solution to the conflict in the Middle East.",
            "community",
            "work to find a fair",
        ),
        # Colombia, UN General Assembly 2024: whose duty, by the possessive
        ("It is humanity’s duty to fight back.", "humanity", "fight back"),
        # an Australian MP's release, 2012: a duty not to do
        (
            "Now, it’s the responsibility of local and national leaders not to forget what happened "
            "here and to remember that while the floods have gone, the work continues.",
            "leaders",
            "not to forget what happened",
        ),
        # Russia, UN General Assembly 2016: no "to", the duty of the context
        (
            "And, in that regard, a particular responsibility lies with the United States and the "
            "members of the United States-led coalition.",
            "United States",
            "responsibility lies with",
        ),
    ],
)
def test_a_duty_laid_on_someone_asks_them(text: str, target: str, action: str) -> None:
    assert any(
        kind == "obligation" and any(target in t for t in targets) and action in act
        for kind, targets, act in _demands(text)
    ), _demands(text)


def test_the_speakers_own_duty_exhorts_the_speaker() -> None:
    # United Kingdom, UN General Assembly 2016
    found = _demands("That affects all of us, and it is the responsibility of us all to take action.")
    assert [(kind, targets) for kind, targets, act in found if "take action" in act] == [
        ("self_exhortation", ())
    ]


@pytest.mark.parametrize(
    "text",
    [
        # who decides, no one pressed (a common UN speech line)
        "It is up to the Syrian people to decide their own future.",
        # a clause, not whom (an Australian press conference, 2006)
        "So, look, it’s up to them whether they think it’s a good idea to have him here or not.",
        # looking back (Prime Minister Howard, 2002)
        "I think it was incumbent upon me to prosecute the conclusion of my election campaign.",
        # a blame, not a duty (a press release, 2005)
        "Much of the responsibility for this lies with the disastrously ineffective Opposition.",
    ],
)
def test_no_duty_is_read_where_none_is_laid(text: str) -> None:
    assert not [d for d in extract(text).demands if d.kind == "obligation"], _demands(text)
