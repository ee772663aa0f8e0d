"""Shapes of call found in documents nobody annotated (UN speeches of many sessions, Human Rights
Watch releases), each on its real sentence, beside the look-alike that asks no one."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract

LEAD = "The statement was published on Monday.\n\n"  # a first line: not read as a headline


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # HRW, 2024: "add to" is no "I must add that…"
        (
            "“Jordan should not add to this by killing bystanders while targeting drug operations in Syria.”",
            "Jordan",
        ),
        # UN General Debate, 2016 (Turkey): rising to the occasion is asked, prices rising is not
        (
            "We expect the EU and all other organizations that have pledged financial support to rise "
            "to the occasion.",
            "EU",
        ),
        # UN General Debate, 2020 (Belize): "it is high time that we…" as "it is time we…"
        (
            "It is high time that we finally replace the perverse income-based criteria with a robust "
            "vulnerability based criteria.",
            None,
        ),
        # UN General Debate, 1985 (United Kingdom), HRW at the Security Council, 2024
        (
            "To this end there is now an urgent need for dialog with genuine representatives of the "
            "African majority.",
            None,
        ),
        (
            "First, there remains an urgent need for well-coordinated humanitarian and development "
            "assistance.",
            None,
        ),
        # UN General Debates: no choice left but to act, said of no one or of the speaker
        # (Iran 2016, Bhutan 2020, South Africa 2020, Dominican Republic 2015)
        (
            "In order to uproot violence in the region there is no choice but to focus on promoting "
            "democracy, citizenship rights and economic development.",
            None,
        ),
        ("From our perspective, there is no alternative but to work together.", None),
        ("We have no choice but to work together to address the climate change crisis.", None),
        (
            "Therefore, if we do not want that scenario to continue perpetuating exclusion, we have no other "
            "option than to make a firm commitment to quality education.",
            None,
        ),
        # a pseudo-cleft naming what is needful (Iran 2016, Poland 2008, Germany 2009, Kuwait 1964)
        (
            "What is important is that we channel our beliefs, hopes and efforts towards realizing peace "
            "and justice.",
            None,
        ),
        (
            "What is most important, however, is to ensure universal respect for international law, human "
            "rights and fundamental freedoms.",
            None,
        ),
        ("What is now important is that a new Government soon be formed.", None),
        (
            "What is important is for every Member State to live up to those principles and ideals.",
            "Member State",
        ),
        # the same need named by "the important thing" (Abbott 2015 and Macklin 2012, Australian
        # transcripts; Spain 1978 and Mozambique 2023, UN General Debate; State Department 2022)
        (
            "At the moment, our police are advisers rather than participants and the important thing, I "
            "think, is to embed Australian police in the PNG police.",
            None,
        ),
        ("The most important thing for us is to get real action on problem gambling.", None),
        ("Now the important thing is to look to the future.", None),
        (
            "We do not need to come up with analytical speeches; the most important thing is that we all act "
            "together with vigour and using available resources.",
            None,
        ),
        (
            "This is a system that’s been built up over many decades, but the most important thing is for "
            "people, wherever they are, to continue doing their work.",
            "people",
        ),
        # leaving someone to their fate (Turkey 2016, Germany 1998, Tuvalu 2017, UN General Debate)
        ("We cannot leave the Iraqi people alone at this critical juncture.", None),
        (
            "We cannot leave the poorest countries to their own devices in trying to cope with the refugee "
            "problem.",
            None,
        ),
        ("We cannot leave anyone behind.", None),
        # "we have no right to" is "we must not" (a Prime Minister’s electorate talk, 1981; Burundi 2004,
        # UN General Debate)
        (
            "We have no right to accept gross poverty and inequality as  inevitable, until we have "
            "exhausted every possibility to  eliminate them.",
            None,
        ),
        ("We have no right to fail.", None),
        # what is to come of it (Abbott 2015, Hunt 2019, Australian transcripts; Samoa 2014)
        (
            "What we need to come up with is an arrangement which makes them participants, not mere "
            "bystanders, to actual operational policing in PNG.",
            None,
        ),
        (
            "But I want to stress again that what we really need to establish above and beyond everything "
            "else is a culture of respect for older Australians.",
            None,
        ),
        (
            "Moreover, what we need to achieve is a human face of SIDS to every issue that comes before the "
            "United Nations.",
            None,
        ),
    ],
)
def test_calls_of_unseen_shapes_are_demands(sentence: str, target: str | None) -> None:
    text = LEAD + sentence
    (d,) = extract(text).demands
    if target is None:
        assert d.target_spans == ()
    else:
        assert any(target in text[s:e] for s, e in d.target_spans)


@pytest.mark.parametrize(
    "sentence",
    [
        "I must add that we are grateful for the support of our neighbours.",
        "We expect prices to rise to record levels next year.",
        "There was an urgent need for food when the floods came.",
        # UN General Debates: what was or will be done, a reason, resignation, a fact stressed
        # (Albania 2022, Egypt 1973, Dominica 2019, Belarus 2006 and 2011, Jordan 1962)
        "The Government of Albania was left with no other choice but to sever diplomatic relations with "
        "Iran.",
        "We are struggling, not because we guarantee success, but because we have no option but to struggle.",
        "We are left with no choice but to accept that category 5 hurricanes may become the new norm.",
        "What is most important is that we have the know-how to do it.",
        "What is crucial here is that such technologies already exist and are established in many parts of "
        "the globe.",
        "But what is more important is that our plans and our aspirations for this coming decade are geared "
        "to the aims and challenges of the United Nations Development Decade.",
        "What is important is cohesion and unity.",
        # "the important thing" told, or a premise or fact stressed (Australian transcripts and
        # speeches, 2012 and 2004; Colombia 1963 and Bolivia 1970, UN General Debate)
        "The important thing was to win the vote.",
        "I think the important thing is to appreciate the work that still remains.",
        "But I think the important thing is for all of us in this room to recognise the enormity of our "
        "achievement.",
        "The important thing, however, is to have shown that there exists the will to overcome any "
        "obstacles.",
        "Now, the important thing is to admit that this does not involve a group of isolated measures.",
        "The important thing is that the debate has been conducted in a civil way.",
        # leaving as going away, or a topic left out
        "We can't leave until the vote is taken.",
        "In this context we cannot leave out the issue of nuclear disarmament.",
    ],
)
def test_their_look_alikes_ask_no_one(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # State Department, 2022: calls others made, named by whose they are, and "addresses"
        # (no "add" that renews a call)
        "The United States remains committed to an inclusive, durable resolution to the conflict that "
        "addresses Yemenis’ calls for justice and accountability.",
        "Haitian authorities have not adequately addressed the judiciary’s calls for stronger security "
        "measures to protect judicial personnel.",
        # an organisation's appeal, named by its acronym (Peacock 1980; an Australian release)
        "Mr Peacock said that Australia would also contribute $1 million to the UNHCR appeal for "
        "Rhodesian refugees.",
        # a release's donation slip: a condition of eligibility
        "GIFTS MUST BE $2 OR MORE TO BE TAX DEDUCTIBLE",
        "Applicants must be 18 years or older.",
        # a call cited, someone else's (General Debate: Congo 2010, Russia 2005, Bhutan 1986)
        "That is likewise our hope for the referendum to be held in South Sudan, as called for in the "
        "Comprehensive Peace Agreement.",
        "The Security Council would authorize the use of force on a case-by-case basis, as called for in "
        "the Charter.",
        "Bhutan is committed to taking national actions as called for in that Program.",
    ],
)
def test_calls_named_and_conditions_are_no_demands(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    "sentence",
    [
        # after an acronym the verb is "appeals"/"calls"; a call supported is the speaker's own
        "The UNHCR appeals for calm.",
        "Labor must commit to supporting the ACOSS call for a significant financial investment.",
    ],
)
def test_an_acronym_before_a_call_verb_keeps_the_call(sentence: str) -> None:
    assert len(extract(LEAD + sentence).demands) == 1


def test_a_call_renewed_after_a_possessive_stays_a_call() -> None:
    (d,) = extract(LEAD + "We add our voice to the people’s calls for justice and accountability.").demands
    assert "justice" in d.action


def test_a_call_in_the_infinitive_is_the_purpose_of_the_demand_before_it() -> None:
    # HRW, 2024: one demand on the governments, not a second one on "Israeli authorities"
    text = (
        LEAD + "Governments that continue to provide arms to the Israeli government risk complicity in "
        "war crimes. They should also use their leverage, including through targeted sanctions, to press "
        "Israeli authorities to cease committing grave abuses."
    )
    (d,) = extract(text).demands
    assert d.action.startswith("use their leverage") and "to press Israeli authorities" in d.action
    assert not any("Israeli" in text[s:e] for s, e in d.target_spans)


@pytest.mark.parametrize(
    "sentence",
    [
        # UN General Debate, 1972 (Finland), 1981 (Belgium): a mandative passive with an irregular
        # participle or an adverb before it
        "It is imperative that urgent attention be given to this serious and complex problem.",
        "It is essential that a number of principles be clearly established.",
        "It is essential that a just solution be found if peace is to prevail.",
    ],
)
def test_mandative_passives_are_demands(sentence: str) -> None:
    (d,) = extract(LEAD + sentence).demands
    assert d.action.startswith("be ")


def test_a_mandative_around_a_relative_clause_set_apart_is_a_demand() -> None:
    # the subject holds a relative clause set apart by commas, whose verb is not the call's
    text = (
        LEAD + "We demand that all Member States, especially the permanent members of the Security "
        "Council, which have a special responsibility, strictly implement the sanctions."
    )
    (d,) = extract(text).demands
    assert d.action == "implement the sanctions"
    assert any("all Member States" in text[s:e] for s, e in d.target_spans)


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        # UN General Debate, Togo 1976, Argentina 2003, Venezuela 2020
        (
            "Once again we insist upon the application of decisions taken earlier by our Organization.",
            "the application",
        ),
        (
            "In that regard, we therefore insist on permanently supporting the strengthening of the system "
            "for the protection of human rights.",
            "permanently supporting",
        ),
        (
            "We insist on the need to strengthen South-South cooperation and to create alternative "
            "mechanisms for financing and technical support.",
            "strengthen South-South cooperation",
        ),
    ],
)
def test_the_speaker_insisting_on_an_act_calls_for_it(sentence: str, action: str) -> None:
    (d,) = extract(LEAD + sentence).demands
    assert d.action.startswith(action)


@pytest.mark.parametrize(
    "sentence",
    [
        "They insist on prolonging the life of the colonial regime.",
        "I insist on the fact that ethical rebirth is a vital enterprise for our civilization.",
        "Advocating for a world order in which all countries obey the rules does not mean that we insist "
        "on uniformity.",
    ],
)
def test_another_s_insistence_a_condition_or_an_emphasis_asks_nothing(sentence: str) -> None:
    assert extract(LEAD + sentence).demands == ()


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        # UN General Debate shapes: adverbs between "call" and "on"
        ("We call once again on the Security Council to assume its responsibilities.", "Security Council"),
        ("We therefore call urgently upon the parties to cease fire.", "the parties"),
    ],
)
def test_a_call_on_someone_with_adverbs_inside_the_verb_asks_him(sentence: str, target: str) -> None:
    text = LEAD + sentence
    (d,) = extract(text).demands
    assert any(target in text[s:e] for s, e in d.target_spans)


def test_a_call_reaffirmed_is_made_again() -> None:
    (d,) = extract(LEAD + "We reaffirmed our call for the release of all political prisoners.").demands
    assert d.action == "the release of all political prisoners"


def test_a_call_early_on_is_no_call_on_someone() -> None:
    assert extract(LEAD + "He called early on the minister to explain.").demands == ()
