"""Obligations put first by a negative: "Never again should the world be caught unprepared",
"Under no circumstances should they be deported to Russia", "Nor should the Council remain
silent", "Never again must we mortgage our prosperity". The modal stands before its subject, so
the obligation pattern takes it for a condition ("should it choose…") and passes it over; here
the negative at the clause's head says it forbids. Who is asked is the subject after the modal:
the speaker's own "we" is a self-exhortation, a passive ("should they be deported") names no one.
Not "Only then can we…" ("can" forecasts) nor "should Moscow pursue…" (no negative first).

"So" before the modal puts the call of the clause before on another subject: "The U.S. can and will
play a major role, but so must the United Nations and the African Union" (a Senate release), "The
Security Council must be able to act, and so must we" (UN General Debate), "Just as …, so too must
we adapt"; the subject may stand alone, the act left for the clause before to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .clauses import Found, clause_start
from .triggers import scan
from .verbs import ACTION_VERBS, FINITE, WORD_RE

INVERSION_RE = re.compile(
    r"\b(?:never(?:\s+again)?|under\s+no\s+circumstances?|in\s+no\s+case|on\s+no\s+account|"
    r"at\s+no\s+(?:time|point)|nor|neither|no\s+longer)\s*,?\s+"
    # "Never again, Mr President, should…": the chair addressed between (in lower case, as re.I
    # reads it: the pattern's lower-case twin is searched in the lower-cased text, several times faster)
    r"(?:(?:mr\.?|madam|madame)\s+(?:president|chair\w*|speaker|secretary-general)\s*,\s+)?"
    r"(?P<m>should|must)\s+(?P<s>[\w’'-])",
    re.I,
)
# "…, but so must the United Nations", "so too must we"; not "those in a position to do so must…",
# where "so" is the act (LEAD_RE wants the clause to begin with it)
SO_RE = re.compile(r"\bso\s+(?:too\s+)?(?P<m>should|must)\s+(?P<s>[\w’'-])", re.I)
# Where a subject said alone ends: its clause's end
ALONE_END_RE = re.compile(r"\s*(?:[,.;:!?\n]|$)")
ALONE_WORDS = 8
# Before the negative in its clause: nothing, or a conjunction ("And never again should…")
LEAD_RE = re.compile(r"(?i:\s*(?:(?:and|but|so|yet|indeed|surely)\s*,?\s*)?)")
SELF = frozenset({"we", "i"})
NO_ONE = frozenset({"there", "it", "this", "that"})
DETERMINERS = frozenset(
    "the a an this that these those all any such our their its his her my your every each".split()
)
PRONOUNS = SELF | NO_ONE | {"they", "you", "he", "she"}
PARTICIPLE_RE = re.compile(r"[a-z]+(?:ed|en|wn|ght|lt|nt|pt)\b")


def find(text: str, src: str, s: int, e: int, same: bool) -> Iterator[Found]:
    """The inverted obligations in sentence [s, e); `src` is the lower-cased text when `same`."""
    yield from _inverted(text, scan(INVERSION_RE, src, s, e, same), s, e, False)
    if text.find("so ", s, e) != -1 or text.find("So ", s, e) != -1:  # a cheap gate: few sentences
        yield from _inverted(text, scan(SO_RE, src, s, e, same), s, e, True)


def _inverted(text: str, found: Iterator[re.Match[str]], s: int, e: int, so: bool) -> Iterator[Found]:
    """The obligations of the inversions `found`; after "so" the subject may stand alone."""
    for m in found:
        cs = clause_start(text, s, m.start())
        if not LEAD_RE.fullmatch(text, cs, m.start()):
            continue  # "…who never should have been…": not at its clause's head
        subject = _subject(text, m.start("s"), e) or (_alone(text, m.start("s"), e) if so else None)
        if subject is None:
            continue
        (ss, se), verb = subject
        word = text[ss:se].lower()
        first = word.split()[0]
        if text[ss].islower() and first not in PRONOUNS and first not in DETERMINERS:
            continue  # "who no longer must walk eight hours…": no subject after the modal
        if text.startswith("have ", verb) or text.startswith("have\n", verb):
            continue  # "nor should it have happened": a reproach for the past
        if so and word == "i":
            continue  # "so must I categorically declare that…": the speaker says, no one is asked
        if word in SELF:
            yield Found(cs, m.start("m"), verb, "self_exhortation", [])
        elif word in NO_ONE or _passive(text, verb):
            yield Found(cs, m.start("m"), cs, "passive", [])
        else:
            yield Found(cs, m.start("m"), verb, "obligation", [(ss, se)])


def _subject(text: str, pos: int, e: int) -> tuple[tuple[int, int], int] | None:
    """The subject after the modal at `pos` and where its verb begins: the first word in lower
    case that is a verb of action, "be" or one of ENDS ("we forget", "the Council remain")."""
    words = list(WORD_RE.finditer(text, pos, e))[:12]
    if len(words) > 1 and words[0].group().lower() in PRONOUNS:
        return words[0].span(), words[1].start()  # "must we mortgage…": any verb after a pronoun
    for i, w in enumerate(words[1:], 1):
        word = w.group()
        if word.islower() and (word in ENDS or word in ACTION_VERBS):
            return (pos, words[i - 1].end()), w.start()
        if word.lower() in FINITE:
            return None
    return None


def _alone(text: str, pos: int, e: int) -> tuple[tuple[int, int], int] | None:
    """A subject said alone after "so must", to its clause's end ("so must the United Nations and
    the African Union."), and where the act begins: the subject itself, the act being unsaid."""
    end = ALONE_END_RE.search(text, pos, e + 1)
    if end is None or not 0 < len(text[pos : end.start()].split()) <= ALONE_WORDS:
        return None
    return (pos, end.start()), pos


ENDS = frozenset("be remain let forget allow tolerate accept stand have ignore".split())


def _passive(text: str, verb: int) -> bool:
    """Whether the verb at `verb` is "be" before a participle ("be deported", "be caught")."""
    if not text.startswith("be ", verb):
        return False
    return bool(PARTICIPLE_RE.match(text, verb + 3))
