"""Who makes a call a participle after a comma reports: the subject of the clause it goes on from.

"When Prime Minister Pham Minh Chinh first took office in 2021, Hoang Viet Khanh published his
10-point opinion, urging the prime minister to consider abolishing article 4…" (HRW, Vietnam 2024)
is the activist's call, and "Since July 28, protesters have blocked roads, demanding the release of
detained colleagues" (HRW, Pakistan 2024) the protesters': what they did ("his opinion", "roads")
asks nothing itself, and the release only reports it, so the call is not the release's own. The
subject is the noun phrase that opens the clause (the sentence, or what follows an opening clause's
comma) right before its verb: an actor named there, a pronoun's antecedent, or the people the phrase
describes ("a student leader declared …, calling on the government to…"). A clause whose verb is a
modal ("EU member states … should publicly commit …, urging their partners to…") is the voice's own
call, and so stays with it.
"""

from __future__ import annotations

import re

from ..models import Actor
from . import mentions, targets

# The comma a participle follows: "…his 10-point opinion, urging…".
COMMA_BEFORE_RE = re.compile(r",\s*$")
CLAUSE_COMMA_RE = re.compile(r",\s+")
# A clause's subject (up to six words) and its verb in a past or perfect form: "Hoang Viet Khanh
# published", "protesters have blocked", "he sued", "a student leader declared".
SUBJECT_VERB_RE = re.compile(
    r"[\s“\"‘]*(?P<np>(?:[\w’'.-]+\s+){1,6}?)(?:(?:also|then|later|again|first|recently|jointly)\s+)?"
    r"(?P<verb>has|have|had|[a-z]{2,}ed|wrote|sent|made|took|gave|held|brought|began|went|came|led|met|"
    r"rose|spoke|told|sought|won|ran|set\s+up|put\s+forward)\b"
)
# Words no subject holds: a modal (the clause asks, it does not report), a relative or a
# conjunction (a clause inside the subject), a preposition that begins a setting.
NOT_IN_SUBJECT = frozenset(
    """should must would could will can may might need needs ought shall who which that whose when
    while if because as after before since in on at for with by from to into during""".split()
)
PRONOUN_TYPES = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "they": frozenset({"person", "ngo", "igo", "government", "party", "armed_group", "population"}),
}
DESCRIBED_WORDS = 6


def caller(
    text: str, actors: tuple[Actor, ...], s: int, verb: int, named: list[tuple[tuple[int, int], str]]
) -> str | None:
    """The subject of the clause a participle call verb at `verb` goes on from, in the sentence
    starting at `s`; `named` are the speaking actors the sentence names before the verb. None when
    no comma comes before the participle or the clause's subject is no one found."""
    comma = COMMA_BEFORE_RE.search(text, max(s, verb - 4), verb)
    if comma is None:
        return None
    starts = [s] + [m.end() for m in CLAUSE_COMMA_RE.finditer(text, s, comma.start())]
    for start in reversed(starts):  # the clause right before the participle first
        m = SUBJECT_VERB_RE.match(text, start, comma.start())
        if m is None:
            continue
        words = m.group("np").split()
        if any(w.lower() in NOT_IN_SUBJECT for w in words):
            return None
        return _subject(text, actors, m.start("np"), m.end("np"), words, named)
    return None


def _subject(
    text: str,
    actors: tuple[Actor, ...],
    a: int,
    b: int,
    words: list[str],
    named: list[tuple[tuple[int, int], str]],
) -> str | None:
    """Who the subject phrase [a, b) names: an actor in it, a pronoun's antecedent, or the people
    it describes, capitalised ("Protesters"); not "the ministry" alone, which stands for a body
    named before."""
    inside = [name for (x, y), name in named if a <= x and y <= b]
    if inside:
        return inside[0]
    low = words[0].lower()
    if len(words) == 1 and low in PRONOUN_TYPES:
        return mentions.last_before(actors, a, PRONOUN_TYPES[low], max(0, a - 1500))
    if low in ("the", "a", "an", "this", "these", "those", "its", "their", "his", "her"):
        if low != "a" and low != "an" and len(words) == 2:
            return None
        words = words[1:]
    phrase = " ".join(words)
    if not words or len(words) > DESCRIBED_WORDS or not targets.names_someone(phrase):
        return None
    return phrase[:1].upper() + phrase[1:]
