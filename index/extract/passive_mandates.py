"""A mandative clause in the passive names no one it asks: "it is critical it be maintained" (an
Australian release, of an information network), "It is of particular importance that UNIFIL be
given a realistic opportunity to perform the tasks it has been assigned", "it is of critical
importance that the Palestinians be allowed …" (General Debate speeches).

The clause's subject is what the act is done to, not who is to do it: the guidelines leave the
targets of a passive demand empty ("the UN must be given access"), as obligations.py does for
"X must be Ved". Only its agent, where a "by" phrase names one ("…that the resolutions be carried
out by the parties"), is asked. "be" before anything else ("that the process be inclusive", "that
the border be open") is no passive, nor a state the subject takes on ("be involved", "be prepared").
"""

from __future__ import annotations

import re

from .verbs import IRREGULAR_PARTICIPLES

# Participles of a state the subject itself takes on ("that all parties … should be actively involved
# in all efforts", "be prepared to", "be engaged"): it is asked to act, as in the active.
PASSIVE_BE_RE: re.Pattern[str] = re.compile(
    r"be\s+(?:[a-z]+ly\s+)?(?!(?:involved|engaged|prepared|committed|determined|united|dedicated|devoted)\b)"
    r"(?:[a-z]+ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b"
)
# the agent as obligations.BY_AGENT_RE reads it after "must be Ved"
AGENT_RE: re.Pattern[str] = re.compile(
    r"\bby\s+(?P<np>[^,.;:]{2,80}?)(?=\s+(?:themselves|itself|and|to|in|at|for|during|before|after|within|"
    r"until|as|when|if)\b|[,.;:]|$)"
)
END_RE: re.Pattern[str] = re.compile(r"[,;:.]|\sto\s")


def passive_asked(text: str, act: int, e: int) -> list[tuple[int, int]] | None:
    """The asked of a mandative clause whose act begins at `act` when it is a passive ("be
    maintained"): its "by" agent, or no one; None when the clause is active."""
    if PASSIVE_BE_RE.match(text, act) is None:
        return None
    cut = END_RE.search(text, act, e)
    agent = AGENT_RE.search(text, act, cut.start() if cut else e)
    return [agent.span("np")] if agent else []
