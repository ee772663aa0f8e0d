"""Bodies and offices named in capitals: a release's letterhead "MINISTER FOR IMMIGRATION AND
CITIZENSHIP", an OCR'd heading "DEPARTMENT OF FOREIGN AFFAIRS AND TRADE", a sentence begun
"THE DEPARTMENT OF IMMIGRATION AND ETHNIC AFFAIRS today announced…".

The finder of unknown organisations reads a name's joining words in lower case ("Department of
Health"), so in capitals only the head word was found, as the organ word ("Department",
"Minister"), and every body and office of a letterhead became one "Department". Here the run of
capitals after a head word and its "OF"/"FOR"/"ON" is written as a name is ("Department of
Immigration and Ethnic Affairs", which keeps every offset) and read by that finder, so the name
ends and is typed as it would be in ordinary case, and groups with it (name_keys ignores case).
"""

from __future__ import annotations

import re

from .authority import authority
from .mention import Mention
from .organisations import HEADS, _organisation

# A heading's or a sentence's first words in capitals, up to and past a body's head word and its
# "OF"/"FOR"/"ON": "THE COMMONWEALTH INSTITUTE OF HEALTH", "DEPARTMENT OF FOREIGN AFFAIRS".
_WORD = r"[A-Z][A-Z’'&-]*"
# Not a legislature's ("PARLIAMENT OF AUSTRALIA": legislatures_of reads it, with its state).
UPPER_HEADS = frozenset(w.upper() for w, t in HEADS.items() if w.isalpha() and t != "legislature")
_HEADS = "|".join(sorted(UPPER_HEADS, key=len, reverse=True))
UPPER_RE = re.compile(
    rf"(?:^|(?<=[^\sA-Z’'&-][^\S\n]))[^\S\n]*(?:THE[^\S\n]+)?((?:{_WORD}[^\S\n]+)*?(?:{_HEADS})[^\S\n]+(?:OF|FOR|ON)[^\S\n]+"
    rf"{_WORD}(?:[^\S\n]+{_WORD})*)\b(?![a-z])",
    re.M,
)
# What may follow a name: the line's end, or the sentence it begins in ordinary case ("… ETHNIC
# AFFAIRS today announced"); not more capitals, a release typed in capitals throughout.
AFTER_RE = re.compile(r"[^\S\n]*(?:$|[a-z,;:?]|[-–—][^\S\n])", re.M)
# Joining words a name writes in lower case (organisations.ORG_RE reads only these between words).
JOINING = frozenset("OF FOR ON AND THE A DE AGAINST".split())
# Words no body's name holds: a sentence in capitals ("… COUNCIL ON AID POLICY WHICH I WILL").
FUNCTION_WORDS = frozenset(
    """I WE YOU HE SHE IT THEY WHICH WHO THAT THIS THESE THOSE WILL WOULD SHALL SHOULD CAN MAY HAS
    HAVE HAD IS ARE WAS WERE BE BEEN TO AT BY WITH FROM IN AS ITS OUR THEIR HIS HER MY A AN OR BUT
    NOT""".split()
)


def upper_names(text: str) -> list[Mention]:
    out = []
    for m in _runs(text):
        first = _first_word(m.group(1).split())
        if first < 0 or not AFTER_RE.match(text, m.end()):
            continue
        at = m.start(1) + [w.start() for w in WORD_RE.finditer(m.group(1))][first]
        words = _place_cut(_holder_cut(m.group(1).split()[first:]))
        while words[-1] in JOINING:
            words = words[:-1]
        if len(words) > 3 and words[-1].endswith("ED"):
            words = words[:-1]  # a headline's verb: "DEPARTMENT OF FOREIGN AFFAIRS BREACHED"
        # the name written in ordinary case in a copy of its line, so offsets stay the text's
        line_start = text.rfind("\n", 0, m.start(1)) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start : m.start(1)] + _titled(m.group(1)) + text[m.end(1) : line_end]
        found = _organisation(line, at - line_start, _titled(" ".join(words)).split())
        if found is not None:
            out.append(Mention(found.start + line_start, found.end + line_start, found.name, found.type, 1))
    return out


WORD_RE = re.compile(r"\S+")
COMPLEMENTS = (" OF ", " FOR ", " ON ")


def _runs(text: str) -> list[re.Match[str]]:
    """UPPER_RE's matches, sought only on the lines where a head word in capitals stands before
    its complement, found by plain substring searches (UPPER_RE, or a pattern for the head words,
    tried at every position cost 3-4% of extraction)."""
    lines: set[int] = set()
    for sep in COMPLEMENTS:
        at = text.find(sep)
        while at >= 0:
            word_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
            if text[word_start:at] in UPPER_HEADS:
                lines.add(text.rfind("\n", 0, at) + 1)
            at = text.find(sep, at + 1)
    out: list[re.Match[str]] = []
    for start in sorted(lines):
        end = text.find("\n", start)
        out += UPPER_RE.finditer(text, start, len(text) if end < 0 else end)
    return out


def _first_word(words: list[str]) -> int:
    """Where the name begins: after the run's last function word before the head ("ADDRESS TO
    FEDERATION OF …"); -1 if one follows it ("COUNCIL ON AID POLICY WHICH I WILL": a sentence in
    capitals) or the run is too long for a name."""
    head = next(k for k, w in enumerate(words) if w in UPPER_HEADS and words[k + 1] in ("OF", "FOR", "ON"))
    if FUNCTION_WORDS.intersection(words[head:]) or len(words) - head > 10:
        return -1
    return max((k + 1 for k, w in enumerate(words[:head]) if w in FUNCTION_WORDS or w == "THE"), default=0)


def _titled(caps: str) -> str:
    """ "DEPARTMENT OF IMMIGRATION AND ETHNIC AFFAIRS" → "Department of Immigration and Ethnic
    Affairs": the same length, so every offset holds."""
    return re.sub(_WORD, _title_word, caps)


def _title_word(m: re.Match[str]) -> str:
    w = m.group()
    return w.lower() if w in JOINING else w[0] + w[1:].lower()


def _holder_cut(words: list[str]) -> list[str]:
    """The words before an office holder's given name: "MINISTER FOR FOREIGN AFFAIRS ALEXANDER
    DOWNER" is the office, then the man."""
    given = authority().given_names
    for k in range(3, len(words)):
        if words[k].title() in given and words[k] not in JOINING:
            return words[:k]
    return words


def _place_cut(words: list[str]) -> list[str]:
    """A letterhead's name without the place after it: "DEPARTMENT OF EXTERNAL AFFAIRS CANBERRA"
    (not "… COUNCILS OF AUSTRALIA", the place its complement)."""
    auth = authority()
    place = auth.by_name.get(words[-1].title(), -1)
    if place >= 0 and auth.types[place] in ("place", "state") and words[-2] not in JOINING:
        return words[:-1]
    return words
