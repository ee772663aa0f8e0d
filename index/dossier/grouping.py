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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import DemandGroup, DemandRow
from .timeline import timeline

THRESHOLD = 0.5
# Demands with no target named pool everything ("—"): a higher bar keeps them apart.
THRESHOLD_NO_TARGET = 0.6
MIN_WORDS = 2  # an action of fewer content words ("act", "end it") groups only when identical

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
    by_target: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i in order:
        by_target[tuple(sorted(set(rows[i].demand.targets)))].append(i)
    groups: list[tuple[tuple[str, ...], list[int]]] = []
    for targets, members in by_target.items():
        threshold = THRESHOLD if targets else THRESHOLD_NO_TARGET
        groups.extend((targets, g) for g in _cluster(rows, members, threshold))
    made = [_made(rows, targets, members) for targets, members in groups]
    made.sort(key=lambda g: (-len(g.members), g.targets, g.wording.casefold()))
    return made


def _cluster(rows: Sequence[DemandRow], members: Iterable[int], threshold: float) -> list[list[int]]:
    groups: list[_Group] = []
    exact: dict[str, int] = {}  # normalised action → group, for the shortest actions
    postings: dict[str, list[int]] = defaultdict(list)  # word → groups whose first wording has it
    for i in members:
        words = content_words(rows[i].demand.action)
        if len(words) < MIN_WORDS:
            key = " ".join(sorted(words)) or rows[i].demand.action.casefold().strip()
            if key in exact:
                groups[exact[key]].members.append(i)
            else:
                exact[key] = len(groups)
                groups.append(_Group(words, [i]))
            continue
        best, best_score = -1, threshold
        shared: Counter[int] = Counter(g for w in words for g in postings.get(w, ()))
        for g, common in shared.items():
            first = groups[g].first
            score = common / (len(first) + len(words) - common)
            if score >= best_score:
                best, best_score = g, score
        if best < 0:
            best = len(groups)
            groups.append(_Group(words))
            for w in words:
                postings[w].append(best)
        groups[best].members.append(i)
    return [g.members for g in groups]


def _made(rows: Sequence[DemandRow], targets: tuple[str, ...], members: list[int]) -> DemandGroup:
    chosen = tuple(rows[i] for i in members)  # oldest first, as clustered
    by_counts = Counter(r.by or "unknown" for r in chosen)
    return DemandGroup(
        key=f"{'|'.join(targets)}#{chosen[0].ref}",
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
