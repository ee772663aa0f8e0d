"""Modals as people speak them: "has got to", "we’ve got to", "shouldn’t", "mustn't" oblige as
"has to" and "should not" do, in real sentences from Australian press transcripts and Human
Rights Watch releases; the negative stays in what is asked."""

from __future__ import annotations

import pytest

from advocacy_archive.index.extract import extract


def _demands(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(d.kind, d.targets, d.action) for d in extract(text).demands]


@pytest.mark.parametrize(
    ("text", "kind", "action"),
    [
        # Senator Milne, 2012
        (
            "The Government has got to put aside the short-term politics of surplus, of boat people, "
            "and it’s got to start looking to our long-term future.",
            "obligation",
            "put aside the short-term politics",
        ),
        # Human Rights Watch, Australia 2024: the negative is kept
        (
            "“Australia has taken action against its own soldiers who have committed serious "
            "violations, so it certainly shouldn’t deploy with soldiers from other countries "
            "responsible for abuses,” Gavshon said.",
            "obligation",
            "shouldn’t deploy with soldiers",
        ),
        # a Labor release, 2010: the speaker's own
        (
            "And my view is in Afghanistan, we mustn't lose our resolve and mustn't allow the "
            "Taliban or the terrorists to win.",
            "self_exhortation",
            "mustn't lose our resolve",
        ),
        # Human Rights Watch, China 2024: a passive
        ("The cars we drive shouldn’t be made with forced labor.", "passive", "shouldn’t be made"),
    ],
)
def test_a_spoken_modal_obliges(text: str, kind: str, action: str) -> None:
    assert any(k == kind and action in a for k, _, a in _demands(text)), _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        "Well no, I’ve got to disagree with you there.",  # the speaker's own report
        "You have got to be joking.",
        # Prime Minister Howard, 2002: the speaker's own caution
        "I’ve got to be careful that I don’t say nobody’s ever said anything to me about the photographs.",
        "Shouldn’t we wait for the review?",  # a question
        # Liberal Party doorstop, 2009: a reminder of a fact to anyone ("you"); the speaker's own
        # "we've got to remember…" is no call only in an interview's answers (test_transcript_turns.py)
        "You have got to remember, just on that, it is not so long ago that the Agriculture "
        "Minister Tony Burke said that our proposals on agriculture were “too good to be true”.",
        # UN General Debates (Iran 2016, Turkey 2013): a past event recalled, not to be forgotten
        "We should never forget that these pressures, sanctions and illegal threats against the Iranian "
        "people were all defeated.",
        "Nevertheless, we cannot forget that chemical weapons were used against Syrian civilians only a "
        "month ago.",
        # Burundi 2016: the clause's verb in -ed
        "And we should not forget that President Ntaryamira died in a foreign land when the plane "
        "carrying him and the then-President of Rwanda was shot down on 6 April 1994.",
        # Bob Carr, 2013, and Andrew Leigh, 2014: "you" is anyone, in an interview
        "But you've got to look at how many migrants you've got and you've got to worry about them.",
        "While I certainly think you have to have a sensible conversation about these issues, I do "
        "wonder about the wisdom of selling off Australia Post.",
        # State Department briefing, 25 May 2022: what a thing concerns
        "The visit has to do, again, with our support for the announcement, the fact that we "
        "welcomed the announcement.",
        # interview answers (Beazley 1999, Downer 2002, Gillard 2011, Morrison 2013): a hedge
        # between the auxiliary and the modal leaves a forecast a forecast
        "We will just have to wait and see.",
        "So I'll just have to look into that, I don't know.",
        "You might just have to shout loud.",
        "First of all, the government would actually have to be able to put something on the table "
        "which they clearly cannot do.",
    ],
)
def test_a_spoken_modal_that_asks_nothing_is_no_demand(text: str) -> None:
    assert _demands(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Senator Martinez, 2007: what is to be remembered is named, not a fact recalled
        "Today when the world comes together to seek human rights for all people we must remember "
        "the people of Cuba.",
        # UN General Debate (Ireland 2010), Hayden 1982: what is not to be forgotten is named
        "We must not forget Gaza at this critical time.",
        "These are bonds which we should never forget.",
        # UN General Debate (Samoa 1983): a present truth to bear in mind, no past event
        "In our quest for peace we must not forget that peace and development are inseparable.",
        # UN General Debates (United Kingdom 2016, Brazil 1970): no past verb, "United", "specialized"
        "But we must never forget that we stand here at the United Nations as servants of the men and "
        "women that we represent back at home.",
        "We must not forget that the United Nations represents the only specialized agency we have for "
        "peace, development and collective security.",
    ],
)
def test_a_call_to_remember_someone_is_a_demand(text: str) -> None:
    assert [k for k, _, _ in _demands(text)] == ["self_exhortation"]


def test_a_letter_asks_its_addressee_with_you_should() -> None:
    # a letter names who "you" is; "should" asks them, as "we urge you" does
    text = "Dear Minister, you should reverse the decision to cut funding to the agency."
    assert [k for k, _, _ in _demands(text)] == ["obligation"]


@pytest.mark.parametrize(
    "text",
    [
        # an interview's talk about the talk (Brandis on Sky News 2011, Morrison and Shorten 2013-16,
        # Beazley 2001): "let's" asks no one to act
        "KIERAN GILBERT: Let's move on.",
        "Let's face it, the ABC under its charter is not supposed to carry advertising.",
        "Well, let's wait and see what the Court decides.",
        "Let's be really clear about what we are saying.",
        "So, let's not kid ourselves about where we're headed on that.",
        "Let's just look at that.",
        "The beginnings are positive, let us hope for a Court which is, in time, worthy of its name.",
    ],
)
def test_lets_before_talk_about_the_talk_asks_nothing(text: str) -> None:
    assert _demands(text) == []


def test_lets_before_an_act_is_still_the_speakers_call() -> None:
    # Abbott, 2013: the same "let's" before something to do
    text = "So, if you’re serious about protecting jobs in manufacturing, let's get rid of the carbon tax."
    assert [k for k, _, _ in _demands(text)] == ["self_exhortation"]


@pytest.mark.parametrize(
    "text",
    [
        # interview answers (Smith 2010, Plibersek 2014, Bowen 2010, Carr 2013): "'d" is "would",
        # a condition's consequence, as "you would have to…" is; no one is asked
        "STEPHEN SMITH: Well on detailed processing matters you'd need to speak to the Immigration Minister.",
        "PLIBERSEK: Well, you’d have to ask him for an interpretation of his own words.",
        "In relation to your question, I'd need to take that on notice.",
        "Bowen: Again, we’d need to consider that.",
    ],
)
def test_a_modal_after_would_contracted_asks_nothing(text: str) -> None:
    assert _demands(text) == []


def test_a_modal_after_will_also_still_asks() -> None:
    # Human Rights Watch, Sierra Leone 2024: "will also need to" in a recommendation stays a call
    text = (
        "The government will also need to continue focusing on keeping girls in school, while it "
        "develops sustainable economic opportunities."
    )
    assert _demands(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # Human Rights Watch, Nepal and Mali 2024: what someone "will need to" do is asked of them,
        # as "will also need to" is; the subject ends before "will"
        (
            "“Prime Minister Oli has an opportunity to seize the moment and make important achievements "
            "on key rights issues, but the government will need to make sustained efforts and work "
            "closely with victims’ groups, rights organizations, and other partners,” Ganguly said.",
            "the government",
        ),
        (
            "The parties to Mali’s conflict will need to take all necessary measures to minimize harm "
            "to civilians and end unlawful attacks on civilians and civilian property.",
            "The parties to Mali’s conflict",
        ),
    ],
)
def test_what_someone_will_need_to_do_is_asked_of_them(text: str, target: str) -> None:
    assert [[text[s:e] for s, e in d.target_spans] for d in extract(text).demands] == [[target]]


@pytest.mark.parametrize(
    "text",
    [
        # a forecast in an interview answer (Gillard 2011) and a relative clause (a State
        # Department briefing, 2021): "will need to" asks no one there
        "We will need to manage mandatory detention in those circumstances.",
        "Ultimately, these are decisions that the Haitian people will need to make.",
    ],
)
def test_a_forecast_or_relative_will_need_to_asks_nothing(text: str) -> None:
    assert _demands(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own duty, whatever leads in (Abbott 2011, Howard 2003, Morrison 2014)
        "And obviously before I go to questions I should make the point that there is a better way.",
        "I think the other point I should make is that I stand by what I said at the time.",
        "I mean it is just unacceptable but as Minister I have to take responsibility for these things.",
    ],
)
def test_a_modal_after_a_bare_i_is_the_speakers_own(text: str) -> None:
    assert _demands(text) == []


def test_you_and_i_still_exhort() -> None:
    # Ozdowski 2001: the listener is asked too
    text = "But these are the issues which you and I must talk about over and over again in the community."
    assert _demands(text)


@pytest.mark.parametrize(
    "text",
    [
        # Crean 2001, Tudge 2018 (interview answers): emphatic "do", said of anyone
        "CREAN: Well, I think that you can't rush these things but you do have to seize the moment.",
        "And in order to integrate people, you do need to have a reasonable command of the English language.",
        # Keenan 2011: the speaker's own clarity, with a degree
        "I think we’ve got to be absolutely crystal clear.",
        # a Labor release 2001, Shorten 2016: a consequence denied asks nothing
        "This does not mean that Australia should seek to be a leading financial contributor to the UN "
        "reconstruction budget.",
        "Our strong bipartisan commitment to stop the people smugglers, does not mean that people should "
        "be kept in indefinite detention on Manus.",
    ],
)
def test_emphatic_you_a_degree_of_clarity_and_a_denied_consequence_ask_nothing(text: str) -> None:
    assert _demands(text) == []


def test_someone_else_asked_to_be_clear_is_asked() -> None:
    # Plibersek 2014: the Government asked to say what it intends
    text = (
        "When we hear discussions about broader objectives, then of course we say that the Government "
        "have to be very clear with the Australian people whether that is what they’re intending."
    )
    assert [k for k, _, _ in _demands(text)] == ["obligation"]
