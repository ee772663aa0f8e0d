"""The premise of an interview answer: "we have to recognise that we have developed these remarkable
technologies", "we need to understand that the boats are still coming" (doorstops and radio
interviews). Answering a journalist, the speaker says what "we" should take as given before his
argument goes on; no one is asked to act.

A prepared speech or statement asks its audience the same thing as a call ("All of us must
recognize that peace will be a powerful tool…", "We have to remember that the choices of
individual human beings…", UN General Debate; annotated so in tune/ and tune3/), so only the turns
of an exchange, where two speakers or more answer each other (turns.Turns.speakers), are read so.
In the press-release corpus the form occurs about ten times in 150 transcripts.
"""

from __future__ import annotations

import re

from .clauses import Found

# The verbs of taking something as given, then what is taken: a clause after "that" or "the fact
# that". Not "accept the offer", "recognise Palestine" (acts on something), nor "we've got to accept
# what scientists are telling us: climate change is real" (a doorstop's opening statement asks the
# public to accept the science).
PREMISE_RE = re.compile(
    r"(?i:(?:all\s+|also\s+|just\s+|really\s+|simply\s+)?"
    r"(?:recogni[sz]e|understand|accept|acknowledge|appreciate|bear\s+in\s+mind|keep\s+in\s+mind|be\s+aware)"
    r"\s*,?\s+(?:that|the\s+fact)\b)"
)


# A fact to bear in mind, or a scene to picture, whoever is told to: "you have got to remember, just
# on that, it is not so long ago…", "we've got to remember who set this target", "I think people need
# to realise that this is not a human version of a computer game" (doorstops), "We have to remember
# why we went to Afghanistan in the first place" (the Secretary's answer in an interview). Not a call
# to remember someone ("we must remember the people of Cuba"). A speech asks its hearers to: "We must
# realize that inaction by the Security Council only emboldens aggressive regimes" (Turkey, 2013),
# "We have to remember that the choices of individual human beings led to repeated world war"
# (the United States, 2016), "Israel should realize that coercion … do[es] not bring security" (Qatar).
RECALL_RE = re.compile(
    r"(?i:(?:all\s+|also\s+|just\s+|really\s+|now\s+)?"
    r"(?:remember(?=\s*(?:,|(?:that|who|what|when|how|where|why)\b))|imagine|reali[sz]e)\b)"
)


def premise(text: str, found: Found) -> bool:
    """Whether the "we have to …" of `found`, or any "… must remember / realise / imagine", in the
    answers of an exchange only takes something as given."""
    if RECALL_RE.match(text, found.act):
        return True
    return found.kind == "self_exhortation" and PREMISE_RE.match(text, found.act) is not None
