"""What a law, treaty or set of rules lays down ("the Geneva Conventions which provide that civilians
must not be …") is the instrument's word, not a call of the speaker's; a bill or resolution the speaker
puts forward, a body's "says that", and the speaker's own clause after it still ask."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    "sentence",
    [
        # press release, 1999 (Brereton on Chechnya)
        "Such attacks breach the provisions of the Geneva Conventions which provide that civilians "
        "must not be the object of attack and specifically prohibit attacks which are intended to "
        "spread terror among civilian populations.",
        # press release, 2004 (the Greens on children in detention)
        "The UN Convention on the Rights of the Child says that the arrest, detention or imprisonment "
        "of a child shall be used only as a measure of last resort and for the shortest appropriate "
        "period of time.",
        # HRW, 2024 (West Bank)
        "Article 49 of the Fourth Geneva Convention states that “the Occupying Power shall not deport "
        "or transfer parts of its own civilian population into the territory it occupies.”",
        # HRW, 2024 (Pakistan)
        "The United Nations Basic Principles on the Use of Force and Firearms by Law Enforcement "
        "Officials provide that security forces must never use excessive force.",
        # UN General Debate, 2016 (United Kingdom)
        "The Universal Declaration of Human Rights, proclaimed by the General Assembly, stated that "
        "all human beings are born free and equal in dignity and rights, that no one should be held "
        "in slavery and servitude and that slavery and the slave trade should be prohibited in all "
        "their forms.",
    ],
)
def test_what_an_instrument_lays_down_is_no_call(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # US Senate, 2006 (Clinton on her Darfur resolution): the speaker's own measure
        "The resolution states that strong sanctions should be imposed against those who commit "
        "crimes against humanity in Darfur.",
        # press release, 2011 (Cassidy interview): a body speaks, then the speaker's own call
        "The Law Reform Commission says that it is not sufficient to date and I think we should "
        "examine that.",
    ],
)
def test_a_proposal_or_a_body_still_asks(sentence: str) -> None:
    assert len(extract(LEAD + sentence).demands) == 1
