"""A call in a relative clause on what the sentence says something is or has: "The United Nations
has many virtues, but it also has serious shortcomings that must be faced", "The use of chemical
weapons in Syria … is a deplorable crime that must be fully investigated", "There are matters that
must be resolved urgently", "there is broader work that must be done by German universities to
build trust…" (asks the universities), "…represents an error that should be rectified forthwith".

A relative clause elsewhere describes and asks no one (obligations.RELATIVE_THAT_RE): "the
measures that must be taken at the national level … cannot be totally effective", "the criteria
that must be met", "the role that must be played by the United Nations"; so does one on a noun
the sentence makes definite ("is the standard that should be…"), negates ("are not in fact
theoretical problems that need to be tackled…") or supposes ("If there are instances that should
be investigated we will…").

So does a relative clause on such a noun that requires someone to act: "These are serious matters
that require the Minister to give a full explanation" (a Liberal release) asks the Minister,
"…faces evolving challenges that require us to develop…" is the speaker's own call; not a thing
that requires someone ("has sciatica which requires her to use…": no one named who can act).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import targets
from .clauses import Found, clause_start
from .obligations import BY_AGENT_RE, NAME_WORD_RE, PASSIVE_END_RE
from .verbs import IRREGULAR_PARTICIPLES

THAT_MODAL_RE = re.compile(
    r"(?i:\bthat\s+(?:must|should|needs?\s+to|ha(?:s|ve)\s+to|ought\s+to)\s+(?:(?:also|still|now|\w+ly)\s+)?"
    r"be\s+(?:\w+ly\s+)?(?P<p>[a-z]+)\b)"
)
# The verb that makes the noun its predicate, nearest before "that", then the noun phrase
# Or a verb that sets a task before its subject, as "has" does: "The new government faces many
# challenges that need to be addressed", "…poses risks that must be comprehensively addressed",
# "raise some vital questions which must be answered", "presents an opportunity that must be
# seized", "points to many more possible war crimes that need to be investigated" (not "the face
# of…", "at present…": nouns).
PREDICATE_RE = re.compile(
    r"(?i:\b(?:is|are|remains?|represents?|constitutes?|has|have|there\s+(?:is|are|remains?)|"
    r"(?<!\bthe\s)(?:fac(?:es?|ed|ing)|confront(?:s|ed|ing)?)(?:\s+with)?|pos(?:es?|ed|ing)|present(?:s|ed)|"
    r"rais(?:es?|ed|ing)|point(?:s|ed)?\s+to)\s+"
    r"(?:(?:also|still|now|clearly|indeed|therefore|thus|certainly|surely)\s+)?)"
)
NOT_PREDICATE_RE = re.compile(
    # definite, negated, or no noun: "is the standard that…", "are not … problems that…", "has been…";
    # "something" and "one" are nouns enough: "The incarceration of children is something that should
    # be avoided if at all possible" (a Senate release), "…is one that must be overcome" (UN speeches)
    r"(?i:(?:the|this|that|these|those|its|their|his|her|our|your|my|not|no|nothing|none|been|being|what|which|"
    r"who|whom|whose|to|anything|everything|all)\b)"
)
# What is to be said of something is the speaker's signpost, no act asked: "…is something that ought
# to be noted", "…is one that should be mentioned".
SAID_PARTICIPLES = frozenset(
    "noted said mentioned stressed emphasised emphasized underlined recalled".split()
)
SUPPOSED_RE = re.compile(r"(?i:\b(?:if|whether|unless|when|what|which|who)\b)")
# "…that require(s) X to V": X, a short noun phrase before "to" and a verb (not "to their…", a
# preposition's object, nor "to be …ed", what is to be done to X). ("which requires X to V" is
# call_ons' own: only "that", which it takes for a determiner ("that request to…"), is left to here.)
THAT_REQUIRES_RE = re.compile(
    r"(?i:\bthat\s+(?:(?:also|still|now|\w+ly)\s+)?requires?\s+"
    r"(?P<t>(?!that\b|it\b)[^,.;:!?]{1,60}?)\s+to\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|your|my|be)\b)(?P<a>[a-z]))"
)
# What an instrument requires describes it (issue 11: what a bill does is no demand): "…has budget
# rules that require any new initiatives to…", "…is a law that requires the government to…"
INSTRUMENTS = frozenset(
    "law laws act acts bill bills legislation rule rules regulation regulations provision provisions "
    "policy policies treaty treaties convention conventions resolution resolutions agreement agreements "
    "charter article articles clause clauses section sections code statute statutes order orders".split()
)
# Whom the speaker asks as "us": the speaker's own call, no one else named
SPEAKERS_OBJECT = frozenset({"us", "all of us", "each of us", "us all"})
# What the one required to act may not hold: a clause of its own ("…action on our part if we are to
# avoid…")
CLAUSE_IN_ASKED_RE = re.compile(
    r"(?i:\b(?:if|when|we|they|he|she|it|is|are|was|were|has|have|had|will|would|can|could|should|must)\b)"
)
NP_WORDS = 8
WINDOW = 120


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The calls in relative clauses on a predicate noun in sentence [s, e)."""
    for m in THAT_MODAL_RE.finditer(text, s, e):
        participle = m.group("p").lower()
        if not (participle.endswith(("ed", "en", "wn")) or participle in IRREGULAR_PARTICIPLES):
            continue  # "a statute that should be acceptable to all": what it is to be, no act
        if participle in SAID_PARTICIPLES:
            continue
        cs = _predicate_clause(text, s, e, m.start())
        if cs is None:
            continue
        cut = PASSIVE_END_RE.search(text, m.end("p"), e)
        agent = BY_AGENT_RE.search(text, m.end("p"), cut.start() if cut else e)
        # weak: inside an earlier demand's action ("…be aware that there is a category of measures
        # that must be…") it is part of that demand
        yield Found(cs, m.start(), cs, "passive", [agent.span("np")] if agent else [], weak=True)
    yield from _requirements(text, s, e)


def _requirements(text: str, s: int, e: int) -> Iterator[Found]:
    """ "…is a challenge that requires X to V" in sentence [s, e): X asked to V ("us": the speaker)."""
    for m in THAT_REQUIRES_RE.finditer(text, s, e):
        asked = " ".join(m.group("t").split())
        own = asked.lower() in SPEAKERS_OBJECT
        if not own and (CLAUSE_IN_ASKED_RE.search(asked) or not _names_someone(asked)):
            continue  # "…which requires her to use…", "…require in-depth action … if we are to…"
        head = text[max(s, m.start() - 30) : m.start()].split()
        if head and head[-1].lower().strip("’'") in INSTRUMENTS:
            continue  # "…is a law that requires our government to end…": what the law provides
        cs = _predicate_clause(text, s, e, m.start())
        if cs is None:
            continue
        if own:
            yield Found(cs, m.start(), m.start("a"), "self_exhortation", [], weak=True)
        else:
            yield Found(cs, m.start(), m.start("a"), "call_on", [m.span("t")], weak=True)


def _names_someone(phrase: str) -> bool:
    """Whether the phrase required to act names someone: a body or a person ("the Minister", "major
    countries"), or a name ("Israel", "the Taliban and the Afghan Government")."""
    words = phrase.split()
    named = bool(words) and words[0][:1].isupper() and all(NAME_WORD_RE.fullmatch(w) for w in words)
    return named or targets.names_someone(phrase)


def _predicate_clause(text: str, s: int, e: int, that: int) -> int | None:
    """Where the clause begins whose verb makes the noun before `that` its predicate ("…is a
    deplorable crime that…", "…faces many challenges that…"); None when the noun is definite,
    negated, supposed or not a noun phrase."""
    lo = max(s, that - WINDOW)
    verb = _last(PREDICATE_RE.finditer(text, lo, that))
    if verb is None:
        return None
    np = text[verb.end() : that].split()
    if not np or len(np) > NP_WORDS or NOT_PREDICATE_RE.fullmatch(np[0]) or "," in text[verb.end() : that]:
        return None
    if _not_a_noun_phrase(np):
        return None
    cs = clause_start(text, s, verb.start())
    if SUPPOSED_RE.search(text, cs, verb.start()) or SUPPOSED_RE.search(text, s, min(e, s + 8)):
        return None  # "If there are instances that should be investigated…", "what is a matter that…"
    return cs


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    """The last of `matches`: the verb nearest before "that"."""
    last = None
    for last in matches:  # noqa: B007
        pass
    return last


DETERMINERS = frozenset("a an another many several some any much more most each every both".split())


def _not_a_noun_phrase(np: list[str]) -> bool:
    """Whether the words after the verb begin a verb phrase or an adjective's complement, not a
    noun phrase: "has recognised the priority that…" (a perfect), "are aware of the obstacles
    that…" (an adjective and its object); not "a mix of interests and problems that…"."""
    first = np[0].lower()
    if first.endswith("ed") or first in IRREGULAR_PARTICIPLES:
        return True
    return len(np) > 1 and np[1].lower() == "of" and first not in DETERMINERS
