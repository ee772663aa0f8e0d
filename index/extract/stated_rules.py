"""Rules stated, not calls made: "States are specifically required to address the needs of students
…" (a White House fact sheet on what a law requires), "Detainees are required to present themselves
for muster calls" (HRW on a depot's rule), "the U.S. Attorney is required to bring the matter to a
grand jury" (a senator on a statute). "X is/are required to V" with someone as X tells what a law or
a rule makes X do; the speaker asks nothing by it. The sets mark none of these as calls.

What the speaker asks stays a call: "we are (also) required to be responsible members of the
community of nations" (a speaker's duty owned, a self-exhortation), "Urgent action is required to
prevent…" and "joint efforts are required to create…" (a thing needed, no one's rule), and the
bonds HRW invokes, "India is obligated under international human rights law to ensure…", "Israel
is obliged to provide…" (another word, not read here).
"""

from __future__ import annotations

import re

from . import targets
from .authority import authority

# "is required to", "are specifically required to", "are also required under the Act to"
REQUIRED_RE = re.compile(
    r"(?i:(?:is|are)\s+(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?required\s+(?:under\s+[^,.]{1,60}?\s+)?to\b)"
)
# Pronouns that stand for those a rule binds ("Instead, they are required to join legal consultation
# offices"); "we" and "I" own their duty, "you" is told what to do.
BOUND_PRONOUNS = frozenset("he she they".split())
OWN_PRONOUNS = frozenset("we i you".split())
CONJUNCTION_RE = re.compile(r"\s*,\s*|\s+(?:and|or)\s+")
# A subject left out after "and": "States and school districts have the resources they need, and are
# required to address …" — the sentence's subject, before its first verb, binds them.
ELIDED_RE = re.compile(r"(?i:and)")
FIRST_SUBJECT_RE = re.compile(r"\s*(?P<np>[^,;:]{1,80}?)\s+(?:have|has|had|are|is|were|was)\b")


def stated(text: str, s: int, at: int, subject: str) -> bool:
    """Whether the modal at `at` in the sentence beginning at `s` is "is/are required to" said of
    someone `subject` names (the words before it): a rule stated, not a call."""
    if REQUIRED_RE.match(text, at) is None:
        return False
    words = subject.split()
    if words and words[-1].lower() in OWN_PRONOUNS:
        return False  # "To address the development challenges … we are required to focus on …"
    if ELIDED_RE.fullmatch(subject.strip()):
        first = FIRST_SUBJECT_RE.match(text, s, at)
        return first is not None and _names(first.group("np"))
    return bool(words) and _names(subject)


def _names(subject: str) -> bool:
    """Whether the subject names those a rule binds: a pronoun for them, or a conjunct naming
    someone ("States", "the U.S. Attorney") or a noun for people ("Detainees", "girls and women")."""
    if subject.split()[-1].strip(",").lower() in BOUND_PRONOUNS:
        return True
    for part in CONJUNCTION_RE.split(subject):
        words = part.split()
        if words and (targets.names_someone(part) or words[-1].strip(",").lower() in authority().people):
            return True
    return False
