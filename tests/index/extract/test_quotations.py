"""Quoted speech is found by two searches, one per kind of quotation mark, merged as one
pattern of both kinds would find them: a quotation inside the other kind is not a second one."""

from __future__ import annotations

import re

import pytest

from advocacy_archive.index.extract.speakers import CURLY_QUOTE_RE, STRAIGHT_QUOTE_RE, _quotations

BOTH_RE = re.compile(CURLY_QUOTE_RE.pattern + "|" + STRAIGHT_QUOTE_RE.pattern)

TEXTS = [
    '“We will not be silenced,” she said. "Nor will we," he replied.',
    'He called the charges "a “grave” mistake" and left. “They said "no" twice,” she added.',
    "“The camp is full.\n\nThe quotation runs on into the next paragraph” until it closes.",
    '…atrocities." "A decade ago, nobody listened," the report said.',
]


@pytest.mark.parametrize("text", TEXTS)
def test_quotations_are_those_one_pattern_of_both_kinds_finds(text: str) -> None:
    assert _quotations(text) == [(m.start() + 1, m.end()) for m in BOTH_RE.finditer(text)]


def test_a_quotation_inside_the_other_kind_is_part_of_it() -> None:
    text = 'He called the charges "a “grave” mistake" and left.'
    assert [text[s:e] for s, e in _quotations(text)] == ['a “grave” mistake"']
