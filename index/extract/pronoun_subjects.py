"""Whom "He must…", "She should…", "They must…" ask: the subject of the sentence before.

A release presses someone by name and then goes on with a pronoun: "“Minister Dutton must explain
why offshore detainees are being denied…,” Senator Bilyk said. “He must confirm or deny…”". The
pronoun stands for the previous sentence's subject, the actor that opens it, when that actor can
be what the pronoun is (a person for "he"/"she"; a body, a group or two people named together for
"they"). Nothing is guessed
when the pronoun does not open its sentence ("Senator X said he must…": the speaker on
himself; "I would say to its supporters … that they need to…"), when the previous sentence
opens with something else ("These acts kill civilians… They must stop targeted killings"), or
when the subject is the speaker's own side (the speaker does not press himself).
A pronoun after a condition on someone ("If John Howard is serious about protecting democracy …,
he should remove the gag") stands for the one the condition opens with.
"it" is targets.py's (an organisation named before).

A pronoun that goes on with the call of the sentence before asks whom that call asked, a state
too: "Uganda should make at least one year of pre-primary education compulsory… Over time, it
should make additional years … free"; "Alabama should not be subjecting Smith to this
experimentation… Instead, it should abolish…"; "countries from all regions should issue a joint
statement… Ultimately, they should take long-overdue action…" (HRW recommendations).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import Actor, Demand
from . import mentions

Span = tuple[int, int]

PEOPLE = frozenset({"person"})
# Not a state: "India presents a challenging environment…, so companies need to… They should…"
BODIES = frozenset("government legislature party armed_group armed_force igo ngo population media".split())
KINDS = {"he": PEOPLE, "she": PEOPLE, "they": BODIES}
# A sentence's end: a full stop, "!" or "?", closing quotes, then a space; or a paragraph break.
END_RE = re.compile(r"[.!?][”\"’']*\s|\n\s*\n")
# What may come before a pronoun that opens its sentence ("And they must…", "Now he should…").
OPENER_RE = re.compile(r"(?:(?:and|but|so|now|then|instead|rather|therefore|also|today)[\s,]+)+", re.I)
AND_RE = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?|\s*,\s*", re.I)  # "X and Y", "X, Y and Z"
POSSESSIVE_RE = re.compile(r"[’']s?\s")
REACH = 400  # how far back the sentence before may begin
# What may come before the sentence's subject: the subject opens it ("“Minister Dutton must…",
# "The Taliban…"); an actor named later is an object ("Governments that … provide arms to the
# Israeli government risk… They should…": not Israel's).
LEAD_RE = re.compile(r"(?:(?:the|and|but|so|now|then|also|instead|therefore|today)[\s,]+)*", re.I)
# A condition on the one pressed, before the pronoun in its own sentence: "If John Howard is
# serious about protecting democracy …, he should remove the gag"; "If Mr Abbott is serious about
# stopping the boats he must stop saying no". The condition's subject is the pronoun's.
LAST_PRONOUN_RE = re.compile(r"\b(?:he|she|they)$", re.I)
IF_RE = re.compile(r"(?:(?:and|but|so|now)[\s,]+)?(?:if|unless)\s+(?:the\s+)?", re.I)


def antecedent(
    text: str, actors: tuple[Actor, ...], span: Span, own: Callable[[str], bool]
) -> list[tuple[Span, str]]:
    """The actors a subject pronoun at `span` stands for ("Hamas and Palestinian armed groups …
    They must…": both), each at the pronoun; none unless the pronoun is he/she/they and the
    previous sentence's subject is clearly it; after a condition in its own sentence ("If X is
    serious about…, he must…"), the actor that opens the condition, at its name."""
    last = LAST_PRONOUN_RE.search(text, span[0], span[1])
    if last is None:
        return []  # most subjects: no pronoun to resolve
    start = _sentence_start(text, span[0])
    if start <= span[0] and IF_RE.match(text, start):
        # "If Mr Abbott is serious about stopping the boats he must…": with no comma to close
        # the condition, the subject read runs back into it; the pronoun is its last word
        return _condition_subject(text, actors, start, last.span(), KINDS[last.group().lower()], own)
    kinds = KINDS.get(text[span[0] : span[1]].lower())
    if kinds is None:
        return []
    if start < span[0] and not OPENER_RE.fullmatch(text, start, span[0]):
        return []  # "…that they need to compel…": a pronoun inside its sentence may be anyone's
    back = start
    while back > 0 and text[back - 1] in " \t\n“”\"‘’'":
        back -= 1
    prev = _sentence_start(text, max(0, back - 1))  # before the full stop that ends it
    named = mentions.within(actors, prev, start)
    if (
        not named
        or not LEAD_RE.fullmatch(text, prev, named[0][0][0])
        or POSSESSIVE_RE.match(text, named[0][0][1])
    ):
        return []  # "Ethiopia’s international partners…": whose, not who
    subject = named[:1]
    for (a, _), name in named[1:]:
        if kinds is PEOPLE or not AND_RE.fullmatch(text, subject[-1][0][1], a):
            break
        subject.append(((a, _), name))
    # "Mr Abbott and Mr Morrison are quite happy to score cheap political points… They need to
    # reverse their position": two people or more together are a "they"
    if kinds is BODIES and len(subject) > 1:
        kinds = BODIES | PEOPLE
    if any(mentions.type_of(actors, n) not in kinds or own(n) for _, n in subject):
        return []
    return [(span, n) for _, n in subject]


def _condition_subject(
    text: str,
    actors: tuple[Actor, ...],
    start: int,
    span: Span,
    kinds: frozenset[str],
    own: Callable[[str], bool],
) -> list[tuple[Span, str]]:
    """The actor that opens an "if" clause before the pronoun, at its name, when it is what the
    pronoun can be and not the speaker's own side ("If we …, they must…" names nobody)."""
    m = IF_RE.match(text, start)
    named = mentions.within(actors, start, span[0])
    if m is None or not named or named[0][0][0] != m.end() or POSSESSIVE_RE.match(text, named[0][0][1]):
        return []
    name = named[0][1]
    if mentions.type_of(actors, name) not in kinds or own(name):
        return []
    return [(named[0][0], name)]  # the name itself, inside the sentence the call is read in


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins (after its opening quote, if any)."""
    lo = max(0, pos - REACH)
    start = lo
    for m in END_RE.finditer(text, lo, pos):
        start = m.end()
    while start < pos and text[start] in " \t\n“\"‘'":
        start += 1
    return start


# What may open a sentence before the pronoun that goes on with a call: a connective or a short
# setting, closed by a comma ("Instead, it should…", "Over time, it should…", "Beyond Hajj, they
# should…", "At the same time, they should…"); not a clause ("As countries negotiate …, they…").
CARRY_OPENER_RE = re.compile(
    r"[“\"‘]?(?:(?:and|but|so|then|also)\s+|(?!as\b|if\b|when\b|while\b|because\b|although\b|though\b|unless\b"
    r"|since\b|once\b|after\b|before\b|where\b|whether\b)[A-Za-z]+(?:\s+[a-z]+){0,3},\s+)?",
    re.I,
)
# The pronoun and any adverbs after it ("so it certainly shouldn’t…", "they also should…")
CARRIED_PRONOUN_RE = re.compile(r"(?i:(?:it|they)(?:\s+(?:[a-z]+ly|also|still|now|too))*)")
# One sentence's end between the call before and the pronoun's sentence, no paragraph break
ONE_END_RE = re.compile(r"[^.!?\n]*[.!?][”\"’']*[^\S\n]*")


def carried_on(
    text: str, actors: tuple[Actor, ...], span: Span, s: int, previous: Demand | None
) -> list[tuple[Span, str]]:
    """Whom the call before asked, each at the pronoun at `span` that opens sentence `s` and goes
    on with that call; none unless that call is in the sentence right before and asked someone
    other than a person ("he"/"she" are antecedent()'s)."""
    if previous is None or not previous.targets or previous.start >= s:
        return []
    if not CARRIED_PRONOUN_RE.fullmatch(text, span[0], span[1]):
        return []
    if not CARRY_OPENER_RE.fullmatch(text, s, span[0]):
        return []
    if not ONE_END_RE.fullmatch(text, previous.end, s):
        return []  # the call before is further back, or a paragraph ends between them
    if text[span[0] : span[0] + 2].lower() == "it" and len(previous.targets) > 1:
        return []  # "it" is one of them, which the text does not tell
    if any(mentions.type_of(actors, n) == "person" for n in previous.targets):
        return []  # "Julie Bishop should… They should…": "they" is not the one person asked
    for a, b in previous.target_spans:
        if POSSESSIVE_RE.match(text, b) or LAST_PRONOUN_RE.search(text, a, b) or text[a:b].lower() == "it":
            # "Ethiopia’s international partners … should… They should also…": whose, not who;
            # a pronoun before resolved from further back is no ground to go on from
            return []
    return [(span, name) for name in previous.targets]
