"""A subject that counts a meeting's two sides: "Both sides", "The two leaders", "both parties".

A readout or a bilateral joint statement names the meeting's sides once and then counts them: "The
two leaders urged sufficient international support to refugees and host countries" (a White House
joint statement), "Concerning the ongoing Joint Comprehensive Plan of Action (JCPOA) negotiations,
both sides reaffirmed the need to come to a swift conclusion" (a State Department joint statement).
Their calls are joint, and the sets credit a joint call the publisher's side takes part in to the
publisher (README, State and White House conventions), as "The Secretary and President Ghani
emphasized the need…" is; no one annotates "Both sides" or "Two leaders" as an actor.

Only a count of two says so: "the Leaders" or "the Ministers" of a multilateral communiqué are its
grouping, whose calls the sets credit to the grouping (the Media Freedom Coalition, the G7 foreign
ministers). The count must open its sentence, after at most a setting closed by a comma or a section
heading run into it ("Afghanistan The two sides stressed…"), so that "called on both sides to…" and
"leaders of both parties" are not read as one.
"""

from __future__ import annotations

import re

# The two of a meeting, counted: "Both sides", "the two leaders", "Both parties", "The two countries".
# Not "both Houses", "both parties' leaders": only nouns for a meeting's sides.
DUAL_RE = re.compile(
    # a setting closed by a comma ("Concerning the ongoing … negotiations, both sides…"), or the
    # capitalised words of a section heading the text runs into the sentence ("Afghanistan The two…")
    r"[\s“\"‘]*(?:[^.;:\n]{0,200},\s+|(?:[A-Z][\w’'-]*\s+){1,4}(?=(?:Both|The)\s))?"
    r"(?:(?i:and|also|together|then)[\s,]+)?"
    r"(?i:both|the\s+two)\s+(?i:sides|leaders|parties|countries|delegations|governments)"
)


def counts_sides(text: str, s: int, head_end: int) -> bool:
    """Whether the sentence beginning at `s` opens with a count of a meeting's two sides ending at
    `head_end`, as the subject of the verb that follows."""
    return DUAL_RE.fullmatch(text, s, head_end) is not None
