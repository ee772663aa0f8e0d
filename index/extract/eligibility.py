"""Conditions of eligibility, not calls: what one has to meet to get something, as a law's or a
programme's terms state it. "In order to be eligible for in-quota treatment, semi-finished wrought
aluminum articles must be accompanied by a certificate of analysis", "Eligible semi‑finished wrought
aluminum articles must not contain primary aluminum from …" (a White House proclamation), "To be
eligible for GCFF grant funding, countries must put in place …" (a State Department page), "To
qualify for LIHTC, developers must make commitments …", "Afghans eligible and referred to the P-2
program must be outside Afghanistan". Only with "must", "shall" or "have to", a condition's modals:
"should" still asks the eligible ("All eligible individuals should get their booster shot right
away", "every American who is eligible should take immediate steps to get vaccinated").
"""

from __future__ import annotations

import re

# A purpose of qualifying that opens the sentence: "(In order) to be eligible for X, …", "To qualify,
# …". Not one's own purpose named after a subject of its own: "However, for us to qualify for soft
# loans, the international financial institutions and donor Governments must stop using per capita
# income as a criterion" (a General Debate call on them).
PURPOSE_RE = re.compile(
    r"[\s\"“‘'(]*(?i:(?:(?:and|but|so|however|also)\s*,?\s+)?(?:in\s+order\s+)?to\s+"
    r"(?:be(?:come)?\s+eligible|qualify)\b[^.;:!?]{0,120},)"
)
# A subject described by its eligibility: "Eligible … articles", "Afghans eligible and referred to …"
ELIGIBLE_RE = re.compile(r"(?i:\beligible\b)")
# The modals of a condition
CONDITION_MODAL_RE = re.compile(r"(?i:(?:must|shall|ha(?:ve|s)\s+to)\b)")


def conditioned(text: str, s: int, ss: int, modal: int) -> bool:
    """Whether the modal at `modal`, whose subject begins at `ss` in the sentence beginning at `s`,
    states a condition of eligibility."""
    if not CONDITION_MODAL_RE.match(text, modal):
        return False
    return bool(PURPOSE_RE.match(text, s, modal) or ELIGIBLE_RE.search(text, ss, modal))
