"""Media whose own name says what they are: "Radio Azattyk", "Amu TV", "Radio Farda", "the
British Broadcasting Corporation", "the Saba News Agency", "Kurdistan Press Agency".

Human Rights Watch cites the broadcasters and agencies of the country it covers ("In January
2018, Radio Azattyk reported that …", "Amu TV, “Women protestors demand …”"), an open class
the dictionary cannot list; media_names.py reads a medium's noun beside its name ("the
newspaper Kommersant"), this module the noun inside it. The other words of the name must be a
name's: "Radio National", "Dutch TV", "Television Foundation" and "E&OE TRANSCRIPT TV" name no
one medium. Names the dictionary knows are left to it: its span wins where it is as long.
"""

from __future__ import annotations

import re

from .authority import Authority
from .media_names import LANGUAGES
from .mention import Mention
from .people import NOT_NAMES
from .tokens import fold, occurrences

# Nouns of broadcasting that begin a name ("Radio Farda") or end it ("Amu TV") …
BROADCAST = ("Radio", "Television", "TV")
# … and heads that end an agency's or a broadcaster's name, after any capitalised words, a
# state's adjective among them ("Korean Central News Agency", "Nigerian National Broadcasting").
AGENCY_HEADS = ("News Agency", "Press Agency", "News Network", "Broadcasting")
BROADCASTING_TAIL_RE = re.compile(r"[^\S\n]+(?:Corporation|Company|Service|System|Network|Authority)\b")
NAME_WORD = r"(?:(?:[Aa]l|[Ee]l)[- ])?[A-Z][\w'’&-]*"
WORDS_AFTER_RE = re.compile(rf"(?:[^\S\n]+{NAME_WORD}){{1,3}}")
WORDS_BEFORE_RE = re.compile(rf"(?<![\w'’&.-])({NAME_WORD}(?:[^\S\n]+{NAME_WORD}){{0,2}})[^\S\n]+$")
REACH = 40  # characters before a head searched for its name's words


def _name_like(word: str, auth: Authority) -> bool:
    """A word that only a name has: no ordinary word, no people's adjective, no language."""
    low = fold(word.strip("'’"))
    if low in auth.common or low in auth.adjectives or word in NOT_NAMES:
        return False
    return word not in LANGUAGES and word.title() not in LANGUAGES


def _before(text: str, at: int, auth: Authority, loose: bool) -> tuple[int, str] | None:
    """The name's words before a head at `at`, without the first words of a sentence or phrase
    ("The", "In"): all a name's words, or (`loose`) any capitalised words, one a name's."""
    m = WORDS_BEFORE_RE.search(text, max(0, at - REACH), at)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    while words and words[0].group() in NOT_NAMES:
        words.pop(0)
    kept = [w.group() for w in words]
    if not kept or not (loose or all(_name_like(w, auth) for w in kept)):
        return None
    if loose and not any(_name_like(w, auth) or w.isupper() or fold(w) in auth.adjectives for w in kept):
        return None  # "Central News Agency" alone, "International Broadcasting": no one's name
    return m.start(1) + words[0].start(), " ".join(kept)


def broadcasters(text: str, auth: Authority) -> list[Mention]:
    """Each medium a broadcasting or agency noun in its name names, at that place."""
    out: list[Mention] = []
    for at, noun in occurrences(text, (*BROADCAST, *AGENCY_HEADS)):
        end = at + len(noun)
        if (at and (text[at - 1].isalnum() or text[at - 1] in "-’'")) or text[end : end + 1].isalnum():
            continue  # inside a word ("Radioactive", "Houthi-affiliated TV")
        if noun in AGENCY_HEADS:
            if noun == "Broadcasting" and (tail := BROADCASTING_TAIL_RE.match(text, end)):
                end = tail.end()
            found = _before(text, at, auth, loose=True)
            if found is not None:
                out.append(Mention(found[0], end, f"{found[1]} {' '.join(text[at:end].split())}", "media", 2))
            continue
        found = _before(text, at, auth, loose=False)
        if found is not None:  # "Amu TV"
            out.append(Mention(found[0], end, f"{found[1]} {noun}", "media", 2))
        elif noun != "TV" and (after := WORDS_AFTER_RE.match(text, end)):  # "Radio Farda"
            words = after.group().split()
            while words and not _name_like(words[-1], auth):
                words.pop()  # "Radio Azattyk Reported": the name ends at its last name word
            if words and all(_name_like(w, auth) or w.isupper() for w in words):
                stop = text.find(words[-1], end) + len(words[-1])
                out.append(Mention(at, stop, " ".join([noun, *words]), "media", 2))
    return out
