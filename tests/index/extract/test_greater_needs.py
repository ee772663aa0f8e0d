"""A need said to be greater now ("it is more essential than ever that …") asks for the act, as
"it is essential that …" does (General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # Haiti 2016 (un-tune11)
        (
            "Today it is more essential than ever that the United Nations fully assume its role in order to "
            "provide collective responses to all manner of crises threatening peace in the world.",
            "United Nations",
        ),
        # Belgium 2009
        (
            "It is now more important than ever that donor countries meet their official development "
            "assistance objectives of 0.7 per cent of the gross national product.",
            "donor countries",
        ),
        # Luxembourg 2016
        (
            "Faced with the relative decline in financial resources for development and humanitarian action, "
            "it is more urgent than ever to broaden the donor base.",
            "",
        ),
        # Laos 2018
        (
            "Against that backdrop, it is more crucial than ever for world leaders to honour their "
            "commitments pledged under the Paris Agreement.",
            "world leaders",
        ),
        # Canada 2012
        (
            "In these turbulent times, when change can be swift and unexpected, it is all the more important "
            "that we focus with precision on the constants that remain true.",
            "",
        ),
    ],
)
def test_a_need_greater_than_ever_is_a_call(text: str, asked: str) -> None:
    demands = extract(text).demands
    assert len(demands) == 1
    named = " ".join(text[a:b] for a, b in demands[0].target_spans)
    assert asked in named if asked else not named
