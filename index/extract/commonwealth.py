""" "The Commonwealth" of an Australian document: the federal government, as "the Government".

In Australian usage the federation's government is "the Commonwealth" ("a fair go from the
Commonwealth", "agreement between the Commonwealth and the States") and the word stands before
what that government pays, makes or owes ("Commonwealth funding", "a Commonwealth
responsibility", "Commonwealth/State agreements"). Elsewhere "the Commonwealth" is the
Commonwealth of Nations: in a UN speech, and in a release on a Heads of Government meeting, whose
text names the association by its own words ("Commonwealth countries", "the Commonwealth
Secretariat", "CHOGM"); such a document is left alone. A capitalised word after it makes a longer
name, each its own ("the Commonwealth Bank", "the Commonwealth Ombudsman", "the Commonwealth of
Independent States"); "the Commonwealth Government" other finders already name.
"""

from __future__ import annotations

import re

from .authority import Authority
from .keywords import has_any
from .mention import Mention

OWN_STATE = "Australia"
# What names the association of states, anywhere in the document
NATIONS_RE = re.compile(
    r"Heads\s+of\s+Government|CHOGM|CMAG|Ministerial\s+Action\s+Group|Commonwealth\s+Secretar|"
    r"Secretary[-\s]+General\s+of\s+the\s+Commonwealth|British\s+Commonwealth|"
    r"(?:members?|membership|countries|nations)\s+of\s+the\s+Commonwealth|Commonwealth\s+(?:of\s+Nations|"
    r"countr|nations|members?\b|membership|leaders|Games|family|preference|realms?|(?:electoral\s+)?observ)|"
    # a state let back into the association, or put out of it: "Fiji to come back into the Commonwealth"
    r"(?:back\s+into|rejoin\w*|readmi\w+|suspen\w+\s+from|expel\w*\s+from)\s+the\s+Commonwealth",
    re.I,
)
# "the Commonwealth" and what may follow it: an end of phrase, a possessive, a lower-case word
# ("the Commonwealth should", "the Commonwealth public service"), "/State"; not a capitalised word
# that makes a name with it, nor "of", nor a hyphen ("the Commonwealth-wide")
THE_RE = re.compile(r"\b[Tt]he\s+Commonwealth\b(?!\s*-|\s+of\b|\s+[A-Z])")
# "Commonwealth" before a noun of what a government pays, makes, runs or owes
DOMESTIC = (
    "funding|funded|funds|contributions?|grants?|assistance|subsid(?:y|ies)|money|expenditure|revenue|"
    "outlays|inputs|budget|payroll|legislation|legislative|laws?|legal|offences|courts?|jurisdiction|"
    "responsibility|officials|officers|agenc(?:y|ies)|departments?|programs?|programmes?|polic(?:y|ies)|"
    "priorit(?:y|ies)|public|employment|electoral|involvement|commitment|entities|level|action|machinery"
)
MODIFIER_RE = re.compile(rf"(?<![\w-])Commonwealth(?=\s+(?:{DOMESTIC})\b|/(?:State|Territory|state)\b)")
# The same in a table's or a heading's capitals: "COMMONWEALTH STATE", "COMMONWEALTH FUNDING"
UPPER_RE = re.compile(rf"(?<![\w-])COMMONWEALTH(?=[^\S\n]+(?:STATE|{DOMESTIC.upper()})\b)")


def commonwealth(text: str, auth: Authority, own: int) -> list[Mention]:
    """The government of the document's own state for each "the Commonwealth" and each
    "Commonwealth" before a domestic noun, when that state is Australia (`own`, -1 for a UN
    speech) and the document does not speak of the Commonwealth of Nations."""
    if own < 0 or auth.names[own] != OWN_STATE or not has_any(text, ("Commonwealth", "COMMONWEALTH")):
        return []  # nearly every document
    if NATIONS_RE.search(text) is not None:
        return []
    name = f"Government of {OWN_STATE}"
    spans = [(m.start(), m.end()) for rx in (THE_RE, MODIFIER_RE, UPPER_RE) for m in rx.finditer(text)]
    # "the Commonwealth funding": one mention, from the article
    spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return [Mention(start, end, name, "government", 1) for start, end in sorted(set(spans))]
