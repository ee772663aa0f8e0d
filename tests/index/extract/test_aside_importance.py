"""An aside set apart by commas between "it is" and "important" ("It is, therefore, important
that …") leaves the need asked for, as "It is, therefore, essential that …" and "It is
therefore important that …" are (UN General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "asked", "action"),
    [
        # UN General Debate, 2007 (Namibia)
        (
            "It is, therefore, important that Governments and institutions in the economically "
            "advanced countries offer genuine partnership by providing new and additional resources "
            "commensurate with the commitments made in line with the MDGs.",
            "Governments",
            "offer genuine partnership",
        ),
        # UN General Debate, 2015 (Swaziland)
        (
            "It is, therefore, important that the developed countries of the world support the growth "
            "of developing nations like ours.",
            "the developed countries of the world",
            "support the growth",
        ),
    ],
)
def test_an_aside_after_it_is_keeps_the_need_asked(sentence: str, asked: str, action: str) -> None:
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert demands[0].targets[0] == asked
    assert demands[0].action.startswith(action)


def test_an_aside_before_important_asks_an_agentless_act() -> None:
    # UN General Debate, 2006 (Myanmar)
    sentence = (
        "It is, however, important that the principle of impartiality, objectivity and "
        "non-selectivity be scrupulously observed in the work of the Council."
    )
    demands = extract(LEAD + sentence).demands
    assert len(demands) == 1
    assert "observed" in demands[0].action
