"""Offices named by the international body they belong to, written before the title and with no
holder's name after it: "the ICC prosecutor", "the International Criminal Court (ICC) prosecutor",
"the NATO secretary general", "the IAEA director general", "the AU special envoy".

Each office is held by one person, and the annotation guidelines mark it as that person, as they
mark "the prosecutor of the International Criminal Court" (body_heads.py) and "the UN
secretary-general" (un_offices.py). Written with the body first, only the body's name was found:
a call the prosecutor made ("the ICC prosecutor called for cooperation") was filed as the court's,
and the office was one more mention of the court. The title with the holder's name after it ("ICC
Prosecutor Karim Khan") is the person finders' (body_titles.py); the UN's own offices are
un_offices.py's; a prosecutor's office ("the ICC prosecutor’s office") is a body, not its head.
"""

from __future__ import annotations

import re

from .body_heads import PREDICATE_BEFORE_RE, REACH
from .mention import Mention

# One person's titles, lower case as news style writes them or capitalised, with their ranks; not
# "chair" (ASEAN's chair is a member state) nor "representative" alone (a country office's head).
TITLE_RE = re.compile(
    r"(?:[^\S\n]*\([A-Z][A-Za-z]{1,9}\))?[^\S\n]+"  # the body's acronym in brackets after its name
    r"(?P<title>(?:(?:[Dd]eputy|[Cc]hief)[^\S\n]+)?[Pp]rosecutor|[Ss]ecretary[- ][Gg]eneral"
    r"|[Dd]irector[- ][Gg]eneral|[Pp]resident|[Cc]hairperson|[Cc]hairman|[Rr]egistrar"
    r"|(?:[Ss]pecial[^\S\n]+)?[Ee]nvoy|[Hh]igh[^\S\n]+[Rr]epresentative)\b"
    # not the name of the office's body ("the ICC Prosecutor’s Office"), another word of a longer
    # name ("the IAEA Director General Rafael Grossi", "the AU President-elect"), nor a holder's
    # name after a comma; a possessive is the person's ("the ICC prosecutor’s investigation")
    r"(?!-|[’']s[^\S\n]+[Oo]ffice|[^\S\n]+[A-Z]|,[^\S\n]+[A-Z][a-z]+[^\S\n]+[A-Z])"
)
# The UN's offices are un_offices.py's and the authority file's ("UN Special Envoy").
UN_NAMES = frozenset({"United Nations"})
# The article before the body's name: the office is a definite one, written as a name is.
THE = ("the ", "The ")


def body_offices(text: str, chosen: list[Mention]) -> list[Mention]:
    """Each office written after an international body's name, as one person named for the office
    and the body ("Prosecutor of the International Criminal Court"), spanning both."""
    out: list[Mention] = []
    states = [c for c in chosen if c.type == "state"]
    for c in chosen:
        if c.type != "igo" or c.name in UN_NAMES or text[max(0, c.start - 4) : c.start] not in THE:
            continue  # "As the current G20 president, Indonesia …": a definite office only
        start = c.start - 4
        if (m := TITLE_RE.match(text, c.end)) is None or PREDICATE_BEFORE_RE.search(
            text, max(0, start - REACH), start
        ):
            continue  # "In my capacity as the OSCE chairman": the office said of someone, the body marked
        if _beside_state(start, m.end(), states):
            continue  # "The G20 president, Indonesia, …": a presidency a member state holds
        out.append(Mention(start, m.end(), f"{_title(m.group('title'))} of {_body(c.name)}", "person", 2))
    return out


def _beside_state(start: int, end: int, states: list[Mention]) -> bool:
    """Whether a state's name stands in apposition to the office, just before or after it."""
    return any(s.end in (start - 2, start - 1) or s.start in (end + 1, end + 2) for s in states)


def _title(words: str) -> str:
    """The title as an office's name writes it, one spelling for each: "Secretary-General",
    "Director-General", "Special Envoy", "Prosecutor"."""
    joined = re.sub(r"(?i)\b(secretary|director)[^\S\n]+general\b", r"\1-general", " ".join(words.split()))
    return " ".join("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")) for w in joined.split())


def _body(name: str) -> str:
    """The body as an office's name writes it: "the International Criminal Court", "NATO"."""
    return name if name.isupper() else f"the {name}"
