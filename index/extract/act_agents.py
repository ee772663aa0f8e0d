"""Who a call for an act asks, when the act's noun names who is to do it: "We, therefore, urge
constructive engagement of all stakeholders in this next phase" (a State Department joint
statement), "The Middle East crisis once again calls for the focused attention of the international
community" (Slovenia, 2006), "Russia has consistently called for the development by the
international community of a common approach" (Russia, 2013). The annotated sets mark that doer as
the one asked, as they mark "those in authority" in "requires a balanced approach from those in
authority".

Only an act whose "of" names its doer: one done by someone rather than to something ("the
cooperation of the parties", "the efforts of the international community", "the commitment of
donors"). An act done to someone names who undergoes it ("the release of all political
prisoners", "the protection of civilians", "the withdrawal of foreign troops": the troops are
withdrawn by their state), and is passed over; so is "support of"/"assistance of", which may name
who is helped ("continued support of Ukraine"): their giver is named by "from" or "by". Any act's
"by" names its doer ("the immediate release by the authorities of all detainees").
"""

from __future__ import annotations

import re

Span = tuple[int, int]

# Acts whose "of" names who does them, and whose doer is someone able to act when a call names it.
# Not "participation" or "involvement": a role granted by others more often than taken ("calls for
# the full participation of Taiwan in the UN system", "greater participation by the developing
# countries" in a monetary system others run).
DONE_BY_OF = (
    r"engagement|co-?operation|collaboration|attention|commitments?|compliance|restraint|"
    r"efforts?|contributions?|solidarity|leadership|response|generosity|goodwill|good\s+offices"
)
# Acts whose giver only "from" or "by" names ("support from the international community").
GIVEN = r"support|assistance|help|aid"
# An act's noun by its ending, whose "by" names its doer ("the release by", "the development by");
# not a right's or a goal's, whose "by" names who gains it ("calling for the attainment by the
# Palestinian people of their inalienable rights").
ACT_SUFFIX = (
    r"(?!(?:participation|involvement|representation|inclusion|attainment|achievement|enjoyment|realization|"
    r"realisation)\b)[a-z]+(?:tion|sion|ment|al|ance|ence|ure)"
    r"|efforts?|action"
)
# Up to three words qualifying the act before its noun: "the full", "constructive", "the focused";
# not a verb's gerund, whose object the act is ("calls for securing support from the Sunnis", "the
# importance of ensuring the participation of…": who is to secure or ensure it is not named).
QUALIFIERS = (
    r"(?:(?:the|an?)\s+)?"
    r"(?:(?!(?:of|by|from|for|to|and|or|in|on|with)\b|(?!(?:continuing|ongoing|unwavering|unflinching|"
    r"growing|increasing|abiding|unstinting|far-reaching)\b)[a-z]+ing\b)[a-z-]+\s+){0,3}?"
)
DOER_START_RE = re.compile(
    QUALIFIERS + r"(?:(?:" + DONE_BY_OF + r")\s+(?:of|by|from)|(?:" + GIVEN + r")\s+(?:from|by)|"
    r"(?:" + ACT_SUFFIX + r")\s+by)\s+"
    # not a pronoun, nor a gerund: "calls for reunification by bringing down the barriers" (a means)
    r"(?!(?:it|them|[a-z]+ing)\b)(?=\S)",
    re.I,
)
# Where the doer's phrase ends: a preposition that begins what the act is about or where ("of all
# stakeholders in this next phase"), an "of" before what the act is done to ("by the belligerents
# of an immediate cease-fire", "by the international community of relevant … resolutions"; its own
# "of" stays: "of the Government of Sudan", COLLECTIVE_RE's "the community of nations"), a verb joined by
# "and" ("from the international community and briefed the group"), a clause's or sentence's end.
DOER_END_RE = re.compile(
    r"\s+(?:(?i:in|with|to|for|on|at|during|within|into|towards?|so|as|if|because|that|which|who|whose|"
    r"through|under|against|over|while|when|where)\b"
    r"|of(?=\s+(?:(?:the|a|an|its|their|his|her|our|your|this|these|those|all|merely|some|any)\s+)?[a-z0-9])"
    r"|and(?=\s+(?:[a-z]+ed|urges?|calls?|encourages?|welcomes?|underscores?|stress(?:es)?|notes?|"
    r"reiterates?|reaffirms?)\b))"
    r"|\s*[,.;:!?()\"“”]"
)
# A name going on past a preposition: "by Organization for Economic Cooperation and Development
# (OECD) countries", "the attention of the Committee on the Rights of the Child".
NAME_PREPOSITION_RE = re.compile(r"\s+(?:for|on)")
NAME_ENDS_RE = re.compile(r"\b[A-Z][\w’'-]*$")
NAME_GOES_ON_RE = re.compile(r"\s+(?:the\s+)?[A-Z]")
# A collective noun whose "of" names its members: "by the community of nations", "the family of nations"
# ("by the international community of relevant … resolutions" names what it is to implement)
COLLECTIVE_RE = re.compile(r"\b(?:community|family|concert|league|group)\s*$", re.I)
MEMBERS_RE = re.compile(r"\s+of\s+[a-z]+s\b")
LONGEST = 80  # a doer no boundary ends within this many characters is a clause, not a name


def doer(text: str, act: int, end: int) -> Span | None:
    """The span naming who is to do the act whose noun phrase begins at `act`, if its noun names a
    doer ("the full cooperation of the parties"), else None."""
    m = DOER_START_RE.match(text, act, end)
    if m is None:
        return None
    start = m.end()
    limit = min(end, start + LONGEST)
    for cut in DOER_END_RE.finditer(text, start, limit):
        if cut.start() == start:
            return None
        if NAME_PREPOSITION_RE.fullmatch(cut.group()) and _name_goes_on(text, start, cut):
            continue  # "by Organization for Economic Cooperation and Development (OECD) countries"
        if MEMBERS_RE.match(text, cut.start()) and COLLECTIVE_RE.search(text, start, cut.start()):
            continue  # "the concerted action of the community of nations"
        return start, cut.start()
    return (start, limit) if limit == end and limit > start else None


def _name_goes_on(text: str, start: int, cut: re.Match[str]) -> bool:
    """Whether a capitalised word before the preposition `cut` and one after it make one name."""
    return bool(NAME_ENDS_RE.search(text, start, cut.start()) and NAME_GOES_ON_RE.match(text, cut.end()))
