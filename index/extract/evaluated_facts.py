"""Facts judged, not acts asked: the "should" of a clause that an evaluation governs. "It is
unacceptable for instance that only 100 out of 17.000 in 1982/83 should be from Central and South
America" (an Australian release, 1983), "It is outrageous that the Government should be assisting
the Vietnamese Communist regime in this way" (a release, 1985), "It is regrettable that the United
States Government should continue…", "It is ironic that resources for international development
should decline…" (UN General Debate speeches). The modal is the putative "should" of English: the
clause states what happens and the frame judges it (a condemnation, a surprise, a regret), so no one
is asked to act; "It is unacceptable to hold…" (calls.py), a prohibition, is another frame.

Left as calls: a frame that rules a thing out ("It is inconceivable that we should not take
practical concrete measures at this session", "It is unthinkable that the United Nations should go
on receiving thousands of complaints"), which asks the opposite as "we must not…" does; and the
mandative frames ("It is essential/important/right that X should…", calls.py).
"""

from __future__ import annotations

import re

# The judgements: a condemnation, a regret, a surprise, an irony. Not "inconceivable",
# "unthinkable", "unimaginable" (rhetorical prohibitions, above) nor "natural", "right", "fitting"
# (what is proper is asked for).
JUDGEMENT_ADJ = (
    r"(?:unacceptable|intolerable|outrageous|disgraceful|shameful|scandalous|deplorable|lamentable|"
    r"regrettable|unfortunate|sad|tragic|ironic|paradoxical|strange|odd|curious|surprising|astonishing|"
    r"amazing|incredible|extraordinary|remarkable|absurd|ridiculous|appalling|shocking|disturbing|"
    r"worrying|alarming|disappointing|unbelievable)"
)
DEGREE = (
    r"(?:\w+ly|indeed|also|therefore|thus|so|very|even|more|most|rather|quite|almost|somewhat|not|hardly|"
    r"no\s+less)"
)
JUDGEMENT = (
    rf"(?:{JUDGEMENT_ADJ}|"
    # "a disgrace", "a strange paradox", "a sad fact", "a sad commentary on our times",
    # "an almost intolerable provocation to civilized people"
    r"(?:a|an)\s+(?:(?:[a-z]+\s+)?(?:disgrace|shame|scandal|tragedy|pity|travesty|irony|paradox|outrage)|"
    rf"(?:{DEGREE}\s+)?{JUDGEMENT_ADJ}(?:\s+and\s+{JUDGEMENT_ADJ})?\s+[a-z]+))"
)
# "It is (indeed / totally / not / hardly) J (and K) (, for instance / to us / in the extreme) that":
# the frame ends at "that", the subject of the modal follows. The speaker's own surprise or dismay
# frames a fact too: "I am astonished that so distinguished a statesman should renounce…", "We are
# amazed that the Government of North Korea … should be so reluctant…" (not "concerned that X
# should…", which asks for it).
FRAME_RE = re.compile(
    r"\b(?:(?:it|this)\s+(?:is|was|['’]s|would\s+be|seems?|seemed)\s+"
    rf"(?:(?:to\s+(?:us|me)|{DEGREE})\s+){{0,3}}{JUDGEMENT}"
    rf"(?:\s*,?\s+(?:and|but|if\s+not)\s+(?:{DEGREE}\s+)?{JUDGEMENT})?"
    r"|(?:I|we)\s+(?:am|are|was|were|feel|felt)\s+(?:(?:all|\w+ly|indeed|also|therefore|so|very|rather|quite)\s+){0,2}"
    r"(?:surprised|astonished|amazed|appalled|dismayed|shocked|outraged|saddened|distressed|disappointed))"
    r"\b[^.;:!?]{0,40}?\bthat\s+",
    re.I,
)
# Between the frame and the modal, the subject of the judged clause only: commas may hold an
# insertion ("…that the United States of America, which produced the Declaration of Independence,
# should become…"), but a second clause ends it ("…should live in those conditions, and they should
# come to an end" asks in its second half), and so does a position reported ("…that our country
# maintains that the reform … must be arrived at via consensus", "…that developing countries … are
# asserting that globalization … should not undercut…"), which stays a call.
CLAUSE_BREAK_RE = re.compile(
    r"[;:“”\"]|,\s+(?:and|but)\b|\band\s+(?:we|I|they)\b|"
    # "…right at the time when the climate scientists are saying we've got to start dealing with
    # climate change seriously" (an Australian press conference): the scientists' call, reported
    r"\b(?:sa(?:y|ys|ying|id)|tell(?:s|ing)?|told|(?:warn|maintain|assert|insist|consider|demand|recommend|"
    r"suggest)(?:s|ed|ing)?|believ(?:e|es|ed|ing)|argu(?:e|es|ed|ing)|declar(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|"
    r"propos(?:e|es|ed|ing)|think(?:s|ing)?|thought|feel(?:s|ing)?|felt)\b"
)
# A modal whose subject is a relative pronoun belongs to a clause of its own, which the judgement
# does not govern: "it is regrettable that Cuba continues to be subjected to a cruel economic,
# financial and commercial embargo, which must be lifted forthwith" (a General Debate speech).
RELATIVE_SUBJECT_RE = re.compile(r"(?i:\b(?:which|who|whom|that)\s+(?:\w+ly\s+|also\s+|still\s+)?$)")
FRAME_WINDOW = 300  # characters before the modal searched for the frame


def judged(text: str, s: int, at: int) -> bool:
    """Whether the modal at `at` in the sentence from `s` is the putative "should" of a clause that
    an evaluation governs ("It is unacceptable that … should be…")."""
    lo = max(s, at - FRAME_WINDOW)
    if "that" not in text[lo:at].lower():
        return False  # the common case, and a far cheaper test
    frames = list(FRAME_RE.finditer(text, lo, at))
    return (
        bool(frames)
        and not CLAUSE_BREAK_RE.search(text, frames[-1].end(), at)
        and not RELATIVE_SUBJECT_RE.search(text, frames[-1].end(), at)
    )
