"""Calls phrased as necessity: an act named by its noun and called necessary ("The renewal of the
mandate of the Special Rapporteur is essential", "Accountability is essential to deter future
unlawful acts", "international support remains critical", "The stabilization of Libya is of the utmost
importance", "The adoption of a strong international treaty … could not be more necessary"), read as a
call for the act, as "X is needed" is (calls_for.needed); and a role someone has to play ("All countries
have a role to play in preventing machines from taking human life"), read as a call on them.

A thing called vital is no call: "mining … is vital for the prosperity of every Australian", "Its
system is vital", "the humanitarian situation remains critical" (a state of affairs); nor what was
("the aid was essential to…"), a relative clause ("skills that are essential to their futures"),
a negation, or a role played ("Ghana has played a crucial role in…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import Found, clause_start
from .importance import THING_NOUNS, names_act

# Degree words that make "important" as strong as "essential"; not "so", which mostly explains
# ("that's why the assistance is so important, because…", White House briefings)
DEGREE = (
    r"(?:extremely|very|particularly|most|critically|vitally|especially|highly|really|enormously|"
    r"tremendously|immensely|hugely|incredibly)"
)
# Who the thing matters to values it, asks nothing: "foreign investment is very important to
# Australia" (an Australian release), "The establishment of an independent judiciary is extremely
# important for us" (Kyrgyzstan, 2012, of its own reform), "Fiji's successful elections are hugely
# important for the region" (New Zealand, 2014), "…is particularly important for my country, Mali"
VALUED_FOR = (
    r"(?!\s+(?:to|for)\s+(?:us|me|them|you|all|everyone|everybody|(?-i:[A-Z])|"
    r"(?:the|my|our)\s+(?:region|world|country|countries|people|peoples|nation|nations|continent)\b|"
    r"(?:communities|countries|people)\b))"
)
# The present only: "was essential" tells what was. Not "critical of" (a judgement), "vital
# interests" (an adjective before its noun, which no word boundary and space then punctuation
# allow), nor "necessary that…" after a subject, which continues a clause ("…is necessary that").
# ("\b" before the look-behinds: the same tests at the same place, but the cheap one first
# spares the look-behinds at every character inside a word, half the pattern's time)
NECESSARY_RE = re.compile(
    r"\b(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)(?<!\bwhat\s)(?<!\bit\s)(?<!\bthis\s)(?<!\bif\s)"
    r"(?:is|are|remains?)\s+(?:(?:\w+ly|also|therefore|now|still|thus|equally)\s+){0,2}"
    r"(?:essential|vital|crucial|critical|indispensable|necessary|a\s+must|"
    # "important" with a degree word before it says as much: "The support of the international
    # community is extremely important to help build our capacity" (Marshall Islands, 2005), "the
    # empowerment of women and girls is very important in decisively overcoming poverty" (Zambia,
    # 2023). Bare "is important" is left: it values more often than it asks.
    rf"{DEGREE}\s+important{VALUED_FOR}|"
    # the same need as importance: "the early entry into force of the Paris Agreement is of paramount
    # importance", "Settlement of the protracted conflicts … remains of the utmost importance"
    r"of\s+(?:the\s+)?(?:utmost|paramount|critical|vital|crucial|great|particular|fundamental)\s+importance)"
    r"(?=\s*[,.;!”\"’]|\s+(?:to|for|if|in)\b|\s*$)"
    # "could not be more necessary or urgent"
    r"|\bcould\s+not\s+be\s+more\s+(?:necessary|urgent|essential|vital|critical|crucial)\b",
    re.I,
)
# "have a role to play", "has an important role to play", "all have a role to play"; not "have
# no role to play", "had a role to play" (what was), "would have a role to play" (a forecast).
ROLE_RE = re.compile(
    r"\b(?:has|have)\s+(?:(?:also|still|all|each|certainly|clearly|\w+ly)\s+){0,2}"
    r"(?P<role>(?:a|an)\s+(?:[a-z-]+\s+){0,3}role\s+to\s+play)\b",
    re.I,
)
# A subject that is no actor asked: the speaker or a pronoun whose referent another sentence names,
# a relative ("those who have a role to play"), a question's or a conditional's.
NO_ROLE_SUBJECT_RE = re.compile(
    r"(?i:(?:.*\b)?(?:who|which|that|if|whether|when|where|it|this|they|he|she|you|everyone|everybody)$)"
)
# A modal before the verb forecasts or allows: "non-blanket conditional amnesties may also have a role
# to play", "The United States will continue to have a significant role to play"
MODAL_BEFORE_RE = re.compile(
    r"(?i:\b(?:would|will|could|may|might|can|continue\s+to)\s+(?:(?:also|still|\w+ly)\s+)?$)"
)
# "The key to the success of this noble mission is the strict adherence of all the Members … to the
# Charter", "the key to development undoubtedly lies in raising the rate of investment": what the key
# is, when an act, is called for. Not a thing ("the key to the problem is in the hands of the great
# Powers"), nor what the key was.
KEY_RE = re.compile(
    r"\b(?:the|a)\s+key\s+to\s+[^.;:!?]{1,100}?\s+(?:is|lies|remains)\s+(?:(?:\w+ly|still|also)\s+)?(?:in\s+)?"
    # not "is to be found in the constructive proposals of…": where the key lies, no act
    r"(?P<a>(?:the|our|an?|their|its)\s+|(?=to\s+(?!be\b)[a-z]|[a-z]+ing\b))",
    re.I,
)
# An act called the only way: "Decisive action is the only way that the United Nations system will
# remain relevant" (Turkey, 2013), "a political process is the only way to end the Syrian crisis";
# and the only way named first: "the only way to peace in Afghanistan is a direct dialogue between
# the central Government and the main domestic political forces" (Uzbekistan, 2017), "Virtually the
# only possibility remaining today to put an end to this turmoil is to break the deadlock" (Russia,
# 2013). Both call for the act, as "X is essential" does; not a condition after it ("the only way
# these measures will now be restored is if Labor is voted out of office", an Australian release).
ONLY_WAY_RE = re.compile(
    r"\b(?:is|remains)\s+(?:(?:\w+ly|still|also|therefore|now|and\s+remains)\s+)?(?:the|our)\s+only\s+"
    r"(?:(?:real|viable|possible|sure|true|realistic|sustainable|lasting)\s+)?"
    r"(?:way|path|option|solution|means|road|avenue|possibility)\b"
    r"|\b(?P<first>the\s+only\s+(?:(?:real|viable|possible|sure|true|realistic|sustainable|lasting)\s+)?"
    r"(?:way|path|option|solution|means|road|avenue|possibility)\b)"
    # up to its own verb, not a later clause's ("…is if Labor is voted out")
    r"(?:(?!\s(?:is|lies|remains)\s)[^.;:!?]){0,140}?"
    r"\s(?:is|lies|remains)\s+(?:(?:to|through|by|in|via)\s+)?(?P<a>(?!(?:not|that|this|it|clear|if|when|whether|because)\b)[a-z])",
    re.I,
)
# A subject that names no act: a pronoun or a word pointing back ("That is the only way to achieve
# peace" stresses the call before it), a relative ("…process, which remains the only way…"), a
# question's or a condition's, also after a conjunction ("Because it is the only way to preserve peace").
NO_WAY_SUBJECT_RE = re.compile(
    r"[\s“\"‘']*(?i:(?:because|since|and|but|so|yet)\s+)?"
    r"(?i:(?:it|this|that|these|those|which|who|what|there|if|whether|when|he|she|they|we|i)\b)"
)
# A verb before "the only way" in its own clause makes it an object ("we believe that is the only
# way…", "…has shown the only way to…"), no subject naming the way.
VERB_BEFORE_RE = re.compile(
    r"(?i:\b(?:is|are|was|were|be|been|remains?|shows?|showed|shown|offers?|find|found)\b)"
)
GERUND_OR_TO_RE = re.compile(r"(?:to\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}(?:ing)?\b")
# An act pointed back to or one's own is told of, not asked: "Our investments in International Affairs
# programs are critical to our national security" (a senator's release), "This support is essential
# to enable migrants … to integrate" (a briefing on aid given), "These conditions are essential if…"
# A condition is no call either: "where action is necessary, legal and right, to fail to act is…";
# nor a concession, granted before the clause that asks: "although X is essential, …"
POINTED_RE = re.compile(
    r"[\s“\"‘']*(?i:our|its|their|his|her|my|this|these|those|that|where|when|if|unless|whether|"
    r"whilst|although|though)\b"
)
# "while" and "whereas" end the clause before (clauses.BOUNDARY_RE), so the clause starts after the
# concession's word: "while sustainable development is of paramount importance, we must also be assured
# of our security…" (Micronesia, 2008) grants the one to ask the other.
CONCEDED_RE = re.compile(r"(?i:\b(?:while|whereas)\s*$)")
# What a text is said to say: "According to Article 55 of the United Nations Charter, conditions of
# stability and well-being are necessary for peaceful and friendly relations among nations"
ACCORDING_RE = re.compile(r"(?i:\baccording\s+to\b)")
# An adverb before the subject is no part of it: "Clearly the state has a major role to play…"
LEAD_ADVERB_RE = re.compile(r"(?:[A-Z][a-z]+ly|Still|Indeed|Also|Now|Of\s+course)\s+(?=\S)")
NEGATED_RE = re.compile(r"(?i:\b(?:not|no|never|nor)\b)")
SUBJECT_WORDS = 12  # a longer stretch before the verb is a clause, not the act's noun phrase
# A longer subject is still one noun phrase when it opens with the act's noun and its "of" and holds no
# verb or relative word: "The revitalization of the United Nations system and meaningful reforms of the
# Security Council are essential" (Latvia, 2023), "The withdrawal of United States and all other foreign
# troops from South Korea is absolutely essential" (USSR, 1967).
LONG_SUBJECT_WORDS = 28
# (not a phrase that opens with a preposition: "in the application of science … is vital" is the last
# of a list of where a role lies, no act's subject)
ACT_OF_RE = re.compile(
    r"(?!(?:in|on|at|for|with|by|from|to|of|and|or|but|through|under|within)\b)"
    r"(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+)\s+of\s"
)
CLAUSE_WORD_RE = re.compile(
    r"(?i:\b(?:is|are|was|were|be|been|being|has|have|had|will|would|shall|should|can|could|may|might|must|"
    r"do|does|did|who|whom|whose|which|where|when|if|whether|than|as)\b)"
)
# A conjunct of one to three words with no determiner: "ownership", "joint discussion"
BARE_NOUN_RE = re.compile(r"\s*(?!(?:the|a|an|its|their|our|this|that)\b)[a-z-]+(?:\s+[a-z-]+){0,2}\s*")


def find(text: str, s: int, e: int) -> Iterator[Found]:
    """The calls phrased as necessity in sentence [s, e)."""
    for m in NECESSARY_RE.finditer(text, s, e):
        cs = clause_start(text, s, m.start())
        subject = text[cs : m.start()]
        if not subject.strip() or not _one_phrase(subject) or NEGATED_RE.search(subject):
            continue
        if POINTED_RE.match(subject) or ACCORDING_RE.search(text, s, cs):
            continue
        if CONCEDED_RE.search(text, max(s, cs - 12), cs):
            continue
        # the sentence's first word is capitalised, an act's noun as any other ("Accountability is…")
        phrase = subject.lstrip("“\"‘' ")
        phrase = phrase[:1].lower() + phrase[1:]
        if names_act(phrase, 0, len(phrase)) or _joint_act(phrase):
            yield Found(cs, m.start(), cs, "call_for", [], weak=True, subject=False)
    for m in KEY_RE.finditer(text, s, e):
        if _an_act_after(text, m.end("a"), e, bool(m.group("a"))):
            cs = clause_start(text, s, m.start())
            yield Found(cs, m.start(), m.start("a"), "call_for", [], weak=True, subject=False)
    for m in ONLY_WAY_RE.finditer(text, s, e):
        cs = clause_start(text, s, m.start())
        if m.group("first"):
            if VERB_BEFORE_RE.search(text, cs, m.start()):
                continue
            yield Found(cs, m.start(), m.start("a"), "call_for", [], weak=True, subject=False)
            continue
        subject = text[cs : m.start()]
        words = subject.split()
        if not words or len(words) > SUBJECT_WORDS or NEGATED_RE.search(subject):
            continue
        if NO_WAY_SUBJECT_RE.match(subject) or POINTED_RE.match(subject):
            continue
        yield Found(cs, m.start(), cs, "call_for", [], weak=True, subject=False)
    for m in ROLE_RE.finditer(text, s, e):
        cs = clause_start(text, s, m.start())
        start = cs + len(text[cs : m.start()]) - len(text[cs : m.start()].lstrip("“\"‘'"))
        lead = LEAD_ADVERB_RE.match(text, start, m.start())
        start = lead.end() if lead else start
        subject = text[start : m.start()].rstrip()
        words = subject.split()
        if not words or len(words) > SUBJECT_WORDS or NO_ROLE_SUBJECT_RE.match(subject):
            continue
        if NEGATED_RE.search(subject) or MODAL_BEFORE_RE.search(text, max(cs, m.start() - 30), m.start()):
            continue
        if words[0].lower() in ("we", "i") or words[-1].lower() in ("we", "i", "us"):
            yield Found(cs, m.start(), m.start("role"), "self_exhortation", [])
        else:
            yield Found(cs, m.start(), m.start("role"), "obligation", [(start, start + len(subject))])


def _one_phrase(subject: str) -> bool:
    """Whether the stretch before "is essential" can be the act's noun phrase: short, or long but
    opening with an act's noun and its "of" and holding no verb of its own."""
    words = len(subject.split())
    if words <= SUBJECT_WORDS:
        return True
    if words > LONG_SUBJECT_WORDS or CLAUSE_WORD_RE.search(subject):
        return False
    m = ACT_OF_RE.match(subject.lstrip("“\"‘' ").lower())
    return m is not None and names_act(m.group("head"), 0, len(m.group("head")))


def _joint_act(phrase: str) -> bool:
    """Whether a coordination names an act by its first conjunct: "regional cooperation and
    ownership is a must", "dialogue and understanding are essential" (the act asked, with what goes
    with it). The last conjunct is a bare noun: not a thing or a name ("cooperation and the United
    Nations"), nor a phrase of its own ("occupation and the uprooting of a whole people")."""
    first, joined, last = phrase.partition(" and ")
    if not joined or not BARE_NOUN_RE.fullmatch(last):
        return False
    head = last.split()[-1].strip("”\"’')(")
    return head == head.lower() and head not in THING_NOUNS and names_act(first, 0, len(first))


def _an_act_after(text: str, at: int, e: int, determined: bool) -> bool:
    """Whether the key named at `at` is an act: a noun of an act after its determiner ("the full
    implementation of…"), else an infinitive or a gerund ("to thoroughly implement…", "raising…")."""
    if determined:
        return names_act(text, at, e)
    if text.startswith("to", at):
        return True
    word = GERUND_OR_TO_RE.match(text, at)
    return word is not None and word.group().endswith("ing")
