"""Transcripts of interviews: the interviewer, named or labelled, asks and makes no demand of the
statement; a demand in a guest's turn is the guest's (real turns from the press-release corpus)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advocacy_archive.index.extract import extract
from advocacy_archive.index.extract.turns import TRANSCRIPT_HEAD, TRANSCRIPT_RE, Turns

# Scott Morrison interviewed by Lyndal Curtis (ABC News 24, 2013), shortened; the archive filed it
# under the interviewer's name.
INTERVIEW = """Transcript

Friday 23 August 2013

ABC News 24 with Lyndal Curtis

LYNDAL CURTIS:
Scott Morrison, welcome to ABC News 24, now you've announced new deterrence measures involving more AFP
officers in the region, how many do you envisage being involved?

SCOTT MORRISON:
Well more than double the current deployment but the real issue for the AFP deployment is not just the
number of officers, which the government has actually cut back by 40 percent, but it's the Special
Operations funding that is needed to support them. We need to disrupt this activity up within the region.

CURTIS:
So how many police officers would be involved overall in the three countries you've mentioned?

MORRISON:
Over the three, we'd be more than certainly doubling what's in Indonesia at the moment and we've
certainly funded to increase it in the other places. The ultimate arrangements though, we want to be very
careful, Lyndal, that we want to work through those details with the governments of those countries.

CURTIS:
Some say the government should just let the navy handle it. Do you destroy the boats?

MORRISON:
We destroy them. The government should be out there patrolling, intercepting, doing that work.
"""


def test_named_interviewer_is_found_by_her_questions() -> None:
    turns = Turns(INTERVIEW)
    assert turns.askers == {"CURTIS"}
    assert turns.speaker(INTERVIEW.index("We need to disrupt")) == "MORRISON"


def test_interviewers_questions_are_no_demands_and_the_guest_makes_his_own() -> None:
    ex = extract(INTERVIEW, issuer_hint="Lyndal Curtis", source_name="lyndal-curtis")
    actions = [d.action for d in ex.demands]
    assert not any("navy" in a for a in actions)  # the interviewer's question
    assert any(a.startswith("disrupt this activity") for a in actions)
    assert ex.demands and {d.by for d in ex.demands} == {"Scott Morrison"}


def test_a_release_quoting_a_question_is_no_transcript() -> None:
    text = (
        "The Greens today called on the Government to act.\n\n"
        "Background: the inquiry asked whether the Minister should resign?\n"
    )
    assert Turns(text).speaker(text.index("the inquiry")) is None


def test_a_transcripts_head_is_known_as_the_plain_boundary_pattern_knows_it(corpus: Path) -> None:
    """TRANSCRIPT_RE, written for the engine's fast scan, says of every head what the plain
    pattern with "\\b" before each word says: real heads, and words inside others or after "_"."""
    plain = re.compile(r"(?i:\btranscript\b|\bE\s*&\s*O\s*E\b|\binterview\b|press\s+conference|\bdoorstop\b)")
    files = sorted((corpus / "press-releases").glob("*.txt"))
    heads = [p.read_text(encoding="utf-8-sig")[:TRANSCRIPT_HEAD] for p in files]
    tricky = ["_interview", "xinterview", "éinterview", "İnterview", "tranſcript", "TRANSCRIPTS", "Doorstop"]
    tricky += ["e&o e", "aE & O E", "expressconference", "Press\nconference", "1transcript", "interview_"]
    for head in [*heads, *tricky, *(t.upper() for t in tricky)]:
        assert bool(TRANSCRIPT_RE.search(head)) == bool(plain.search(head)), head
    assert sum(bool(TRANSCRIPT_RE.search(h)) for h in heads) > 10  # the press corpus has transcripts


# A joint doorstop filed under one of its speakers (Senator Birmingham, 2010), shortened: the
# letterhead names them all, and each turn's demands are its speaker's.
DOORSTOP = """Senator Simon Birmingham

4 November 2010

TRANSCRIPT OF THE HON. TONY ABBOTT MHR

JOINT DOORSTOP INTERVIEW WITH

SENATOR SIMON BIRMINGHAM, SHADOW PARLIAMENTARY SECRETARY FOR ENVIRONMENT, FORBES, NEW SOUTH WALES

TONY ABBOTT: Look, I really appreciated the chance to be at this meeting today. I think that this
whole water issue is by far the biggest issue for regional Australia right now.

SIMON BIRMINGHAM: Thanks Tony. What we need is for the Prime Minister, for Tony Burke to agree to
front up to these communities. That’s why we challenge the Government to front up and do the same.

JOURNALIST: Is a plan needed?

TONY ABBOTT: Look, I certainly think we need to listen to a range of voices.

JOURNALIST: What should the Government do?

TONY ABBOTT: Well, the first thing they’ve got to do is listen to people.

SIMON BIRMINGHAM: Thanks Tony. The Government should release the guide.

JOURNALIST: When will it be released?

SIMON BIRMINGHAM: Nobody knows, and that is the problem.
"""


def test_a_joint_doorstops_other_speaker_makes_his_own_demands() -> None:
    ex = extract(DOORSTOP, source_name="2010-11-04-birmingham-simon-211345611.txt")
    by = {d.action.split()[0]: d.by for d in ex.demands}
    assert by["release"] == "Simon Birmingham"  # the release's own speaker: its voice
    assert by["front"] == "Simon Birmingham"  # "…we challenge the Government to front up"
    assert by["listen"] == "Tony Abbott"  # "TONY ABBOTT: … we need to listen to a range of voices."


# A White House press briefing (Jen Psaki, 10 August 2021), shortened: a question is a line begun by
# "Q" and non-breaking spaces, with no colon.
BRIEFING = (
    "Press Briefing by Press Secretary Jen Psaki, August 10, 2021\n"
    "MS. PSAKI:\xa0 Hi, everyone.\xa0 We urge Congress to pass the infrastructure bill this week.\n"
    "Q\xa0\xa0\xa0 Why not just ask Speaker Pelosi to take up the infrastructure bill now?\n"
    "MS. PSAKI:\xa0 Well, the President has been clear.\n"
    "Q\xa0\xa0\xa0 Some moderates want the House to vote on it first, so —\n"
    "MS. PSAKI:\xa0 Okay.\n"
)


def test_a_white_house_briefings_bare_q_is_a_question() -> None:
    turns = Turns(BRIEFING)
    assert turns.within_question(BRIEFING.index("Why not"))
    assert not turns.within_question(BRIEFING.index("We urge"))
    assert [d.targets for d in extract(BRIEFING).demands] == [("United States Congress",)]


def test_a_partys_transcript_is_its_speaking_members_own_words(corpus: Path) -> None:
    # "MEDIA RELEASE The Hon Simon Crean MP Deputy Leader of the Opposition … TRANSCRIPT OF
    # DOORSTOP", filed under the Australian Labor Party: "CREAN: What we really need is…" is
    # Crean's call, as a member's own transcript would make it, not the party's
    name = "2001-09-03-australian-labor-party-211227930.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    assert ex.issuer == "Australian Labor Party"
    calls = [d for d in ex.demands if "need a Coastguard" in " ".join(d.sentence.split())]
    assert [d.by for d in calls] == ["Simon Crean"]


# Sky News 'AM Agenda' (17 May 2011) as the web page gave it, shortened: the turns run on within a
# line after a gap of non-breaking spaces, each label in capitals.
NBSP = "\xa0"
PANEL = (
    "THE HON BRENDAN O’CONNOR MP  MINISTER FOR HOME AFFAIRS AND JUSTICE      TRANSCRIPT  Sky News\n\n"
    + "  ".join(
        [
            "KIERAN GILBERT:   Good morning and welcome to AM Agenda.",
            "BRENDAN O’CONNOR: Good morning Kieran.",
            "KIERAN GILBERT: Okay.  Senator Brandis, your view?",
            "GEORGE BRANDIS: Well there will be no carbon tax.",
            "KIERAN GILBERT: Gentlemen, we’ve got to take a quick break.  Is this fair?",
            "GEORGE BRANDIS: No.",
            "KIERAN GILBERT: Is this expectation management?",
            "BRENDAN O’CONNOR: Look, we’re disclosing information that’s relevant to the debate.",
            "KIERAN GILBERT: Should the price rise?",
            "BRENDAN O’CONNOR: We have to talk about the fundamental issues.",
        ]
    ).replace(" ", NBSP)
    + "\n"
)


def test_turns_run_on_within_a_line_are_turns() -> None:
    turns = Turns(PANEL)
    assert turns.askers == {"GILBERT"}
    assert turns.within_question(PANEL.index(f"we’ve{NBSP}got"))
    assert turns.speaker(PANEL.index(f"We{NBSP}have")) == "O’CONNOR"
    actions = [d.action for d in extract(PANEL).demands]
    assert not any("quick break" in a for a in actions)  # the host's aside


def test_a_journalists_turn_after_the_head_on_the_same_line_is_a_question(corpus: Path) -> None:
    # "…E & O E - PROOF ONLY  JOURNALIST: Penny Wong, good morning." opens Senator Wong's interview,
    # filed under the Labor Party: the journalist's "they have to leave their homes" asks no one,
    # and Wong's "we have to start to reduce the impact of climate change" is hers
    name = "2009-08-06-australian-labor-party-211328016.txt"
    ex = extract((corpus / "press-releases" / name).read_text(encoding="utf-8"), source_name=name)
    sentences = [" ".join(d.sentence.split()) for d in ex.demands]
    assert not any("Carteret Islands" in s for s in sentences)
    assert {d.by for d in ex.demands if "reduce the impact" in d.sentence} == {"Penny Wong"}


# Wake Up (Ten Network, 10 January 2014), filed under the host, shortened: the guest's label is
# his office, and the text names its holder.
OFFICE_LABEL = (
    "INTERVIEW WITH NATARSHA BELLING AND  JAMES MATHISON, WAKE UP, TEN  NETWORK  Friday, 10 January 2014"
    "  E&OE   NATARSHA BELLING:  Every day we come to you from the Queenscliff Surf Club.  JAMES "
    "MATHISON:   One of the members is our Prime Minister Tony Abbott and he joins us in  the studio "
    "right now. Prime Minister, thanks for your time.  PRIME MINISTER:  Nice of you to have me in my "
    "own surf club.  JAMES MATHISON:   Have a look around?  PRIME MINISTER:  Yeah, it's nice.  "
    "NATARSHA BELLING:  Tarted up indeed. You’ve been out for a surf every day this week?  PRIME "
    "MINISTER:  I missed one day this week and I didn’t surf over the weekend. But I love the water, "
    "people on the Northern  Beaches where I live love the water.  JAMES MATHISON:   Is it like riding "
    "a bike though?  PRIME MINISTER:  Well that was the board I got at Dripping Wet on Wednesday to "
    "replace the board that broke on Tuesday.  NATARSHA BELLING:  What happened with the board?  PRIME "
    "MINISTER:  We need to deal severely with them and the courts shouldn’t make excuses for them.\n"
)


def test_a_guest_labelled_by_his_office_is_its_holder() -> None:
    ex = extract(OFFICE_LABEL, issuer_hint="Natarsha Belling", source_name="2014-01-10-natarsha-belling")
    assert ex.demands and {d.by for d in ex.demands} == {"Tony Abbott"}


# A doorstop (Prime Minister Turnbull, Hamburg 2017), shortened: the answer takes something as
# given with "we have to recognise that…" and then asks with "we have to ensure…".
PREMISE_DOORSTOP = """PRIME MINISTER:
Well thank you very much. The G20 has been a great success.

JOURNALIST:
Prime Minister, what about encryption?

PRIME MINISTER:
So that is this type of lawful access you have, you've always had, but we have to recognise that we
have developed, we, the world has developed these remarkable technologies. But we have to ensure that
the rule of law prevails.

JOURNALIST:
Will the other leaders agree?

PRIME MINISTER:
I'm confident they will. We also have to recognise that to get legislation through this Parliament
we need to get people on the same page.

JOURNALIST:
Thank you, Prime Minister?
"""


def test_an_answers_premise_is_no_call_but_what_it_then_asks_is() -> None:
    actions = [d.action for d in extract(PREMISE_DOORSTOP).demands]
    assert not any(a.startswith("recognise") for a in actions), actions
    assert any(a.startswith("ensure that the rule of law prevails") for a in actions), actions


def test_a_speechs_we_must_recognize_that_stays_a_call() -> None:
    # President Obama to the General Assembly, 2013 (tune/USA_68_2013 counts it): no exchange
    text = (
        "All of us must recognize that peace will be a powerful tool to defeat extremists throughout "
        "the region and embolden those who are prepared to build a better future."
    )
    assert [d.action[:9] for d in extract(text).demands] == ["recognize"]


@pytest.mark.parametrize(
    "sentence, target",
    [
        # Turkey at the General Debate, 2013; the United States, 2016; Qatar, 2013; HRW, 2024
        ("We must realize that inaction by the Security Council only emboldens aggressive regimes.", None),
        ("We have to remember that the choices of individual human beings led to repeated world war.", None),
        ("Israel should realize that coercion and de facto policies do not bring security.", "Israel"),
        (
            "The country's authorities need to realize that upholding the right to health for its people "
            "is not optional.",
            "The country's authorities",
        ),
    ],
)
def test_a_statement_asks_its_hearers_to_remember_or_realise(sentence: str, target: str | None) -> None:
    (d,) = extract(sentence).demands
    assert d.action.startswith(("realize", "remember"))
    assert d.targets == ((target,) if target else ())


# Tanya Plibersek's Sky News interview (2014), turns shortened; the last answer is made up to hold a call
RECALL_DOORSTOP = """E&OE TRANSCRIPT

SPEERS: They say it is a goal they still share.

PLIBERSEK: No they don’t, because Tony Abbott said, he said that in Mid-Year Economic and Fiscal Outlook.

SPEERS: Doesn’t it come down to when you would achieve it?

PLIBERSEK: Well I can’t tell you when we’ll achieve it because I don’t know when we’re going to be back in
government, but it’s our ambition, it’s not theirs. And we’ve got to remember who set this 0.5% of gross
national income target. It was John Howard.

SPEERS: Would you restore the cuts?

PLIBERSEK: The Government needs to get on with the job of funding it properly.
"""


def test_an_answers_reminder_is_no_call_but_what_it_then_asks_is() -> None:
    actions = [d.action for d in extract(RECALL_DOORSTOP).demands]
    assert not any(a.startswith("remember") for a in actions), actions
    assert any(a.startswith("get on with the job") for a in actions), actions
