"""Names before "said", "told" or an age are found by trying the name pattern only where
said_starts.py reads back from a cue: the same matches as searching the whole text."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract.people import SAID_RE, said
from advocacy_archive.index.extract.said_starts import name_starts
from advocacy_archive.index.extract.tokens import match_at

SENTENCES = [
    "“We will not be silenced,” Jane Doe said on Tuesday.",
    "Yasmin Hassan, the director of the legal aid centre, told reporters that the camp was full.",
    "Omar Khalid, 34, was detained at the border.",
    "Lina Farouk, aged 19, and Sami Nasser, 22, were released.",
    "Ahmed\tSaleh\tsaid the convoy never arrived.",
    "The report by Human Rights Watch, which Maria Lopez\nsaid was accurate, was ignored.",
    "Rights groups said the law was unjust. Demirtaş Selahattin says he will appeal.",
    "He retold the story. Anna Berg, a nurse, a mother, said little.",
    "Officials at the Ministry\nsaid nothing, and Peter O'Brien said  \n\n  everything.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_cues_read_backwards_find_what_searching_everywhere_finds(text: str) -> None:
    found = [m.span(1) for m in match_at(SAID_RE, text, name_starts(text))]
    assert found == [m.span(1) for m in SAID_RE.finditer(text)]


def test_names_before_said_with_an_aside_or_an_age_are_people() -> None:
    text = (
        "Yasmin Hassan, the director of the legal aid centre, told reporters the camp was full. "
        "Omar Khalid, 34, was detained. Peter O'Brien said the convoy never arrived."
    )
    assert [m.name for m in said(text)] == ["Yasmin Hassan", "Omar Khalid", "Peter O'Brien"]


def test_a_name_set_off_after_its_role_before_told_is_a_person() -> None:
    # Human Rights Watch on India, 8 February 2024: no name stands before the aside
    text = (
        "The founder of both projects, Raqib Hameed Naik, told Human Rights Watch that the "
        "decision is “extremely alarming.” In its report, Human Rights Watch, said nothing."
    )
    assert [m.name for m in said(text)] == ["Raqib Hameed Naik"]
