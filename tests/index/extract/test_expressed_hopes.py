"""A hope the speaker expresses that someone will act asks him to ("We also express the hope that
sisterly Iraq will complete its political process", General Debate speeches); a hope for how a thing
will turn out (a session, talks, an agreement) asks no one, unless it is for what is to be done to it."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

from .test_appeals import assert_one_call


@pytest.mark.parametrize(
    ("text", "asked", "action"),
    [
        # Tunisia 2005 (un-tune11)
        (
            "We also express the hope that sisterly Iraq will complete its political process and "
            "strengthen its constitutional institutions in accordance with the aspirations of the Iraqi "
            "people, within a context of security, stability and national unity.",
            "Iraq",
            "complete its political process",
        ),
        # Algeria 2013: the state's own voice
        (
            "While welcoming the efforts of the United States, which led to a resumption of negotiations, "
            "Algeria expresses the hope that the international community can redouble its efforts for the "
            "rapid establishment of an internationally recognized Palestinian State.",
            "international community",
            "redouble its efforts",
        ),
        # El Salvador 2006
        (
            "I welcome the outcome of the Dialogue and express the hope that the United Nations will give "
            "the issue of migration human, just and balanced consideration.",
            "United Nations",
            "give the issue of migration",
        ),
    ],
)
def test_a_hope_expressed_that_someone_will_act_asks_him(text: str, asked: str, action: str) -> None:
    assert_one_call(text, asked, action)


@pytest.mark.parametrize(
    "text",
    [
        # Bahrain 2006: a gerund's act
        "Allow me to express the hope that its joining this Organization will enhance peace and stability "
        "in the world.",
        # Djibouti 2017: a courtesy to the President of the Assembly
        "I would like to take this opportunity to express the hope that under his leadership, the General "
        "Assembly will achieve its objectives and to assure him of my country’s full support for his "
        "efforts.",
        # Togo 2013: a resolution
        "However, we express the hope that Security Council resolution 2118 (2013) will open up promising "
        "new prospects for peace and an inclusive political transition in Syria.",
        # Republic of Korea 2018: a hope expressed before, recalled
        "At the seventy-second session of the General Assembly, I expressed the hope that North Korea would "
        "choose peace of its own accord in order to establish sound and sustainable peace.",
        # Slovenia 2006 (un-tune11): a process
        "We hope that the integration process in Europe will provide the appropriate vehicle for the "
        "stabilization of the region.",
        # Guinea 2009, Qatar 2015: an event, an agreement
        "We hope that the forthcoming Copenhagen summit will meet the great expectations of humanity.",
        "We hope that this nuclear agreement will contribute to the maintenance of security and stability "
        "in our region.",
    ],
)
def test_a_hope_for_how_a_thing_turns_out_asks_no_one(text: str) -> None:
    assert not extract(text).demands


@pytest.mark.parametrize(
    "text",
    [
        # Latvia 2010, Albania 2010: what is to be done to the thing is asked for
        "I hope that agreement will soon be reached to ensure the European Union’s effective participation "
        "in the work of the General Assembly.",
        "We hope that the message enshrined in the resolution will immediately be put into practice by the "
        "two independent countries.",
        # Finland 2009: what a meeting is to decide
        "I sincerely hope that the Pittsburgh summit of the Group of 20 will agree on further measures for "
        "global recovery.",
        # United Arab Emirates 2008 (un-tune9): what a session is to agree on
        "I hope that this session will produce international consensus on how to address those challenges.",
        # Denmark 2008: the body named after when it is to act
        "We hope that, at its present session, the General Assembly will finally agree to a comprehensive "
        "convention on international terrorism.",
    ],
)
def test_a_hope_for_what_is_to_be_done_stays_a_call(text: str) -> None:
    assert len(extract(text).demands) == 1
