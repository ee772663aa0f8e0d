"""Which trigger words a sentence holds, found in one pass over the lower-cased text: a sentence is
examined only when one lies inside it, and each costly pattern of the demand finders only when its
own words do. Also each pattern's lower-case twin, matched without re.I (several times faster).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Iterator

from . import calls, no_impunity
from .actors import _trie as prefix_tree  # one prefix-tree pattern builder for both
from .tokens import WordStarts

# Which words must occur for each pattern to have a chance (a necessary condition, not a
# sufficient one): a sentence examined for "must" is not searched for "calls on … to", and most
# sentences hold none of them and are skipped.
MODAL_WORDS = (
    "must should shall need ought has~to have~to got~to oblig duty responsib requir bound~to would~do~well"
)
CALL_ON_WORDS = (
    "urg implor beg beseech entreat exhort adjure ask request press petition encourag want requir plead "
    "appeal call demand invit challeng instruct need ordered ordering directed directing directs"
)
# The speaker's expectations (call_ons.EXPECTATION_RE): "expected", "expectations" examine nothing.
EXPECTS_WORDS = (
    "we~expect we~also~expect we~fully~expect we~certainly~expect we~still~expect we~now~expect "
    "we~therefore~expect we~all~expect i~expect i~also~expect i~fully~expect i~certainly~expect "
    "we~look~to we~also~look~to i~look~to we~count~on i~count~on we~also~count~on we~still~count~on "
    "we~therefore~count~on we~are~counting~on we~are~also~counting~on i~am~counting~on"
)
CALL_FOR_WORDS = "call appeal press push plead propos advocate~for"  # "propos": calls_for.PROPOSED_RE
# ("require", "warrant", "deserve": a need named, calls_for.REQUIRES_RE: "…requires a prompt response")
# (and the speaker's want or need in a pseudo-cleft, calls_for.CLEFT_NEEDED_RE: "what we want is…")
NEEDED_WORDS = (
    "needed require warrant deserve called~for "
    "what~we~want what~we~really~want what~we~now~want what~we~all~want "
    "what~we~need what~we~really~need what~we~now~need what~we~all~need "
    "what~is~necessary what~is~essential what~is~indispensable what~is~now~necessary what~is~now~essential"
)
MODAL, CALL_ON, CALL_FOR, NEEDED = 1, 2, 4, 8
DEMAND, URGED, STRESSED, NEEDS, EXPECTS = 2048, 4096, 8192, 16384, 32768  # after calls.FAMILIES
# "encouraged further progress" (calls_for.ENCOURAGED_RE) holds this stem: the call-on words of
# most sentences ("need", "time", "ask") are no reason to search them for it
ENCOURAGE = 65536
# "time" and "desire" call on someone only as "it is time for X to", "the desire for X to" (the
# call-on pattern's nouns): common words, they send a sentence to it only with "for" or "on" after
CALL_NOUNS = 131072
# A call in the passive ("is called upon to", "are urged to"): its pattern is tried only where the
# participle and "to" follow each other, not in every sentence holding "call" or "ask"
PASSIVE_CALL = 1 << 19  # after calls.NO_LONGER
# A duty laid on someone (duties.py): "it is up to Congress to…", "the responsibility lies with…"
DUTY = 1 << 20
# An act called necessary, the only way, or a role to play (necessities.py): "…rules are essential",
# "Decisive action is the only way…", "donors have a role to play"
NECESSITY = 1 << 21
# A call given as someone's interest (interests.py): "it is in the interest of all States to…", "it
# is in our collective interest to…"
INTEREST = 1 << 22
# An imperative addressed to someone before a colon (addressed_imperatives.py): "I say to X: do not…"
ADDRESSED_CALL = 1 << 24  # after no_impunity.BIT
_WORD_BITS: dict[str, int] = {}
for _bit, _group in (
    (MODAL, MODAL_WORDS),
    (CALL_ON, CALL_ON_WORDS),
    (CALL_FOR, CALL_FOR_WORDS),
    (NEEDED, NEEDED_WORDS),
    (DEMAND, "demand"),
    (URGED, "urg"),
    (ENCOURAGE, "encourag"),
    (CALL_NOUNS, "time desire"),
    (PASSIVE_CALL, "called~upon~to called~on~to urged~to requested~to encouraged~to invited~to"),
    (
        STRESSED,
        "the~importance the~critical~importance the~vital~importance the~utmost~importance "
        "the~great~importance the~paramount~importance the~necessity the~requirement the~urgency "
        "need~for need~to desire~to",
    ),
    (NEEDS, "need"),
    (
        DUTY,
        "it~is~up~to it's~up~to it’s~up~to it~is~now~up~to it~remains~up~to falls~to falls~on falls~upon "
        "lies~with lies~on lies~upon rests~with rests~on rests~upon responsib duty oblig",
    ),
    (EXPECTS, EXPECTS_WORDS),
    (INTEREST, "interest~of interests~of interest~to interests~to"),
    (ADDRESSED_CALL, "say"),
    (
        NECESSITY,
        "essential vital crucial critical indispensable necessary a~must role~to~play key~to "
        # "… is of paramount importance" (NECESSARY_RE): the one word, as a two-word anchor ("paramount
        # importance") would hide the "importance to" that begins inside it from calls.FAMILIES
        "importance "
        # "… is extremely important" (NECESSARY_RE's degree word before "important")
        "important "
        # necessities.ONLY_WAY_RE's "… is the only way", "the only way to … is …"
        "only~way only~path only~option only~solution only~means only~road only~possibility "
        "only~real only~viable only~possible",
    ),
    (no_impunity.BIT, no_impunity.WORDS),  # "There can be no impunity…"
    *calls.FAMILIES,
):
    for _w in _group.split():
        _w = _w.replace("~", " ")  # "~" joins two-word ones
        _WORD_BITS[_w] = _WORD_BITS.get(_w, 0) | _bit
for _w in list(_WORD_BITS):  # the longest word wins a match: it carries the bits of its prefixes
    for _k in range(1, len(_w)):
        _WORD_BITS[_w] |= _WORD_BITS.get(_w[:_k], 0)
# ... and of the words inside it: "we must not" (a CANNOT call) hides the "must" the obligations
# look for ("We must not lose any more time…"), "the necessity" hides "necessity".
for _w in [w for w in _WORD_BITS if " " in w]:
    for _at in [i + 1 for i, c in enumerate(_w) if c == " "]:
        for _k in range(_at + 1, len(_w) + 1):
            _WORD_BITS[_w] |= _WORD_BITS.get(_w[_at:_k], 0)
ANY = functools.reduce(operator.or_, set(_WORD_BITS.values()))
# Matched case-sensitively against the lower-cased text: a case-insensitive alternation defeats
# the regex engine's first-character prefilter and costs about eight times as much.
# Only at the start of a word: "ought" in "thought" or "direct" in "indirect" examine nothing.
# Two-word anchors match across the runs of spaces PDF text has ("the need  for").
_TRIGGER = prefix_tree([(w, "") for w in _WORD_BITS]).replace("\\ ", r"\s+")
TRIGGER_RE = re.compile(r"\b" + _TRIGGER)
# TRIGGER_RE.finditer, faster (tokens.WordStarts), in one pass with the actor finder's word starts
TRIGGER_STARTS = WordStarts(
    _TRIGGER, underscore=True, name="demand triggers", firsts="".join(w[0] for w in _WORD_BITS)
)


# Each pattern with its lower-case twin, by the pattern's identity: a compiled pattern hashes its
# whole compiled code, and hashing the call-on pattern for each sentence (as functools.cache did)
# cost as much as a search of the sentence with it. The pattern is kept so its id stays its own.
_LOWERED_RX: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def lowered_pattern(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern for the lower-cased text without re.I, which makes it several times faster.
    Under re.I "[A-Z]" matched any letter; in lower-cased text that is "[a-z]"."""
    found = _LOWERED_RX.get(id(rx))
    if found is None:
        low = re.compile(rx.pattern.replace("(?<=[A-Z])", "(?<=[a-z])"), rx.flags & ~re.I)
        found = _LOWERED_RX[id(rx)] = (rx, low)
    return found[1]


class Triggers:
    """Where trigger words occur, found in one pass over the lower-cased text; a sentence is
    examined only when one lies inside it, and each costly pattern only when its own words do."""

    def __init__(self, text: str, low: str) -> None:
        self.exact = len(low) == len(text)  # lower() changed the length ("İ"): offsets disagree
        self.text = text
        # One pass of a prefix-tree pattern: for the 70 words it costs half of a str.find per word
        bits = _WORD_BITS
        hits = (
            [
                (s, e, bits.get(low[s:e]) or bits[" ".join(low[s:e].split())])
                for s, e in TRIGGER_STARTS.spans(low)
            ]
            if self.exact
            else []
        )
        self.starts = [h[0] for h in hits]
        self.hits = hits

    def within(self, s: int, e: int) -> int:
        """The bits of the words lying inside [s, e) (every bit when offsets cannot be trusted)."""
        if not self.exact:
            return ANY if TRIGGER_RE.search(self.text[s:e].lower()) else 0
        hits = self.hits
        found = 0
        for i in range(bisect.bisect_left(self.starts, s), len(hits)):
            start, end, bits = hits[i]
            if start >= e:
                break
            if end <= e:
                found |= bits
        return found


def scan(rx: re.Pattern[str], src: str, s: int, e: int, same: bool) -> Iterator[re.Match[str]]:
    """`rx` over [s, e) of `src`, the lower-cased text when `same` (its lower-case twin then)."""
    return (lowered_pattern(rx) if same else rx).finditer(src, s, e)
