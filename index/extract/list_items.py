"""Items of a list whose lead-in makes the call.

A statement puts its calls in a bulleted list after a lead-in that names the call and ends in a
colon ("…, we call for the following actions:"); each item then names whom it asks and what, with
no call verb of its own ("- UN Member States with available resources to make new, additive
financial donations …"). The page's `<li>` items come out as lines beginning "- " (tokens.sentences
ends a sentence before each), so an item is what follows such a marker on its line. A lead-in that
tells ("The Administration will:") opens a list of what its subject will do: those items ask no one.
"""

from __future__ import annotations

import re

from .clauses import Found
from .verbs import ACTION_VERBS

# A lead-in that calls: a call verb, then anything up to the colon ending its sentence ("we call for
# the following actions:", "We urge the authorities to:", "recommends that States:").
CALL_LEAD_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|upon|for)|urg(?:e|es|ed|ing)|recommend(?:s|ed|ing|ations?)?|"
    r"appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?)\b[^.;]*:$",
    re.IGNORECASE,
)
# A lead-in that tells what its subject will, would or could do ("Specifically, the Administration
# will:", "the Budget would:", "Possible components of the planning process could include:"), or
# what it undertakes or aims to do ("The C5+1 endeavors to build upon … progress …, including to:",
# "our respective national and regional commitments to:"): its items are plans, measures and the
# signers' own aims, no orders to the reader.
TOLD_LEAD_RE = re.compile(
    r"\b(?:will|would|could|can|may|plans?\s+to|commits?\s+to|intends?\s+to|agreed\s+to"
    r"|endeavou?r(?:s|ed)?\s+to|aim(?:s|ed)?\s+to|strive(?:s|d)?\s+to|seek(?:s)?\s+to"
    r"|pledge(?:s|d)?\s+to|resolve(?:s|d)?\s+to|undertake(?:s)?\s+to|commitments?\s+to"
    r"|(?:is|are)\s+determined\s+to)\b[^.;:]*:$"
)
# The marker a list item's line begins with (the html reader writes "- " for `<li>`), or a letter or a
# small roman numeral in brackets ("(a) The Committee shall …", "(ii) …"; tokens.sentences).
ITEM_LINE_RE = re.compile(r"[ \t]*(?:[-•]|\((?:[a-z]|[ivx]{2,4})\))[ \t]+")
# "UN Member States with available resources, including those with large emergency food
# stockpiles, to provide …": a noun phrase in capitals (an aside between commas allowed), then "to"
# and the verb of what it is asked to do.
ADDRESSED_ITEM_RE = re.compile(
    r"(?P<who>[A-Z][^\s,;:]*(?:[ \t]+[^\s,;:]+){0,9}?)(?:,[^;:]{1,120}?,)?"
    r"[ \t]+to[ \t]+(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]{2,})\b"
)


def is_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` is part of a list item: its line begins with a marker (an
    item may hold several sentences)."""
    line = text.rfind("\n", 0, start) + 1
    return line > 0 and ITEM_LINE_RE.match(text, line, start) is not None


def lead_in(text: str, start: int, end: int) -> str:
    """What the sentence [start, end), which ends in a colon, introduces a list of: "call",
    "told" (plans, measures) or "" (neither)."""
    if CALL_LEAD_RE.search(text, start, end):
        return "call"
    return "told" if TOLD_LEAD_RE.search(text, start, end) else ""


def addressed(text: str, start: int, end: int) -> Found | None:
    """The call of an item that names whom it asks, "X to VERB …" (under a calling lead-in)."""
    m = ADDRESSED_ITEM_RE.match(text, start, end)
    if m is None or m.group("verb") not in ACTION_VERBS:
        return None  # not "Access to justice for victims": a noun phrase, no one asked
    verb = m.start("verb")
    # the one named is asked, not asking: the call is the lead-in's, so no subject makes it
    return Found(start, verb, verb, "call_on", [m.span("who")], subject=False)
