"""What the plan just named will need, said with "will" or "would" by a pronoun opening its clause
("That will require the renunciation of…"): a call in UN General Debate speeches, HRW letters and
State Department remarks; a need that names no act is none."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


def demands_in(sentence: str) -> list[str]:
    return [d.sentence for d in extract(LEAD + sentence).demands]


@pytest.mark.parametrize(
    "sentence",
    [
        # United Arab Emirates 2008 (General Debate)
        "That will require the renunciation of all communal and sectarian violence and full commitment "
        "to the unity, sovereignty and stability of Iraq.",
        "That would require compelling Israel to comply with United Nations resolutions by bringing its "
        "nuclear facilities into compliance.",
        # Cuba 1993 (General Debate)
        "It would also require the elimination of the veto privilege and the establishment of a single "
        "category of members.",
        # HRW letter on Venezuela, 2024
        "Like elsewhere, that would require ensuring the participation of people with diverse political "
        "views, including those allied to Maduro, in different institutions within the Venezuelan state.",
        # Blinken 2022 (us-state-dept)
        "That will require investing in research and development, and new manufacturing capacities.",
    ],
)
def test_what_that_will_require_is_a_call(sentence: str) -> None:
    assert len(demands_in(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate: a cost that names no act
        "It would require lengthy preparatory work and many consultations among creditors and with their "
        "debtors.",
    ],
)
def test_a_requirement_naming_no_act_is_none(sentence: str) -> None:
    assert demands_in(sentence) == []
