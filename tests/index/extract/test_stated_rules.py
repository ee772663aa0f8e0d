"""What "X is/are required to V" says of someone is a rule stated, not a call (stated_rules.py); a
need ("Urgent action is required to …") and the speaker's own duty ("we are required to …") stay
calls."""

from __future__ import annotations

from advocacy_archive.index.extract import extract

WH_URL = "https://www.whitehouse.gov/briefing-room/statements-releases/2022/03/11/fact-sheet/"


def sentences(text: str, url: str | None = None) -> list[str]:
    return [" ".join(d.sentence.split()) for d in extract(text, source_url=url).demands]


def test_what_a_law_requires_of_states_is_no_call() -> None:
    # White House fact sheet on the American Rescue Plan (2022-03-11): what the law requires of
    # states and districts, beside a true call of the Department of Education
    text = (
        "Combating Learning Loss\n"
        "States and school districts have the resources they need, and are required to address the "
        "impacts of the pandemic on students’ learning. States are specifically required to address the "
        "needs of students disproportionately impacted by the pandemic, including students with "
        "disabilities, English learners, and students experiencing homelessness.\n"
        "States and districts should support and stabilize the educator workforce."
    )
    found = sentences(text, WH_URL)
    assert not [s for s in found if "required" in s]
    assert [s for s in found if s.startswith("States and districts should support")]


def test_a_rule_binding_detainees_is_no_call() -> None:
    # hrw-news, Malaysia's immigration depots (2024-03-05): a depot's rule, told
    text = (
        "Detention conditions are harsh. Detainees are required to present themselves for “muster "
        "calls,” or roll calls, several times a day."
    )
    assert not sentences(text)


def test_a_statute_binding_an_official_is_no_call() -> None:
    # us-senate, Boxer on the contempt statute: what the law makes the U.S. Attorney do
    text = (
        "This is a serious matter. The statute is clear that when Congress issues a contempt citation, "
        "the U.S. Attorney is required to bring the matter to a grand jury."
    )
    assert not sentences(text)


def test_needs_and_own_duties_stay_calls() -> None:
    # un-speeches, Russia 2016 and the Philippines 2010 (General Debate): a thing needed, and the
    # speaker's own duty
    text = (
        "Terrorism threatens us all. Truly universal joint efforts are required to create a broad "
        "counter-terrorist front. We are also required to be responsible and responsive members of "
        "the community of nations. To address the development challenges that face many people in the "
        "world we are required to focus on targeted investment."  # South Africa 2023 (General Debate)
    )
    found = sentences(text)
    assert any(s.startswith("Truly universal joint efforts") for s in found)
    assert any(s.startswith("We are also required") for s in found)
    assert any("we are required to focus" in s for s in found)
