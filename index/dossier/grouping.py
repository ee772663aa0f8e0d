"""Tracked demands: demands that ask the same thing of the same target in different documents —
reworded, repeated over the years, made by several organisations — grouped.

Two demands are candidates only when they name the same targets (as the user edited them). Each
action is reduced to its content words (lower case, a light suffix stripping so "evacuations"
and "evacuate" meet, stop words and the words of urgency — "immediately", "urgently", "must" —
dropped); a demand joins the group, among those of its target, whose first wording shares the
most of those words, if that share (Jaccard) reaches THRESHOLD, else starts a group. Comparing
with each group's first wording rather than with any member keeps a group from drifting through
a chain of near neighbours. Candidates come from an inverted index of words, so grouping is near
linear in the number of demands. Measured by hand on the corpus: docs/tracked-demands.md.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import DemandGroup, DemandRow, TimelineBin
from .timeline import month_of, timeline

THRESHOLD = 0.5
# Demands with no target named pool everything ("—"): a higher bar keeps them apart.
THRESHOLD_NO_TARGET = 0.6
# An action of fewer content words groups only with the same words of the same target ("end the
# siege" of Aleppo's besiegers); with no target named, an action needs three ("work together",
# "do that", "stop" are fragments, not tracked demands) and stays alone otherwise.
MIN_WORDS = 2
MIN_WORDS_NO_TARGET = 3
# Of one target, a wording that holds nearly all of a shorter one ("enable the provision of basic
# services and humanitarian assistance" inside the court's whole list of measures) is the same
# demand quoted in part: at least this share of the shorter one's words, and this many.
CONTAINED = 0.8
CONTAINED_WORDS = 4
COMMON = 100  # groups a word may lead to before it stops deciding candidates (see _candidates)
DECIDING = 3  # the rarest words of a demand that decide its candidates

STOP = frozenset(
    """
    a an the and or but of to in on at by for from with as into onto upon about against between
    its it their them they this that these those his her he she we our us you your i my me who
    whom which what whose there here be is are was were been being will would shall should must
    can could may might do does did done have has had not no nor all any each every also so such
    than then too very just only own same other more most some both either neither again further
    once immediately urgently swiftly promptly quickly fully now without delay further continue
    continues continued to ensure urge urges urged call calls called upon demand demands ask asks
    let make take give put one ones well including include includes through over under within
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SUFFIXES = (
    "ations",
    "ation",
    "ements",
    "ement",
    "ments",
    "ment",
    "ings",
    "ing",
    "ies",
    "ied",
    "ed",
    "es",
    "s",
)


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripping: enough for "evacuate"/"evacuations", "release"/"released"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


@functools.lru_cache(maxsize=65536)
def content_words(action: str) -> frozenset[str]:
    words = (w.casefold().replace("’", "'") for w in _WORD.findall(action))
    return frozenset(stem(w) for w in words if w not in STOP and len(w) > 1)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / len(a | b)


@dataclass
class _Group:
    first: frozenset[str]
    members: list[int] = field(default_factory=list)


def group_demands(rows: Sequence[DemandRow]) -> list[DemandGroup]:
    """Every demand in one group (a demand made once is a group of one), largest groups first."""
    order = sorted(
        range(len(rows)), key=lambda i: (rows[i].doc_date or "9999", rows[i].doc_id, rows[i].demand.start)
    )
    words = [content_words(r.demand.action) for r in rows]
    frequency = Counter(w for ws in words for w in ws)
    by_target: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in order:
        by_target[tuple(sorted(set(rows[i].demand.targets)))].append(i)
    groups: list[tuple[tuple[str, ...], list[int]]] = []
    for targets, members in by_target.items():
        threshold, min_words = (
            (THRESHOLD, MIN_WORDS) if targets else (THRESHOLD_NO_TARGET, MIN_WORDS_NO_TARGET)
        )
        clusters = _Clusters(threshold, min_words, frequency, contained=bool(targets))
        for i in members:
            clusters.add(i, words[i], rows[i])
        groups.extend((targets, g.members) for g in clusters.groups)
    made = [_made(rows, targets, members) for targets, members in groups]
    made.sort(key=lambda g: (-len(g.members), g.targets, g.wording.casefold()))
    return made


class _Clusters:
    """Demands of one target joined to the group whose first wording they share most words with.

    Candidates come from a prefix filter: a group reaching the threshold must hold one of the
    demand's rarest len(words) - ceil(threshold * len(words)) + 1 words, so only those words'
    groups are looked at (common words like "ensure" would make every group a candidate)."""

    def __init__(
        self, threshold: float, min_words: int, frequency: Counter[str], contained: bool = False
    ) -> None:
        self.threshold, self.min_words, self.frequency = threshold, min_words, frequency
        self.contained = contained
        self.groups: list[_Group] = []
        self.exact: dict[str, int] = {}  # normalised action → group, for the shortest actions
        self.postings: dict[str, list[int]] = defaultdict(list)  # word → groups whose first wording has it

    def _candidates(self, words: frozenset[str]) -> list[int]:
        """Groups holding one of the demand's rarest words, oldest first: of its prefix, the
        DECIDING rarest held by at most COMMON groups (in 70,000 demands, words like "ensure"
        made most groups candidates of most demands). A group sharing none of those words is
        missed: the prefix filter's guarantee is traded for a bounded number of candidates."""
        rarest = sorted(words, key=lambda w: (self.frequency[w], w))
        prefix = rarest[: len(words) - math.ceil(self.threshold * len(words)) + 1]
        lists = [self.postings[w] for w in prefix if w in self.postings]
        narrow = [found for found in lists if len(found) <= COMMON][:DECIDING] or lists[:1]
        return sorted({g for found in narrow for g in found})

    def add(self, i: int, words: frozenset[str], row: DemandRow) -> None:
        if len(words) < self.min_words:
            if not row.demand.targets:  # a fragment: alone
                self.groups.append(_Group(words, [i]))
                return
            key = " ".join(sorted(words)) or row.demand.action.casefold().strip()
            if key not in self.exact:
                self.exact[key] = len(self.groups)
                self.groups.append(_Group(words))
            self.groups[self.exact[key]].members.append(i)
            return
        best, best_score = -1, self.threshold
        size = len(words)
        low, high = self.threshold * size, size / self.threshold  # Jaccard ≥ t bounds the sizes
        for g in self._candidates(words):
            first = self.groups[g].first
            if low <= len(first) <= high:
                common = len(first & words)
                score = common / (len(first) + size - common)
            elif self.contained and len(first & words) >= max(
                CONTAINED_WORDS, CONTAINED * min(len(first), size)
            ):
                score = self.threshold  # one wording inside the other: joins if nothing is closer
            else:
                continue
            if score > best_score or (score == best_score and best < 0):
                best, best_score = g, score
        if best < 0:
            best = len(self.groups)
            self.groups.append(_Group(words))
            for w in words:
                self.postings[w].append(best)
        self.groups[best].members.append(i)


def _made(rows: Sequence[DemandRow], targets: tuple[str, ...], members: list[int]) -> DemandGroup:
    chosen = tuple(rows[i] for i in members)  # oldest first, as clustered
    key = f"{'|'.join(targets)}#{chosen[0].ref}"
    if len(chosen) == 1:  # most groups: made once (70,000 of them at 10,000 documents)
        only = chosen[0]
        month = month_of(only.doc_date)
        bins = (TimelineBin(month, demands_by=1),) if month else ()
        return DemandGroup(key, targets, only.demand.action, chosen, ((only.by or "unknown", 1),), bins)
    by_counts = Counter(r.by or "unknown" for r in chosen)
    return DemandGroup(
        key=key,
        targets=targets,
        wording=_representative(chosen),
        members=chosen,
        by_counts=tuple(sorted(by_counts.items(), key=lambda item: (-item[1], item[0].casefold()))),
        timeline=timeline((), (r.doc_date for r in chosen)),
    )


def _representative(members: Sequence[DemandRow]) -> str:
    """The wording closest to all the others (the shortest among equals), from up to 60 members."""
    sample = members[:60]
    words = [content_words(r.demand.action) for r in sample]
    best = min(
        range(len(sample)),
        key=lambda i: (-sum(jaccard(words[i], w) for w in words), len(sample[i].demand.action)),
    )
    return sample[best].demand.action
