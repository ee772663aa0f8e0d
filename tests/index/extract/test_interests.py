"""A call given as someone's interest, in real sentences from UN General Debate speeches (bulk), and
from an Australian and a Senate release where it asks no one: "It is in the interest of all States
to…" asks them; "It is in our collective interest to…" exhorts everyone, the speaker among them; a
reason, a condition, a wish to see something or a child's welfare asks no one."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _demands(text: str) -> list[tuple[tuple[str, ...], str]]:
    return [(tuple(text[s:e] for s, e in d.target_spans), d.action) for d in extract(text).demands]


@pytest.mark.parametrize(
    ("text", "asked", "action"),
    [
        (  # Netherlands, 2005
            "It is in the interest of all States to take up the fight against radical ideologies that turn "
            "people into terrorists.",
            "all States",
            "take up the fight",
        ),
        (  # Latvia, 2021
            "It is in the interests of every State to defend an international system based on rules and "
            "rights in order to maintain global security and sustainable growth.",
            "every State",
            "defend an international system",
        ),
        (  # Nauru, 2019 (un-tune10)
            "The issues around baselines and rising seas are critical, and we believe that it is in the "
            "interest of all States to give serious consideration to the effects of sea- level rise on the "
            "livelihoods of their peoples.",
            "all States",
            "give serious consideration",
        ),
    ],
)
def test_a_course_in_someones_interest_is_a_call_on_them(text: str, asked: str, action: str) -> None:
    ((targets, act),) = _demands(text)
    assert targets == (asked,) and act.startswith(action)


@pytest.mark.parametrize(
    "text",
    [
        # Nigeria, 2018
        "It is in our collective interest to cooperate in tracking illicit financial flows, investigate and "
        "prosecute corrupt individuals and entities and repatriate such funds to their countries of origin.",
        # Belgium, 2008
        "It is also in everyone’s interest to demonstrate responsibility.",
        # Madagascar, 2007
        "It is in the interest of all of us to address them together.",
    ],
)
def test_a_course_in_our_common_interest_exhorts_everyone(text: str) -> None:
    ((targets, _),) = _demands(text)
    assert targets == ()


@pytest.mark.parametrize(
    "text",
    [
        # New Zealand, 2016: the reason for what the speaker does
        "But we are committed to trying to make it work because it is in our collective interest to have a "
        "strong and relevant Council.",
        # United States, 2015: a condition
        "Now, if it is in the interest of major Powers to uphold international standards, that is even more "
        "true for the rest of the community of nations.",
        # Georgia, 2010: a state of things one would like to see
        "It is in everybody’s interest to see this strategic region, this crossroads of civilizations, "
        "become more stable, prosperous and open.",
        # Samoa, 2018: the act named before
        "Samoa also wants to be part of that solution, because it is in our interest to do so.",
        # an Australian release, 2003: the welfare of those an act is for
        "And the general view is that it is in the best interests of children to remain with their parents.",
        # a Senate release, 2007: another reason joined to the interest
        "I have long believed that it is in the national interest of the United States and in accordance "
        "with our deepest values to help Cubas people aspire to freedom.",
    ],
)
def test_an_interest_given_as_a_reason_or_a_wish_asks_no_one(text: str) -> None:
    assert _demands(text) == []
