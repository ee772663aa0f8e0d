"""What "is required in order to" something, or "is therefore required", asks for, as "… is required
to …" does (General Debate speeches)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    "text",
    [
        # Tunisia 2005 (un-tune11), Solomon Islands 2018
        "Additional efforts are required in order to take further steps towards their settlement.",
        "Adequate resources are required in order to sustain peace.",
        # Botswana 2013
        "Urgent action is therefore required to restore constitutional rule in that country.",
    ],
)
def test_what_is_required_in_order_to_act_is_a_call(text: str) -> None:
    assert len(extract(text).demands) == 1
