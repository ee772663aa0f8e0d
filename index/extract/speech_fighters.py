"""Fighters a UN General Debate speech names only by their kind: "foreign terrorists", "armed
terrorist groups", "extremist militants", "foreign terrorist fighters", "international mercenaries".

A head of state at the General Debate speaks of terrorism as a policy matter: the fighters it
describes are the category the policy is about, not one armed group the speech tells of, and the
annotation leaves them unmarked (the Senate and UN convention: generic "terrorists", "extremist
groups" are no actors), as in every such phrase of the annotated speeches. A report (HRW) or a
release recounting one attack keeps them (armed_descriptions.py).

A determiner keeps the mention: "the terrorists", "those terrorists" refer to fighters the speech
tells of ("the terrorists are holding more than 100 people hostage"), and a speech that names
one set of groups and keeps describing them is annotated so. A name among the words keeps it too
("ISIL fighters", "Houthi militants"), and so do the words that name the side of a conflict
rather than a category ("rebels", "insurgents", "jihadists").
"""

from __future__ import annotations

from .mention import Mention
from .tokens import sentence_initial, word_before

# The nouns that name fighters by their methods or origin only.
CATEGORY_NOUNS = frozenset({"terrorists", "extremists", "militants", "mercenaries", "fighters"})
CATEGORY_BODIES = frozenset({"terrorist groups", "terrorist organizations", "terrorist organisations"})
DETERMINERS = frozenset({"the", "those", "these", "such", "this", "that", "its", "their"})


def is_category(text: str, m: Mention) -> bool:
    """Whether armed-group mention `m` describes fighters by their kind only, undetermined, unnamed."""
    words = text[m.start : m.end].split()
    if not words or words[0].lower() in DETERMINERS or any(w[:1].isupper() for w in words[1:]):
        return False  # "those terrorists": the ones told of; "ISIL fighters": a named side's
    if words[0][:1].isupper() and not sentence_initial(text, m.start):
        return False  # "Houthi militants"
    before = word_before(text, m.start)
    if (
        before.lower() in DETERMINERS
        or before[:1].isupper()
        and not sentence_initial(text, m.start - len(before) - 1)
    ):
        return False  # "those valiant African National Congress militants": the span is the noun's only
    tail = words[-1].lower()
    return tail in CATEGORY_NOUNS or " ".join(words[-2:]).lower() in CATEGORY_BODIES


def without_categories(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` less the armed groups a speech names by their kind only."""
    return [m for m in mentions if m.type != "armed_group" or not is_category(text, m)]
