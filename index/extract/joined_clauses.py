"""The subject of a modal after a clause of its own joined by a bare "and".

"The indefinite and arbitrary detention of refugee children is beyond moral comprehension and the
Australian Government must act to bring these children back…" (a Greens release): the sentence
judges a fact, then asks the Government. With no comma before "and" no clause boundary falls there
(clauses.BOUNDARY_RE: "Russia and China should…" is one subject), so the subject before "must" ran
back to the sentence's start; a long one holding a verb of its own was then dropped as a clause,
and the call with it. The subject asked is what follows "and" when the words before it are a clause
(a finite verb, and no relative or subordinate word: "those who are detained and their families" is
one subject) and what follows is one phrase naming someone; a pronoun is left to the finders of
"…and we should…".
"""

from __future__ import annotations

import re

from . import targets

AND_RE = re.compile(r"\sand\s+")
# "is beyond moral comprehension", "has failed", "are suffering": the first clause's own verb.
FINITE_RE = re.compile(r"\b(?:is|are|was|were|has|have|had)\s")
# A relative or subordinate word before that verb makes it part of a noun phrase or of a clause
# hanging on something else, not a clause of its own.
SUBORDINATE_RE = re.compile(r"(?i:\b(?:who|whom|whose|which|that|where|when|whether|if|what|how|why)\b)")
CLAUSE_WORDS = 4  # "X is Y": fewer words are no clause of their own
SUBJECT_WORDS = 8
# A second article inside the phrase joins two noun phrases, a relative clause with "that" left
# out: "the head-in-the-sand response the Coalition has to complexity" (a Minister's release) is
# no subject "has to" asks, nor is "the injustice inflicted upon the Palestinian people".
INNER_ARTICLE_RE = re.compile(r"(?i:\s(?:the|a|an)\s)")


def second_subject(text: str, s: int, cs: int, at: int) -> int:
    """Where the subject of the modal at `at` begins when the clause from `cs` (in the sentence
    from `s`) holds a clause of its own, then "and" and a phrase naming someone; -1 if it does not."""
    verb = FINITE_RE.search(text, cs, at)
    # anywhere in the sentence before the modal: "…examples of how and what UN member states should
    # and can do"; "And when they say things like, you know, there are problems with the National
    # Anthem … and people shouldn't be forced to" (their words reported); "Julia Gillard is so toxic
    # … that the pariah has become the Messiah and Kevin Rudd has to rescue the Prime Minister" (a
    # consequence mocked)
    if verb is None or SUBORDINATE_RE.search(text, s, at):
        return -1
    for joint in AND_RE.finditer(text, verb.end(), at):
        if len(text[cs : joint.start()].split()) < CLAUSE_WORDS:
            continue
        phrase = text[joint.end() : at].strip()
        if (
            len(phrase.split()) <= SUBJECT_WORDS
            and not INNER_ARTICLE_RE.search(phrase)
            and targets.names_someone(phrase)
        ):
            return joint.end()
    return -1
