"""Unknown organisations are sought only on the lines that hold a head word: a capitalised phrase
never crosses a line break, so the other lines cannot hold one (and skipping them is faster)."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract, organisations
from advocacy_archive.index.extract.tokens import cap_words


def _spans(text: str, every_line: bool = False) -> list[tuple[int, int, str, str]]:
    found = organisations.organisations(text, cap_words(text), every_line)
    return [(m.start, m.end, m.name, m.type) for m in found]


def test_an_organisation_on_one_line_of_many_is_found() -> None:
    text = (
        "Press Release\n"
        "Geneva, Monday 3 June\n"
        "The Syrian Emergency Task Force briefed Ambassador Linda Thomas-Greenfield today.\n"
        "Contact: Jane Doe\n"
    )
    names = [name for _, _, name, _ in _spans(text)]
    assert names == ["Syrian Emergency Task Force"]


@pytest.mark.parametrize("folder", ["hrw-news", "press-releases", "us-senate", "un-speeches"])
def test_the_lines_without_a_head_word_change_nothing_found(corpus: Path, folder: str) -> None:
    # an argument, not a monkeypatch: compiled code calls the module's functions directly
    texts = [p.read_text(encoding="utf-8-sig") for p in sorted((corpus / folder).glob("*.txt"))[:8]]
    assert any("\n" in t for t in texts)
    fast = [_spans(t) for t in texts]
    every_word = [_spans(t, every_line=True) for t in texts]
    assert fast == every_word
    assert any(fast)


def test_a_body_that_leads_or_funds_a_thing_is_named_without_the_suffix() -> None:
    # State Department, Eastern Tropical Pacific Seascape (2022)
    text = (
        "Washington, March 22, 2022\n\nThe United States provided Colombia, Ecuador, and Panama with "
        "access to SeaVision, a Department of Transportation-led program that enables partner "
        "countries to access and share maritime information."
    )
    found = {
        a.name: [text[s:e] for s, e in a.mentions]
        for a in extract(text, source_name="2022-03-22-eastern-tropical-pacific.html").actors
    }
    assert found.get("Department of Transportation") == ["Department of Transportation"], found
    assert not [name for name in found if name.endswith("-led")]


def test_a_clause_opening_conjunction_is_no_part_of_the_name_after_it() -> None:
    # HRW, Lebanon (2024): the subordinate clause's "Since"
    text = (
        "Since Human Rights Watch began this investigation, two journalists were killed. Human Rights "
        "Watch said the ministry should act."
    )
    names = [a.name for a in extract(text, source_name="2024-04-27-lebanon.txt").actors]
    assert "Human Rights Watch" in names and not [n for n in names if n.startswith("Since")], names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # HRW, Iraq (2024)
        (
            "In 2022, the Supreme Judicial Council issued a statement on unregistered marriages.",
            "Supreme Judicial Council",
        ),
        # HRW, Nicaragua testimony (2024)
        (
            "The Supreme Electoral Council stripped opposition parties of their legal status.",
            "Supreme Electoral Council",
        ),
        # HRW, Argentina (2024)
        ("The Council of the Judiciary selects candidates for the lower courts.", "Council of the Judiciary"),
    ],
)
def test_the_governing_bodies_of_courts_and_elections_are_the_states(text: str, name: str) -> None:
    found = {a.name: a.type for a in extract(text, source_name="hrw.txt").actors}
    assert found.get(name) == "government", found


def test_a_states_judiciary_is_its_courts_not_a_person() -> None:
    # State Department, "Recent Judicial Appointments in Georgia" (2021)
    text = "These appointments undermine public trust in the Georgian judiciary and its independence."
    found = {
        a.name: a.type for a in extract(text, source_name="2021-07-16-judicial-appointments.html").actors
    }
    assert found.get("Courts of Georgia") == "government", found
