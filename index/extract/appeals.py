"""Appeals to someone in the shapes UN speeches give them and the call-on pattern ("X appeals to Y
to Z") does not read: an adverb or a setting between the verb and "to" ("Bolivia … appeals
earnestly to the Governments … to take…", "I should like to appeal here to the Government of
South Viet-Nam to show…", "My Government appeals in this honorable Assembly to the Member
countries to take…"), the progressive ("I am appealing to the international community, our dear
friends, to assist us…"), an appeal for a thing ("We appeal to the international community for
assistance") or for a clause ("we fervently appeal to donors that they cancel…"), and the noun
made from a rostrum ("The Republic of Guinea makes an urgent appeal from this rostrum to the
international community to give…", "Zaire issues a fervent appeal to the international community
for support…"). In 11,000 General Assembly speeches these shapes hold some 700 appeals.

Only an appeal made here is one: the speaker's voice says it ("we", "I", a name, "should like
to"), in the present; "the appeal of the Secretary-General", "appealed to the Supreme Court for
a review" and "an appeal to reason" ask no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .call_ons import CLAUSE_IN_TARGET_RE, FINITE_RE, ONE_ASKED_END, _someone
from .clauses import Found, clause_start

# Where the appeal is made, between the verb and "to": "here", "from this rostrum", "in this
# honorable Assembly", "once again", "earnestly".
SETTING = (
    r"(?:[a-z]+ly|here|again|once\s+(?:again|more)|now|also|today|therefore|hereby|"
    r"(?:from|in|at|before)\s+(?:this|the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:rostrum|assembly|forum|hall|body|session|podium|occasion|organization|platform))"
)
APPEAL_RE = re.compile(
    r"\b(?:(?P<v>appeal(?:s|ing)?)|(?:make|makes|making|issue|issues|launch|launches|address|addresses|"
    r"direct|directs|renew|renews|reiterate|reiterates|repeat|repeats)\s+(?:an?|our|my|its|this)\s+"
    r"(?:[a-z]+\s+){0,2}appeal)\s+"
    rf"(?P<set>(?:{SETTING}\s+){{0,3}})to\s+(?P<t>[^.;:!?]{{2,120}}?){ONE_ASKED_END}\s*,?\s+"
    r"(?:to\s+(?P<a>[a-z])|that\s+(?P<h>(?:they|he|she|we|all|the|these|those|each|every)\b)|for\s+(?P<f>[a-z]))",
    re.I,
)
# The speaker's voice before the verb: "we (fervently) appeal", "I should like to appeal",
# "I am appealing", "Bolivia, in its traditional spirit of peace, appeals", "My Government appeals".
VOICE_RE = re.compile(
    r"(?:\b(?:[Ww]e|I)|\b[A-Z][\w’'-]+|,|\b(?:like|wish|want|must|should)\s+to|\b(?:am|are|is)|"
    r"\b(?:also|again|therefore|now|hereby|once\s+again|once\s+more))\s+(?:[a-z]+ly\s+)?$"
)
PROGRESSIVE_RE = re.compile(r"\b(?:I\s+am|[Ww]e\s+are|I['’]m|[Ww]e['’]re)\s+(?:[a-z]+ly\s+)?$")
# A court or a judge is appealed to for a ruling, not asked to act for the speaker.
COURT_RE = re.compile(r"(?i:\b(?:court|tribunal|judge|judges|reason|conscience|sense)\b)")


def find(text: str, low: str, s: int, e: int) -> Iterator[Found]:
    """The appeals made in sentence [s, e) that call_ons does not read; `low` is `text.lower()`.
    APPEAL_RE under re.I has no first character for the regex engine to skip to: it is tried only
    in a sentence holding "appeal" (most sentences sent here hold "call", "ask" or "need")."""
    if len(low) == len(text) and low.find("appeal", s, e) == -1:
        return
    for m in APPEAL_RE.finditer(text, s, e):
        verb = m.group("v")
        if verb is not None:
            before = text[max(s, m.start() - 40) : m.start()]
            ing = verb.lower().endswith("ing")
            if not VOICE_RE.search(before) or (ing and not PROGRESSIVE_RE.search(before)):
                continue  # "the appeal of…", "That proposal is appealing"
            if not m.group("set") and m.group("a") and not ing:
                continue  # "we appeal to all parties to…": call_ons reads it
        ts, te = m.span("t")
        if text[te - 1 : te] == ",":
            te -= 1
        comma = text.find(",", ts, te)
        if comma != -1 and not _someone(text, ts, te):
            te = comma  # "to the international community, our dear friends, to assist us": the first
        if (
            COURT_RE.search(text, ts, te)
            or CLAUSE_IN_TARGET_RE.search(text, ts, te)
            or FINITE_RE.search(text, ts, te)
            or not _someone(text, ts, te)
        ):
            continue
        act = next(m.start(g) for g in ("a", "h", "f") if m.group(g))
        yield Found(clause_start(text, s, m.start()), m.start(), act, "call_on", [(ts, te)])
