"""A "should" under a judgement ("It is outrageous that the Government should be assisting…") states
the fact judged and asks no one to act; a frame that rules a thing out, or a second clause of its
own, still asks (evaluated_facts.py)."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


@pytest.mark.parametrize(
    "sentence",
    [
        # Australian releases (Stewart West, 1983; Philip Ruddock, 1985)
        "It is unacceptable for instance that only 100 out of 17.000 in 1982/83 should be from Central and "
        "South America, when there are already 300,000 refugees in Central America alone.",
        "It is outrageous that the Government should be assisting the Vietnamese Communist regime in this "
        "way.",
        "It is not surprising that Australian Vietnamese should regard Mr Hayden's latest gesture to Hanoi "
        "as a deeply disturbing development.",
        # General Debate speeches (Bulgaria, 1971; Bhutan, 1994; Malaysia, 2012; Israel, 1974)
        "It is regrettable that the United States Government should continue, through its obstructionism "
        "in Paris and through its acts in Indo-China, to deepen the conflict.",
        "It is ironic that resources for international development should decline when the United Nations "
        "agencies are embarking on a major thrust for poverty alleviation.",
        "It is ironic that the very institution that was formed in 1945 to promote and defend democracy "
        "among its Member States should itself be undemocratic.",
        "I am astonished that so distinguished a statesman should renounce the great and historic "
        "opportunity to bring about peace and cooperation.",
    ],
)
def test_a_judged_fact_asks_no_one(sentence: str) -> None:
    assert extract(sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # General Debate speeches (Bangladesh, 1983; Luxembourg, 1968): ruling a thing out asks the opposite
        "It is inconceivable that we should not take practical concrete measures at this session to at "
        "least partially redress the situation.",
        "It is unthinkable that the United Nations should turn its back on the humanitarian task of "
        "bringing to an end the nameless sufferings being wrought upon civilian populations.",
        # an Australian press conference (2012): a call the speaker reports inside the judged clause
        "It is a great shame that we’ve seen today the Federal Labor Environment Minister approve the "
        "largest coal mine in Australia, right at the time when the climate scientists are saying we’ve "
        "got to start dealing with climate change seriously.",
        # Namibia, 1999: a relative clause of its own
        "In this connection, it is regrettable that Cuba continues to be subjected to a cruel economic, "
        "financial and commercial embargo, which must be lifted forthwith.",
        # India, 1957: the judgement governs the first clause only
        "It is a disgrace to all of us that human beings in any part of the world should live in those "
        "conditions, and they should come to an end.",
    ],
)
def test_a_thing_ruled_out_or_a_clause_of_its_own_still_asks(sentence: str) -> None:
    assert len(extract(sentence).demands) == 1


def test_the_mandative_frame_still_asks() -> None:
    # an Australian release (Andrew Peacock, 1978): what is needed is asked for
    sentence = (
        "In the circumstances it is essential that the level of understanding and co-operation between "
        "our two countries should be strengthened."
    )
    assert len(extract(sentence).demands) == 1
