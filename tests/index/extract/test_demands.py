"""Demands found in real advocacy sentences, including the seeds' awkward ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract


def test_seed_refugees_international_demands(seeds: list[Path]) -> None:
    text = seeds[0].read_text(encoding="utf-8-sig")
    ex = extract(text)
    assert ex.issuer == "Refugees International"
    kinds = {d.kind for d in ex.demands}
    assert {"call_on", "passive", "self_exhortation", "obligation"} <= kinds
    calls = [d for d in ex.demands if d.kind == "call_on" and "Aleppo" in d.action]
    # the paragraph is printed twice in the statement: one demand, not two
    assert len(calls) == 1
    assert set(calls[0].targets) == {"Government of Syria", "Government of Russia"}
    assert calls[0].by == "Refugees International"
    passive = [d for d in ex.demands if d.kind == "passive" and "access to Aleppo" in d.action]
    assert passive and passive[0].targets == ()
    president = [d for d in ex.demands if "President of the United States" in d.targets]
    assert president and president[0].by == "Refugees International"  # "We … call on" → the issuer


def test_seed_imperative_to_the_reader_targets_the_representatives(seeds: list[Path]) -> None:
    text = seeds[1].read_text(encoding="utf-8-sig")
    ex = extract(text)
    assert ex.issuer == "Syrian Emergency Task Force"
    (d,) = [d for d in ex.demands if d.kind == "imperative"]
    assert [text[s:e] for s, e in d.target_spans] == ["your elected representatives in Congress"]
    assert "safe passage" in d.action
    assert d.by == "Syrian Emergency Task Force"


def test_condemnation_and_solidarity_are_not_demands() -> None:
    text = (
        "We strongly condemn the bombing of the hospital. We stand with the people of Aleppo. "
        "The attacks killed 82 civilians."
    )
    assert extract(text).demands == ()


def test_should_names_its_subject_as_target() -> None:
    text = "Thai authorities should urgently investigate this killing, Human Rights Watch said."
    (d,) = extract(text).demands
    assert d.kind == "obligation"
    assert [text[s:e] for s, e in d.target_spans] == ["Thai authorities"]
    assert d.action.startswith("urgently investigate this killing")
    assert not d.action.endswith("said")


def test_call_for_without_target() -> None:
    (d,) = extract("The Democrats today called for a review of mandatory detention.").demands
    assert d.kind == "call_for" and d.targets == () and "review of mandatory detention" in d.action


def test_demand_offsets_point_into_the_text() -> None:
    text = (
        "Intro line.\n\nWe urge the UN Security Council to refer Syria to the International Criminal Court."
    )
    text = text.replace("International Criminal Court", "ICC")
    (d,) = extract(text).demands
    assert text[d.start : d.end].startswith("We urge")
    assert d.targets == ("UN Security Council",)


def test_hrw_release_issuer_from_said_today(corpus: Path) -> None:
    path = corpus / "hrw-news" / "2024-06-26-thailand-rights-activist-shot-dead-deep-south.txt"
    ex = extract(path.read_text(encoding="utf-8-sig"))
    assert ex.issuer == "Human Rights Watch"
    assert any(d.targets and d.by == "Human Rights Watch" for d in ex.demands)


@pytest.mark.timeout(20)
def test_demand_in_scraped_page_debris_is_found_without_stalling() -> None:
    # Scraped Senate pages end a sentence in runs of spaces and tabs; trimming the action's
    # trailing attribution once backtracked for ~40 s on such a page (one stalled import worker).
    text = (
        "Senator Collins urged the Department of Defense to release the report on the base closures"
        + " " * 400
        + "\t \t" * 300
        + " Contact | Privacy Policy      " * 30
        + "."
    )
    (d,) = extract(text).demands
    assert [text[s:e] for s, e in d.target_spans] == ["Department of Defense"]
    assert d.action.startswith("release the report on the base closures")
