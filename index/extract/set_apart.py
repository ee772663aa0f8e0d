"""A subject held apart from its modal by insertions between commas that obligations.INSERTION_RE
does not know: an apposition ("Pakistan’s newly elected prime minister, Shehbaz Sharif, should
make…", "Japan’s Diet, the national legislature, should…"), a participle ("The proposed UN Special
Envoy, due to be appointed, must…"), several insertions ("Governments, including Switzerland, where
the gold was imported, should pass…"), or a bare "particularly", "like", "regardless of".

Only where the modal follows a comma at once, and the subject is the sentence's first phrase up to
its first comma: a noun phrase, not a condition or a setting ("If it's racism, …"), nor a clause
with a verb of its own ("Mr Abbott said yesterday, …"). A single adverb before it is passed over
("Still, the Security Council and concerned governments, as well as regional actors, …, should…").
"""

from __future__ import annotations

import re

Span = tuple[int, int]

SPAN = 300  # insertions and all, as far back as the subject may lie
NP_MAX = 120
# Where the sentence's first phrase begins: after a dateline's dash, a colon or an opening quote
# (not after a name's acronym in parentheses: "The Office of the Director of National Intelligence
# (ODNI), in close consultation with NSC staff, shall …" is the subject itself, White House memoranda)
LEAD_RE = re.compile(r"(?:.*(?:[—–:;“\"‘]|(?<![A-Z][A-Z])\)))?\s*", re.S)
ADVERB_RE = re.compile(
    r"\s*(?:[A-Z][a-z]+ly|Still|Meanwhile|Moreover|Furthermore|However|Instead|Now|Therefore|Rather|Indeed|"
    r"Thus|Hence|Then|First|Second|Third|Also|Further|Above\s+all|In\s+addition|In\s+particular|At\s+the\s+same\s+time)\s*"
)
# A verb of its own makes the first phrase a clause ("The minister said on Tuesday, …")
FINITE_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told|can|could|did|does|do|if|when|that|which)\b",
    re.I,
)
NOT_SUBJECT = frozenset(
    "if when while as because although though unless since after before once whether where in on at for "
    "with by to from during under in over given despite there it what so".split()
)
# "This" or "That" alone points back to what was said ("That, we feel, needs to be stressed"); before
# a noun it is a determiner and the phrase names the subject ("This conference, in our opinion,
# should be held in the near future", "That experience, we believe, should be readily available")
DEMONSTRATIVES = frozenset(("this", "that"))
COMMA_BEFORE_RE = re.compile(r",\s*$")


def subject(text: str, s: int, at: int) -> Span | None:
    """The subject of the modal at `at` in the sentence beginning at `s`, set apart by commas."""
    if at - s > SPAN or not COMMA_BEFORE_RE.search(text, max(s, at - 4), at):
        return None
    first = text.find(",", s, at)
    if first == -1:
        return None
    start = s
    if ADVERB_RE.fullmatch(text, s, first):  # "Still, …", "Meanwhile, …"
        start = first + 1
        first = text.find(",", start, at)
        if first == -1 or first >= at - 2:
            return None
    lead = LEAD_RE.match(text, start, first)
    start = lead.end() if lead else start
    phrase = text[start:first]
    words = phrase.split()
    if (
        not words
        or len(phrase) > NP_MAX
        or len(words) > 14
        or words[0].lower() in NOT_SUBJECT
        or (len(words) == 1 and words[0].lower() in DEMONSTRATIVES)
        or phrase.isupper()  # a headline in capitals, or scanned text ("SUBJECT TO FUNDAMENTAL REVIEW")
        or not (words[0][:1].isupper() or words[0].lower() in ("the", "a", "an", "all", "no", "any", "every"))
        or FINITE_RE.search(phrase)
    ):
        return None
    return (start, start + len(phrase.rstrip()))
