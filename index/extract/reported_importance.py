"""The importance a government's readout reports someone to have stressed: no call of the page's.

A State Department or White House readout tells what was said at a meeting, in the past tense and
the third person: "Secretary Blinken underscored the importance of bringing together international
support for humanitarian and development efforts in Gaza", "The Deputy Secretary stressed the
importance of support for gender equity", "He also emphasized the importance of taking bold action
to address the climate crisis", "Mr. Sullivan underscored the importance of maintaining open lines
of communication". It reports what its official valued, and asks no one; the conventions these
pages were annotated by say so (README, State Department: "discussed / emphasized the importance
of …" is no call unless an actor is asked), as they already said of the importance a readout's
"They" or "Both sides" stressed (importance.said_by_sides).

What stays a call: the speaker's own voice in the present or the first person ("We reiterate the
importance of unhindered humanitarian access", "The United States and Spain underscore the
importance of …", "We stressed the critical importance of meeting humanitarian needs"), an act
announced ("the Secretary will underscore the importance of …"), and anyone the act is asked of
("emphasized the importance of Israelis and Palestinians enjoying …": the call names them, and it
is found as a call on them, with targets, which this leaves alone).
"""

from __future__ import annotations

import re

from .clauses import Found

# The publishers whose pages are readouts of their officials' meetings (genres.PUBLISHERS' names
# as the issuer is resolved); other publishers' reports of what someone stressed (a Human Rights
# Watch release on the Argentine authorities) are annotated as that someone's calls.
READOUT_PUBLISHERS: frozenset[str] = frozenset({"U.S. Department of State", "White House"})

# Told in the past: "emphasized the importance of", "also reiterated the critical importance of",
# "agreed on the importance of"; not "emphasize", "underscores" (a thing shows it) or "will stress".
REPORTED_RE = re.compile(
    r"(?:emphasi[sz]ed|stressed|underscored|underlined|reiterated|highlighted|(?:re)?affirmed|"
    r"agreed\s+on|discussed)\s+"
    r"(?:(?:once\s+(?:again|more)|again|also|further|[a-z]+ly)\s+){0,2}"
    r"the\s+(?:[a-z]+\s+)?importance\s+of\b",
    re.I,
)
# The speaker among those who stressed it: "We stressed…", "I underscored…", "our delegation…"
FIRST_PERSON_RE = re.compile(r"\b(?:[Ww]e|I|[Oo]ur|us)\b")
# A page that reproduces a joint statement or communiqué is its signatories' text, not a readout:
# "The following is the text of a joint statement by …", "The text of the following statement was
# released by the Governments of …", "Begin text:", "adopted the following Joint Declaration"; its
# "The Ministers underscored the importance of …" is the signatories' own voice (README, tune9:
# "a communiqué's stay calls").
REPRODUCED_RE = re.compile(
    r"(?i:\bbegin\s+text\s*:|\bfollowing\s+(?:is\s+)?(?:the\s+)?(?:text\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?:joint\s+)?(?:statement|communiqu[eé]|declaration)\b)"
)
REPRODUCED_HEAD = 600  # the page's first lines, where such a note stands


def reported(text: str, s: int, found: Found) -> bool:
    """Whether `found`, in the sentence beginning at `s`, is an importance a readout reports someone
    other than the speaker to have stressed, asking no one."""
    return (
        found.kind == "call_for"
        and not found.targets
        and not found.inner  # "…of working with partners to … press the regime to cease the violence"
        and REPORTED_RE.match(text, found.verb) is not None
        and FIRST_PERSON_RE.search(text, s, found.verb) is None
    )


def reproduces_statement(text: str) -> bool:
    """Whether the page's first lines say it gives the text of a joint statement or communiqué."""
    return REPRODUCED_RE.search(text, 0, REPRODUCED_HEAD) is not None
