"""Calls phrased as necessity (necessities.py), each on its real sentence, beside the look-alike
that describes and asks no one."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


def _demands(sentence: str) -> list[tuple[tuple[str, ...], str]]:
    return [(d.targets, d.action) for d in extract(LEAD + sentence).demands]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # HRW submission to the UN Secretary-General, 2024
        (
            "Accountability is essential to deter future unlawful acts, punish past ones, and recognize "
            "victims’ suffering.",
            "Accountability is essential to deter",
        ),
        # HRW release on Iran, 2024
        (
            "Investment in education and vocational training is crucial to provide viable alternatives "
            "to high-risk jobs.",
            "Investment in education",
        ),
        # HRW release on autonomous weapons systems, 2024
        (
            "The adoption of a strong international treaty on autonomous weapons systems could not be "
            "more necessary or urgent.",
            "The adoption of a strong international treaty",
        ),
        # UN General Debate, 1977 (USSR)
        (
            "The key to the success of this noble mission is the strict adherence of all the Members of "
            "this body to the United Nations Charter.",
            "the strict adherence of all the Members",
        ),
        # UN General Debate, 1955 (Bolivia)
        (
            "In Bolivia, as in so many other countries, the key to development undoubtedly lies in raising "
            "the rate of investment.",
            "raising the rate of investment",
        ),
        # UN General Debate, 2013 (Turkey): a coordination whose first conjunct is the act
        ("Here, too, regional cooperation and ownership is a must.", "regional cooperation and ownership"),
        # UN General Debate, 1991 (Gabon)
        (
            "Dialogue, joint discussion and solidarity are particularly necessary.",
            "joint discussion and solidarity",
        ),
        # UN General Debate, 2005 (Marshall Islands): "important" with a degree word
        (
            "The support of the international community is extremely important to help build our capacity; "
            "to strengthen our human resources.",
            "The support of the international community",
        ),
        # UN General Debate, 2023 (Zambia)
        (
            "The empowerment of women and girls is very important in decisively overcoming poverty in our "
            "societies.",
            "The empowerment of women and girls",
        ),
        # UN General Debate, 2019 (Montenegro)
        (
            "Prevention of conflicts and a focus on concerted efforts are particularly important for a "
            "sustainable peace agenda.",
            "Prevention of conflicts",
        ),
    ],
)
def test_an_act_called_necessary_or_the_key_is_a_call_for_it(sentence: str, action: str) -> None:
    found = _demands(sentence)
    assert len(found) == 1 and found[0][1].startswith(action), found


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # U.S. Secretary of State at a food security ministerial, 2022
        ("International financial institutions have a critical role to play in doing this.", "financial"),
        # UN General Assembly statement, 2000
        (
            "The Economic and Social Council and the United Nations agencies have a critical role to play "
            "in narrowing that disparity.",
            "Economic and Social Council",
        ),
    ],
)
def test_a_role_to_play_calls_on_who_has_it(sentence: str, target: str) -> None:
    found = _demands(sentence)
    assert len(found) == 1 and any(target in t for t in found[0][0]), found
    assert found[0][1].startswith("a critical role to play in"), found


@pytest.mark.parametrize(
    "sentence",
    [
        # HRW: a thing's function, valued (not an act asked for)
        "Its function is essential to the health and well-being of all residents.",
        # HRW, 2024: what a thing is for
        "Remittances from migrant workers are essential to the Nepali economy and allow millions of "
        "workers to support their families.",
        # UN General Debate: a state of affairs
        "Nearer home, in Central America, the situation remains critical.",
        # HRW: a role that may be played, told of
        "As the recent experience in Colombia shows, non-blanket conditional amnesties may also have a "
        "role to play.",
        # U.S. Senate release, 2006: one's own spending valued
        "Our investments in International Affairs programs are critical to our national security, "
        "economic prosperity and humanitarian values.",
        # HRW, 2024: another's justification told
        "Netanyahu said this action is necessary to attack Hamas battalions in the area.",
        # UN General Debate, 2011 (United Kingdom): a condition
        "But my argument is that where action is necessary, legal and right, to fail to act is to fail "
        "those who need our help.",
        # UN General Debate, 1972 (Ukraine): where the key is found
        "It considers that the key to a peaceful settlement of the problem of IndoChina is to be found in "
        "the constructive proposals of the Provisional Revolutionary Government.",
        # UN General Debate, 1968 (Burundi): where the key is, no act
        "It is true that the key to the problem is in the hands of the great Powers.",
        # UN General Debate, 1977 (Egypt): a claim reported, its last conjunct a phrase of its own
        "In this false belief it claims that its expansionism is motivated by the need to ensure its "
        "continued existence and that occupation and the uprooting of a whole people is essential to the "
        "coexistence of peoples and nations.",
        # Australian release, 2012: a thing valued by whom it matters to
        "Pyne: I think that foreign investment is very important to Australia.",
        # UN General Debate, 2014 (New Zealand): a past event valued for the region
        "Fiji’s successful elections are hugely important for the region.",
        # White House briefing, 2021: "so important" explains
        "It’s another reason why these investments are so important.",
        # UN General Debate: a role played
        "Ever since its founding on 24 October 1945, the United Nations has played a vital role in "
        "international relations.",
    ],
)
def test_a_thing_valued_or_a_role_told_of_asks_no_one(sentence: str) -> None:
    assert _demands(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate, 2023 (Latvia): a subject of fourteen words, one noun phrase
        (
            "The revitalization of the United Nations system and meaningful reforms of the Security Council "
            "are essential.",
            "The revitalization of the United Nations system",
        ),
        # UN General Debate, 1950 (France)
        (
            "More than ever, a reform of our methods of work and a better co-ordination of our efforts and "
            "our means of action are essential.",
            "a reform of our methods of work",
        ),
        # UN General Debate, 2015 (Montenegro): a gerund before the act's noun
        (
            "Ensuring the protection of civilians in conflict areas and meeting their basic humanitarian "
            "needs are essential.",
            "Ensuring the protection of civilians",
        ),
    ],
)
def test_an_act_named_by_a_long_noun_phrase_called_necessary_is_a_call_for_it(
    sentence: str, action: str
) -> None:
    ((targets, found),) = _demands(sentence)
    assert targets == () and found.startswith(action), found


def test_a_long_phrase_opening_with_a_preposition_is_no_act_called_necessary() -> None:
    # UN General Debate, 2000 (Grenada): the last of a list of where a role lies, not the subject
    sentence = (
        "The role of education in poverty alleviation, in the application of science and technology and "
        "in the vast area of information sharing and communications is vital."
    )
    assert _demands(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate, 2013 (Turkey)
        (
            "Decisive action is the only way that the United Nations system will remain relevant and "
            "credible.",
            "Decisive action",
        ),
        # UN General Debate, 2017 (Uzbekistan): the only way named first, the act after it
        (
            "We are convinced that the only way to peace in Afghanistan is a direct dialogue between the "
            "central Government and the main domestic political forces, held without preconditions.",
            "a direct dialogue",
        ),
        # UN General Debate, 2013 (Russia)
        (
            "Virtually the only possibility remaining today to put an end to this turmoil is to break the "
            "deadlock regarding the process of a political settlement of the Syrian crisis.",
            "break the deadlock",
        ),
    ],
)
def test_an_act_called_the_only_way_is_a_call_for_it(sentence: str, action: str) -> None:
    ((targets, found),) = _demands(sentence)
    assert targets == () and action in found


def test_the_only_way_pointed_back_to_asks_nothing_more() -> None:
    # UN General Debate: a word pointing back stresses the call before it
    assert _demands("That is the only way to achieve peace, development and human rights.") == []
    assert _demands("Because it is the only way to preserve peace.") == []  # Serbia, 2024
    # a condition foreseen, no act asked (an Australian release, 2012)
    text = "It is clear that the only way these measures will now be restored is if Labor is voted out."
    assert _demands(text) == []
    # and a relative clause is part of the call it follows (UN General Debate, Sudan's neighbours)
    (found,) = _demands(
        "We must mobilize the international community to promote the political process, which remains "
        "the only way to ensure that the Sudanese people live in peace."
    )
    assert found[1].startswith("mobilize")
