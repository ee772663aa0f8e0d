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


def premise(text: str, found: Found) -> bool:
    """Whether the speaker's own "we have to …" of `found` only takes something as given."""
    return found.kind == "self_exhortation" and PREMISE_RE.match(text, found.act) is not None
