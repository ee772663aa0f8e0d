"""A group the document names with a describing word is that group again where the same two words
follow a verb or "and" (recurring_groups.py)."""

from __future__ import annotations

from advocacy_archive.index.extract import extract


def populations(text: str) -> dict[str, list[str]]:
    return {
        a.name: [text[s:e] for s, e in a.mentions] for a in extract(text).actors if a.type == "population"
    }


def test_a_group_named_after_a_preposition_is_the_same_group_after_a_verb() -> None:
    # HRW, 2024 (Qatar's labour reforms): "for domestic workers" names the group, so the Shura
    # Council's measures that "require domestic workers" and "endanger domestic workers" are about it
    text = (
        "Qatar’s advisory Shura Council proposed the government adopt measures that would require "
        "domestic workers to obtain their employer’s permission before being allowed to leave the "
        "country. Instead of removing this notification requirement, the new Shura Council motion "
        "would make it even more difficult for domestic workers to leave the country. Additional "
        "measures proposed by the Shura Council would further penalize and endanger domestic workers."
    )
    assert populations(text)["Domestic workers"] == ["domestic workers"] * 3


def test_young_or_innocent_people_are_not_carried_over() -> None:
    # UN General Debate, United States, 2016: "young people" are everyone young, no group the
    # speech keeps to; the annotation leaves them unmarked after a verb
    text = (
        "And during the course of these eight years, as I have travelled to many nations represented "
        "here, I have seen that spirit in our young people, who are more educated and more tolerant. "
        "Surely religious traditions can be honoured and upheld while teaching young people science and "
        "math, rather than intolerance."
    )
    assert len(populations(text).get("Young people", [])) < 2


def test_a_sentences_first_word_carries_nothing_over() -> None:
    # HRW (Russia's defence lawyers): "Allow lawyers" opens an imperative, no describing word
    text = (
        "Allow lawyers to effectively perform their professional functions in accordance with the "
        "guarantees provided for in article 14. One lawyer noted that penal colony authorities allow "
        "lawyers to meet with their clients only in such rooms."
    )
    assert len(populations(text).get("Allow lawyers", [])) < 2
