"""A call verb that continues a measure's run of predicates: "The bill establishes 14 core
principles of U.S. policy, authorizes a 25 percent increase in U.S. assistance for the Democratic
Republic of the Congo (DRC), calls for a Special Envoy …, and urges the Administration to …".

Senate releases summarise a bill or a resolution as one subject with a run of verbs. The subject of
a call verb in the run is the measure at its head, not the actor named last before the verb ("(DRC),
calls for", "between Gaza and Egypt and requires the Department …", "Condemns the violence in Tibet
and calls for restraint …"), which is only an object of the predicate before. A scrape that lost its
commas leaves a double space where one stood ("… Congo  DRC   calls for …").

The run is recognised by its head, a measure noun and its first verb ("the bill establishes", "this
amendment emphasizes", "the resolution: * Condemns", "This legislation would: specify"), which
agrees with the call verb (both in "-s", or both bare after "would" / "will"); the call verb opens a
new conjunct (after "and", a comma, a semicolon, a list mark or a lost comma's double space), and no
sentence ends between them.
"""

from __future__ import annotations

import re

# The nouns of a measure a release summarises (the legislative ones of speakers.OWN_THINGS).
MEASURES = r"(?:measure|resolution|bill|legislation|amendment|act|Act|provision)"
# A measure noun and the first verb of its run (its modal apart).
HEAD_RE = re.compile(
    rf"(?i:\b(?:the|this|that|our|my|his|her|their|its)\b)[^.;!?]{{0,120}}?\b{MEASURES}\b"
    r"(?:\s*\([^()]{1,40}\))?[\s,]*(?P<modal>(?:would|will)\b\s*(?:also\b\s*)?)?(?:also\s+)?[\s:*•-]*"
    r"(?P<verb>[A-Za-z][a-z]+)\b"
)
# Before the call verb: the opening of a new conjunct.
CONJUNCT_RE = re.compile(
    r"(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s\*\s*|\s+and\s+|\S {2,}(?:and\s+)?)(?:also\s+)?$"
)
CALL_WORD_RE = re.compile(r"[a-z]+")
# Words after a measure noun that are no verb of its own.
# How far back a scrape's sentence is read for the measure at its head.
SCRAPE_REACH = 400
NOT_VERBS = frozenset(
    "is was has had that which who of to and or the a an in on for by with as from at into under".split()
)


def first_verb(text: str, s: int, verb: int) -> tuple[int, int]:
    """Where the sentence and the first verb of the measure's run begin when the call verb at
    `verb` continues it, else (s, -1). The sentence begins at `s` or, in a scrape whose lost stops
    were guessed at ("… Congo  DRC   calls for" read as a new sentence "DRC calls for"), at the
    last full stop or line break before the call, within SCRAPE_REACH."""
    conj = CONJUNCT_RE.search(text, max(s, verb - 12), verb)
    call = CALL_WORD_RE.match(text, verb)
    if conj is None or call is None:
        return s, -1
    start = min(s, max(verb - SCRAPE_REACH, _sentence_start(text, verb)))
    for head in HEAD_RE.finditer(text, start, conj.start()):
        first = head.group("verb").lower()
        if first in NOT_VERBS:
            continue
        if head.group("modal"):
            agrees = not call.group().endswith("s")  # "would require …, and ask …"
        else:
            agrees = first.endswith("s") and call.group().endswith("s")  # "establishes …, calls for"
        return start, (head.start("verb") if agrees else -1)
    return s, -1


def _sentence_start(text: str, pos: int) -> int:
    """Just after the last full stop, question or exclamation mark, or line break before `pos`."""
    stop = max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos))
    return max(stop + 2 if stop != -1 else 0, text.rfind("\n", 0, pos) + 1)
