"""A second call joined to the first by "and for X to…" / "and on X to…": a call on someone new.

"We reiterate our call for an immediate reduction in violence in Afghanistan, and for all regional
actors to encourage the parties to return to negotiations" (a White House statement), "We call on
the Taliban to end their military offensive, and on both the Islamic Republic and the Taliban to
engage meaningfully in the peace process" (a State Department statement), "We call on Iran to
return to its obligations …, and on the Democratic People’s Republic of Korea to stop challenging
…" (a UN speech): the call verb is said once, and "for" / "on" after "and" makes it again of
another party. The clause finders read one demand there, asking the first party (or, through the
call inside the second act, "the parties" whom the second party is to encourage); readers and the
annotations count two, one per party asked.

Not a series of things called for ("a call for the security of Africans, for equipping their armies
…, and for these African nations to organize their own development": one call listing its
contents), a passive ("…and for those responsible to be brought to justice": no one asked), nor
a thing ("…and for good-faith negotiations to prevail"), which names no one.
"""

from __future__ import annotations

import dataclasses
import re

from . import targets
from .clauses import Found

# The second call: "and" (after a comma or not), "for" / "on" / "upon", the party, "to" and a verb
JOINED_CALL_RE = re.compile(
    r",?\s+and\s+(?:also\s+)?(?P<p>for|on|upon)\s+"
    # the party: no "to" of its own ("…for perpetrators to be brought to justice" is a passive),
    # nor a call verb or "so that" ("…and for control also solemnly called upon Member States to…")
    r"(?P<t>(?:(?!\s(?:to|on|upon|so\s+that)\s|\s(?:call|urg)\w*\s)[^.;:!?,()]){1,80}?)\s+(?:not\s+)?to\s+"
    # an adverb before the verb: "…and for parties to fully implement…", "…for the world to also be…"
    r"(?!(?:(?:also|further|[a-z]+ly)\s+)?(?:be|the|a|an|its|their|this|these|those|all|our|his|her|any|that)\b)"
    r"(?:(?:also|further|[a-z]+ly)\s+)?(?P<v>[a-z]{2,})\b"
)
# A call verb between the first act and "and": the first act is itself a call whose addressees
# run on ("…compel Yemen to call on other States and on international organizations to help…")
CALL_BETWEEN_RE = re.compile(r"\b(?:call|urg|appeal)\w*\s+(?:on|upon|for)\b")
# An item of a series of things called for before the joined one ("for X, for Y, and for Z to…")
SERIES_RE = re.compile(r",\s+for\s")
CALL_KINDS = frozenset({"call_on", "call_for"})


def split(text: str, found: list[Found], e: int) -> list[Found]:
    """The demands of a sentence ending at `e` with each call's second party, joined by "and
    for/on X to…", read as a call of its own."""
    out: list[Found] = []
    second: Found | None = None
    for f in found:
        if second is not None and f.start <= second.act <= f.verb:
            # the second party's own act read as a clause ("…for all regional actors to encourage
            # the parties to return…"): whom it presses is not asked by the speaker
            continue
        later = [g.start for g in found if g.start > f.start]
        second = _second(text, f, e, min(later, default=e)) if f.kind in CALL_KINDS and not f.weak else None
        if second is None:
            out.append(f)
            continue
        # a call inside the second act asks whom the second party is to press, not the first's addressee
        inner = [span for span in f.inner if span[0] < second.start]
        out.extend((dataclasses.replace(f, inner=inner), second))
    return out


def _second(text: str, f: Found, e: int, before: int) -> Found | None:
    """The call joined to `f`'s act by "and for/on X to…", if it begins before `before`."""
    m = JOINED_CALL_RE.search(text, f.act, e)
    if m is None or m.start() >= before or SERIES_RE.search(text, f.act, m.start()):
        return None
    if CALL_BETWEEN_RE.search(text, f.act, m.start()):
        return None
    if not targets.names_someone(m.group("t")) and not m.group("t")[:1].isupper():
        return None
    at = m.start("p")
    return Found(at, at, m.start("v"), "call_on", [m.span("t")], subject=f.subject)
