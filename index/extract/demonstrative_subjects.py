"""A demonstrative opening its sentence as the subject of a call verb: "That requires people of
goodwill and courage to stand up to the hate, the lies, and the extremism that led to this vicious
attack" (a White House statement), "This requires the international community to actively address
the pressing challenges…", "This requires us to strengthen further the role of the United Nations"
(General Debate speeches).

call_ons passes over a call verb after a determiner, for there it is mostly a noun ("that request
to…", "this call for…"). But a verb with the third person's "-s" after "this" or "that" is no noun
(a singular determiner takes no plural), and a demonstrative that opens its sentence is no
relative pronoun ("a law that requires the government to…" describes the law: predicate_relatives'
case). Only verbs of requirement and appeal: "This encourages Israel to continue…" and "That
encourages us to reflect" tell an effect, not a call.
"""

from __future__ import annotations

import re

# The demonstrative right before the verb, an adverb allowed between ("This also requires…")
DEMONSTRATIVE_RE = re.compile(
    r"(?i:\b(?:this|that)\s+(?:(?:also|too|therefore|thus|now|surely|[a-z]+ly)\s+)?)$"
)
# What may open the sentence before it: quotes or a bracket, "And", "But", "So", an adverb and its comma
LEAD_RE = re.compile(
    r"[\s\"“‘'(]*(?:(?:and|but|so|yet|now|today|indeed|above\s+all|in\s+short|[a-z]+ly)\s*,?\s+)*", re.I
)
# The verbs of requirement and appeal in the third person singular
ASKING_RE = re.compile(r"(?i:(?:requires|urges|calls\s+(?:up)?on|demands\s+of)\b)")
REACH = 30  # how far before the verb the demonstrative may begin


def opens_as_subject(text: str, s: int, verb: int) -> bool:
    """Whether the call verb at `verb` has for subject a "this" or "that" opening the sentence
    that begins at `s`."""
    if not ASKING_RE.match(text, verb):
        return False
    demonstrative = DEMONSTRATIVE_RE.search(text, max(s, verb - REACH), verb)
    if demonstrative is None:
        return False
    lead = LEAD_RE.match(text, s, demonstrative.start())
    return lead is not None and lead.end() == demonstrative.start()
