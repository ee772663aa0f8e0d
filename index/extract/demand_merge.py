"""One demand per sentence unless the sentence asks someone new.

The finders read each modal and each call verb on its own, so a sentence that presses one call
in two clauses ("Emerging countries must protect their development, but they must also
understand…", "…must be called to account before the Court, which must at last be able to…")
came out as two demands of the same sentence. Readers, and the annotations (a demand is "a
sentence or clause that asks someone to act"), count it once. A later clause that names an
addressee of its own ("calls on A to…, and urges B to…") stays a demand of its own, unless the
earlier clause asked no one: then the earlier one was only the frame of the call ("These figures
should be a reminder that … Australia has obligations to treat …", "X must end, and we call on Y
to …") and the sentence is one demand of the later clause's addressee.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from ..models import Demand

# A "sentence" longer than this is a list or a legal provision run together without full stops
# ("(a) To provide additional authority to the Secretary… (b) …"): its clauses are kept apart.
LONGEST_SENTENCE = 600


def merge_within_sentences(demands: Iterable[Demand]) -> tuple[Demand, ...]:
    """Fold each demand into the one before it when both come from one sentence by one speaker
    and it asks no one the earlier one does not; the kept demand spans both clauses."""
    kept: list[Demand] = []
    for demand in demands:
        earlier = kept[-1] if kept else None
        if earlier is not None and _same_call(earlier, demand):
            kept[-1] = dataclasses.replace(
                earlier, start=min(earlier.start, demand.start), end=max(earlier.end, demand.end)
            )
        elif earlier is not None and _framed_call(earlier, demand):
            kept[-1] = dataclasses.replace(
                demand, start=min(earlier.start, demand.start), end=max(earlier.end, demand.end)
            )
        else:
            kept.append(demand)
    return tuple(kept)


def _same_call(earlier: Demand, later: Demand) -> bool:
    return (
        earlier.sentence == later.sentence
        and len(later.sentence) <= LONGEST_SENTENCE
        and earlier.by == later.by
        and set(later.targets) <= set(earlier.targets)
    )


def _framed_call(earlier: Demand, later: Demand) -> bool:
    """Whether `later` names the addressee of a sentence whose earlier clause, by the same
    speaker, asked no one: the sentence is one call, the later clause's."""
    return (
        earlier.sentence == later.sentence
        and len(later.sentence) <= LONGEST_SENTENCE
        and earlier.by == later.by
        and not earlier.targets
        and bool(later.targets)
    )
