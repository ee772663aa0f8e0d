"""The modal "have to" in the infinitive, governed by another word ("too young to have to face …",
"expect their children to have to repeat …", "didn't want to have to explain …"), says how hard or
unwelcome a need is and asks no one; a finite "has to / have to" still asks its subject. Real
sentences from U.S. Senate, Human Rights Watch, State Department and Australian releases."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        # U.S. Senate, a scrape without full stops (Landrieu, 2005)
        "Baher is only 9 years old  too young to have to face the ravages of war    yet that is "
        "exactly what he has to do",
        # Human Rights Watch, on school entry
        "Some parents who enroll their children early fully expect their children to have to repeat grades.",
        # Australian press release (Labor, 2005)
        "He didn’t want to have to explain that under the  Government’s policy, the baby would go to "
        "prison within days of its birth on a remote  territory.",
        # State Department press briefing (2021)
        "This is an arduous decision for anyone to have to leave his or her country, especially if "
        "they’re forced to make the journey, at least in the first instance, alone.",
    ],
)
def test_have_to_in_the_infinitive_is_no_demand(text: str) -> None:
    assert not extract(text).demands


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Australian press release: a finite "has to" still asks its subject
        (
            "ABC is a vital ingredient in a healthy media mix - now the government has to put its hand "
            "in its pocket and ensure our future is financially secure and healthy.",
            "government",
        ),
        # Australian press release
        (
            "Governments in like-minded countries around the world have to make sure that  the measures "
            "they put in place reflect the new reality.",
            "Governments",
        ),
    ],
)
def test_a_finite_have_to_still_asks_its_subject(text: str, target: str) -> None:
    (d,) = extract(text).demands
    assert any(target in text[s:e] for s, e in d.target_spans)
