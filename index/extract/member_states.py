"""The United Nations' members named as a body in a General Debate speech: "I call upon all Member
States to support that initiative", "the States Members of the United Nations", "the collective will
of its Member States", "We expect the support of all Members for our candidacy".

A speech asks the Organization's members to act more often than it names any one state, and the
dictionary knows them only after a body's name ("UN Member States", body_people.py); the bare
"Member States" of a speech were no actor, so each call on them lost its addressee. The sets mark
them as one actor, an `igo` like "UN Member States" (tune6/'s convention: "all Members" and "all
Member States" are `igo`; un-tune8/ types them `other`). Only the capitalised "Member States" is the
UN's, as the Assembly's records write it; "member States of the African Union" are another body's,
and a name before the words ("ECOWAS Member States", "the European Union and its Member States")
or a body after them other than the Organization makes them another body's too, left alone. One
state ("a Member State") is no group, and a bare "Members" is as often the delegates listening
("Members might ask …") or a body's founders: only "all Members" and "Members of the United
Nations" are the body.
"""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import occurrences

# Searched for by these literal words first (one shared pass): the patterns are read only there.
WORDS = ("Member", "States Members", "Members of")
GAP = r"\s+"  # OCR'd records wrap and double their spaces ("Member\nStates", "Member  States")
# The Organization named after the members is theirs; any other body is not the UN's.
OF_UN = (
    rf"{GAP}of{GAP}(?:the{GAP}United{GAP}Nations"
    rf"|(?:th(?:is|e)|our){GAP}(?:august{GAP})?Organization(?!{GAP}of\b))"
)
MEMBERS_RE = {
    "Member": re.compile(rf"Member{GAP}States\b(?![-’'])(?:{OF_UN})?"),
    "States Members": re.compile(rf"States{GAP}Members{OF_UN}"),
    "Members of": re.compile(rf"Members{OF_UN}"),
}
OF_OTHER_RE = re.compile(rf"{GAP}of{GAP}(?:the{GAP}|this{GAP})?[A-Z]")
# "all Members" is the body even without its name ("the support of all Members for our candidacy").
ALL_BEFORE_RE = re.compile(rf"\b[Aa]ll{GAP}$")
MEMBERS_WORD_RE = re.compile(r"Members\b(?![-’'])")
# A determiner before the words is the mention's, as the sets mark "all Member States", "its Member
# States"; a capitalised word that is none names another body ("SADC Member States", "UN Member States").
DETERMINER_RE = re.compile(rf"\b(?:[Aa]ll|[Tt]he|[Ii]ts|[Oo]ur|[Ff]ellow|[Oo]ther){GAP}$")
NAME_BEFORE_RE = re.compile(r"\b([A-Z][\w’'-]*)\s+$")
# Capitalised words that open a sentence or address the hall rather than name a body.
NOT_NAMES = frozenset("As If When While Dear Distinguished Today Many Most Some Several Both We".split())
# "the European Union and its Member States": the members of the body just named before "its".
OTHER_BODY_BEFORE_RE = re.compile(rf"\b(?:Union|Community|EU|ECOWAS|SADC|ASEAN){GAP}and{GAP}its{GAP}$")
# Membership predicated, not a group that acts: "have since become Members of the United Nations",
# "we, as Member States, should …", "one of the most faithful Members of the Organization"; and a
# count of them ("relations with 121 Member States"), a number of states rather than the body;
# "certain States Members …" are states left unnamed (unnamed_powers.py), an `other`.
PREDICATE_RE = re.compile(
    r"(?:\b(?:becom(?:e|es|ing)|became|are|is|were|was|been|certain|(?<!well )as"
    rf"|one{GAP}of(?:{GAP}the)?(?:{GAP}most)?(?:{GAP}\w+)?)"
    rf"|\d){GAP}(?:(?:new|full|fellow|other|founding){GAP})?$"
)
NAME = "United Nations member states"  # the name body_people.py gives "UN Member States"


def member_states(text: str) -> list[Mention]:
    """One `igo` mention for each naming of the United Nations' members as a body in a speech."""
    out: list[Mention] = []
    for pos, word in occurrences(text, WORDS):
        if pos > 0 and text[pos - 1].isalnum() or _inside(out, pos):
            continue  # part of another word, or of "States Members of …" found already
        found = MEMBERS_RE[word].match(text, pos)
        if found is None and word == "Member":  # "all Members" ("Member" begins every "Members")
            everyone = _all_members(text, pos)
            out += [] if everyone is None else [everyone]
        elif found is not None and not _other_body(text, pos, found.end()):
            out.append(Mention(_start(text, pos), found.end(), NAME, "igo", 1))
    return out


def _all_members(text: str, pos: int) -> Mention | None:
    """ "all Members" at the "Members" at `pos`, unless another body's ("of the Commonwealth") or
    the Organization named after it (that "Members of" reads)."""
    before = ALL_BEFORE_RE.search(text, max(0, pos - 8), pos)
    if before is None:
        return None
    found = MEMBERS_WORD_RE.match(text, pos)
    if found is None or _predicated(text, before.start()) or OF_OTHER_RE.match(text, found.end()):
        return None
    return Mention(before.start(), found.end(), NAME, "igo", 1)


def _predicated(text: str, start: int) -> bool:
    """Whether the words only say what some state is or how many there are."""
    return PREDICATE_RE.search(text, max(0, start - 40), start) is not None


def _other_body(text: str, start: int, end: int) -> bool:
    """Whether the members are another body's (named before them, or after them by "of"), or
    named only as what some state is."""
    if _predicated(text, _start(text, start)):
        return True
    before = text[max(0, start - 40) : start]
    if OTHER_BODY_BEFORE_RE.search(before) is not None:
        return True
    name = NAME_BEFORE_RE.search(before)
    if DETERMINER_RE.search(before) is None and name is not None and name.group(1) not in NOT_NAMES:
        return True
    return OF_OTHER_RE.match(text, end) is not None


def _start(text: str, pos: int) -> int:
    """Where the mention begins: at a determiner right before the words, if there is one."""
    found = DETERMINER_RE.search(text, max(0, pos - 12), pos)
    return pos if found is None else found.start()


def _inside(found: list[Mention], pos: int) -> bool:
    return any(m.start <= pos < m.end for m in found)
