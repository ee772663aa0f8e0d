"""A government named for the party that forms it: "the former Coalition government", "the previous
Labor government", "the Coalition government".

Australian releases name the federal government by its party as often as by its leader ("the Rudd
Government"), and in lower case: "changes to border protection policy … by the former Coalition
government", "Under the Coalition government, boats stopped". The party's mention alone had been
the whole find, so the government that made the policy was shown as the party. The annotations
mark the phrase as the state's government (the one Australian Government of every ministry, with
the party hidden inside it): "the former Labor Government", "Australia’s Labor government".

Only a definite government in being: "a Coalition government" the voters are asked to elect, "a
future Labor government", "what the Coalition government would do", is the party's promise, and
stays the party (as the annotations keep it). Nor
a government's people ("a Labor government minister") or a state's own ("the NSW Labor government":
a place before the party names a state of a federation, whose government is no country's).
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention
from .organs import organ_name

# The word after the party: "government" in lower case (the capitalised "Coalition Government" is
# read as a name by the organ finders already), not a noun for its people after it.
GOVERNMENT_RE = re.compile(
    r"[^\S\n]+government\b(?![^\S\n]+(?:ministers?|members?|MPs?|officials?|backbench\w*|sources?|figures?)\b)"
)
# The party mention may hold the word itself ("the Coalition government" found as the party).
ENDS_GOVERNMENT_RE = re.compile(r"[^\S\n]+government\Z")
# A definite article before the party, with the words that date the government ("the former",
# "The previous", "the last", "the present"); an indefinite one makes it no government yet.
DEFINITE_RE = re.compile(
    r"\b[Tt]he(?:[^\S\n]+(?:former|previous|last|present|current|then|new|outgoing))?[^\S\n]+$"
)
GOVERNMENT: str = "Government of {}"
# A government still to come, though named with "the": "what the Coalition government would do",
# "Will the Coalition government make any changes", "if the Coalition  government was elected"
# (a Coalition shadow minister's words before the 2013 election) is the party's promise too.
TO_COME_AFTER_RE = re.compile(r"[^\S\n]+(?:would|will|could|might|(?:was|were|is)[^\S\n]+elected)\b")
TO_COME_BEFORE_RE = re.compile(r"\b(?:[Ww]ill|[Ww]ould)[^\S\n]+$")
REACH = 25  # characters before the party searched for the article: "The previous " and a margin


def party_governments(text: str, chosen: list[Mention], auth: Authority) -> list[Mention]:
    """The mentions with each party named before a definite "government" taken into one mention of
    the state's government: the party's state where the authority file gives it (a release's last
    state named may be the neighbour the government worked with), else resolved later as "the
    government" is."""
    if not has_any(text, (" government",)):
        return chosen  # most statements
    governments: list[Mention] = []
    for m in chosen:
        if m.type == "party" and (span := _government_span(text, m)) is not None:
            state = auth.country[m.aid] if m.aid >= 0 else -1
            if state >= 0:
                name = organ_name(GOVERNMENT, state, auth)
                governments.append(Mention(*span, name, "government", 1, organ="exec", country=state))
            else:
                governments.append(Mention(*span, GOVERNMENT, "government", 1, GOVERNMENT, "exec"))
    if not governments:
        return chosen
    kept = [m for m in chosen if not any(g.start <= m.start and m.end <= g.end for g in governments)]
    return kept + governments


def _government_span(text: str, party: Mention) -> tuple[int, int] | None:
    """Where "the [former] <party> government" around the party's mention begins and ends, if it is
    one."""
    span = text[party.start : party.end]
    if ENDS_GOVERNMENT_RE.search(span) is not None:
        end = party.end
    elif (after := GOVERNMENT_RE.match(text, party.end)) is not None:
        end = after.end()
    else:
        return None
    if TO_COME_AFTER_RE.match(text, end):
        return None
    if span[:4].lower() == "the ":
        start = party.start
    elif (the := DEFINITE_RE.search(text, max(0, party.start - REACH), party.start)) is not None:
        start = the.start()
    else:
        return None
    return None if TO_COME_BEFORE_RE.search(text, max(0, start - 8), start) else (start, end)
