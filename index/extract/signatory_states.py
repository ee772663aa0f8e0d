"""States named as a joint statement's signers: "Following is a joint statement … issued by Canada,
France, Germany, …, and the European Union as members of the Friends of Sudan."

A statement issued "by" states is issued by their governments: the annotations type each name of
such a list `government` ("Government of Canada"), as they do the lists written "released by the
Governments of Austria, Bulgaria, …" (which organs.py reads by the organ word). The same list
repeated word for word as the text's subject ("Canada, France, Germany, … reiterate our strong
support") names the same signers. Any other mention of one of these states (a pair "The United
States and Austria agreed …", a state the statement talks about) stays the state.
"""

from __future__ import annotations

import re

from . import organs  # read at call time: organs reads this package's modules too
from .authority import Authority
from .mention import Mention

# "issued by", "released by", "signed by", "made by", "endorsed by", "adopted by" after the word
# "statement" or "declaration" in the same sentence: the lead-in a joint statement's page opens with
# ("Following is a joint statement on … issued by", "The following statement was released by").
LEAD_RE = re.compile(
    r"(?i)\b(?:statement|declaration)\b[^.!?\n]{0,200}?\b"
    r"(?:issued|released|signed|made|endorsed|adopted)\s+by\s+(?!the\s+governments?\b)"
)
# What may stand between two names of a list: a comma, "and", both, and the article of the next.
LIST_GAP_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|&\s*)(?:the\s+)?", re.I)
# Where the lead-in stands: a joint statement's page opens with it, after its title and byline; a
# speech or release that tells of "the statement made by France and Germany" further on is no
# statement of theirs.
OPENING = 1000
MIN_SIGNERS = 2  # "released by France and Germany": two states sign jointly
MIN_REPEATED = 3  # a repeated pair ("The United States and Austria …") is as often the states


def _list_at(start: int, text: str, ordered: list[Mention]) -> list[Mention]:
    """The actors' mentions that follow `start` one after another, joined by commas and "and"."""
    out: list[Mention] = []
    at = start
    for m in ordered:
        if m.end <= at:
            continue
        lead = text[at : m.start]
        if m.start != at and not (out and LIST_GAP_RE.fullmatch(lead)) and lead.lower() not in ("the ", ""):
            break
        out.append(m)
        at = m.end
    return out


def _retype(found: list[Mention], auth: Authority) -> None:
    for m in found:
        if m.type == "state" and m.aid >= 0:
            m.name, m.type = f"Government of {organs.of_state(auth.names[m.aid])}", "government"


def signatory_states(text: str, mentions: list[Mention], auth: Authority) -> None:
    """Type, in place, the states of a joint statement's list of signers as their governments."""
    opening = text[:OPENING]
    if ("tatement" not in opening and "eclaration" not in opening) or not LEAD_RE.search(opening):
        return  # nearly every statement: no joint statement's lead-in
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    for lead in LEAD_RE.finditer(opening):
        signers = _list_at(lead.end(), text, ordered)
        if sum(m.type == "state" for m in signers) < MIN_SIGNERS:
            continue
        _retype(signers, auth)
        if sum(m.type == "government" for m in signers) < MIN_REPEATED:
            continue
        written = text[signers[0].start : signers[-1].end]
        at = text.find(written, signers[-1].end)
        while at >= 0:  # the same list again, as the subject of the statement's sentences
            _retype([m for m in ordered if at <= m.start and m.end <= at + len(written)], auth)
            at = text.find(written, at + len(written))
