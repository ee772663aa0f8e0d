""" "Civil society" as the actor rights releases name by it: "Liberian civil society has been
advocating for accountability", "numerous Nepali civil society organizations", "Civil society
mobilized massively".

The annotation conventions type civil society as an `ngo` (tests/extraction_eval/README.md), and
annotators mark it wherever it acts or is acted on; no finder named it, so every such mention was
missed (ngo recall .27 on the blind `tune4/`). The phrase is an actor when it heads its noun phrase,
with its organisations or groups ("civil society organizations"), and a nationality before it
names whose ("Ukrainian civil society"). It is not where it only describes the next noun ("civil
society space", "civil society activists", "civil society representatives": another head, a
population or nothing), nor inside a name ("the Civil Society Human Rights Advocacy Platform",
"International Civil Society"), which the dictionary and the organisation finder read.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import fold, occurrences

PHRASES = ("civil society", "Civil society", "Civil Society", "CIVIL SOCIETY")
# The bodies civil society is made of, taken into the mention: "Liberian civil society
# organizations" is the same actor as "Liberian civil society".
BODIES_RE = re.compile(r"[^\S\n]+(?:organi[sz]ations|groups|networks|coalitions)\b", re.I)
# What may follow the phrase when it heads its noun phrase: punctuation, the end, or a word no
# noun it could describe is: a conjunction, a preposition, an auxiliary or a verb.
NEXT_WORD_RE = re.compile(r"[^\S\n]*([A-Za-z’'-]+)?")
FOLLOWERS = frozenset(
    """and or but nor in to into of from for with without by at on across about against among
    around within through as that who which whose has have had is are was were be been being can
    could should must will would may might shall do does did also continue continues continued
    remain remains play plays need needs including working engaged under like than itself""".split()
)
PAST_RE = re.compile(r"[a-z]+ed$")
# Words before the phrase that make it a quality of a state, not the actor: "a flourishing civil
# society", "a strong civil society", "strengthening civil society", "build civil society" (UN
# speeches and Senate releases speak so of democracies they praise or promote).
QUALITY_BEFORE = frozenset(
    """a strong vibrant flourishing robust healthy responsible thriving functioning build building
    strengthen strengthening promote promoting develop developing""".split()
)
WORD_BEFORE_RE = re.compile(r"([A-Za-z]+)[^\S\n]+$")
ARTICLE_BEFORE_RE = re.compile(r"(?:^|[^\w’'-])([A-Za-z’'-]+)[^\S\n]+$")


def civil_society(text: str, auth: Authority) -> list[Mention]:
    """A mention of civil society, typed `ngo`, wherever the phrase heads its noun phrase."""
    found: list[Mention] = []
    for start, phrase in occurrences(text, PHRASES):
        end = start + len(phrase)
        if _inside_a_word(text, start, end):
            continue
        quality = WORD_BEFORE_RE.search(text, max(0, start - 20), start)
        if quality is not None and quality.group(1).lower() in QUALITY_BEFORE:
            continue
        bodies = BODIES_RE.match(text, end)
        end = bodies.end() if bodies else end
        if not _heads_phrase(text, end, bodies is not None):
            continue
        start, whose = _nationality_before(text, start, auth)
        if start < 0:
            continue  # a capitalised word before: inside a name ("International Civil Society")
        found.append(Mention(start, end, f"{whose} civil society" if whose else "Civil society", "ngo", 1))
    return found


def _inside_a_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'")) or text[
        end : end + 1
    ].isalnum()


def _heads_phrase(text: str, end: int, bodies: bool) -> bool:
    """Whether the phrase ending at `end` ends its noun phrase: no noun it describes after it."""
    nxt = NEXT_WORD_RE.match(text, end)
    word = nxt.group(1) if nxt else None
    if word is None:
        return True  # punctuation or the end of a line
    if word[:1].isupper():
        return bodies  # "the Civil Society Human Rights Advocacy Platform": a name's first words
    low = word.lower()
    return low in FOLLOWERS or bool(PAST_RE.match(low))  # "civil society mobilized"


def _nationality_before(text: str, start: int, auth: Authority) -> tuple[int, str]:
    """Where the mention begins and whose civil society it is: a nationality adjective before the
    phrase is taken in ("Liberian civil society"); another capitalised word inside a sentence
    makes the phrase part of a name (start -1)."""
    before = ARTICLE_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None or not before.group(1)[:1].isupper():
        return start, ""
    word = before.group(1)
    state = auth.adjectives.get(fold(word), -1)
    if state >= 0 and auth.types[state] == "state" and fold(word) != fold(auth.names[state]):
        return before.start(1), word
    if text[start].islower() or _sentence_start(text, before.start(1)):
        return start, ""  # "Civil society mobilized…", "… Threats to Civil Society" (a headline)
    return -1, ""


def _sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` begins a sentence or a line."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in '.!?\n:“"'
