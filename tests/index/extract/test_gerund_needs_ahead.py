"""An act named by a gerund that "will be crucial / essential / key" is asked for, as "Ensuring
accountability is essential" is (General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        # Brazil 2016
        (
            "Supporting developing countries will be crucial to the achievement of the Sustainable "
            "Development Goals."
        ),
        # Denmark 2017
        "Partnering with the private sector, civil society, academia and innovators will be crucial.",
        # Sweden 2023 (un-tune12)
        (
            "Building societies that are democratic, respect human rights and uphold the rule of law will be "
            "crucial to how fast we achieve the 2030 Agenda."
        ),
    ],
)
def test_an_act_that_will_be_crucial_is_asked_for(text: str) -> None:
    demands = extract(text).demands
    assert len(demands) == 1
    assert not demands[0].target_spans
