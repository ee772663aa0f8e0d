"""A state's media named by what they are: "state media", "Chinese state media", "the state
broadcaster", "a state-owned TV channel", "the state news agency", "the public broadcaster".

Releases about a government's critics cite its media as an actor ("State media reported that …",
"smear campaigns in state media", "set fire to the state broadcaster’s offices") without naming
an outlet the dictionary knows. They are the media of the state whose adjective comes first, else
of the state the text speaks of, resolved as "the regime" is (organs.resolve): never the
issuer's own (a State Department statement's "official state media" are China's). Media no state
runs ("independent media", "local media", "the media") are no one actor by the annotation
guidelines, and "pro-government media" no state's own.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import fold

PATTERN = "State media of {}"
PUBLIC = "Public broadcaster of {}"
# Found by a literal the search can skip to ("tate", "ublic"), the first letter and what comes
# before (a determiner, a state's adjective) read after: patterns beginning with a letter class or
# optional words were tried at every character of every text (3 % of extraction time).
STATE_RE = re.compile(
    r"tate(?:-(?:run|owned|controlled|affiliated))?[^\S\n]+"
    r"(?:media|television|TV|broadcaster|news[^\S\n]+agency|radio|newspapers?)"
    r"(?:[^\S\n]+(?:channel|outlet|station))?\b"
)
PUBLIC_RE = re.compile(r"ublic[^\S\n]+(?:broadcaster|television|radio)\b")
BEFORE_RE = re.compile(
    r"(?:\b(?P<det>[Tt]he|[Ii]ts)[^\S\n]+)?(?:\b(?P<adj>[A-Z][a-z]+)(?P<pos>['’]s)?[^\S\n]+)?$"
)


def state_media(text: str, auth: Authority) -> list[Mention]:
    """Each description of a state's media, with its state when an adjective names it."""
    if "tate" not in text and "ublic" not in text:
        return []
    out = []
    cores = [(c, PATTERN) for c in STATE_RE.finditer(text)] + [(c, PUBLIC) for c in PUBLIC_RE.finditer(text)]
    for core, pattern in cores:
        at = core.start() - 1  # the word's first letter
        if at < 0 or text[at] not in "SsPp" or (at and text[at - 1].isalnum()):
            continue  # "interstate media", "republic radio": inside a word
        m = BEFORE_RE.search(text, max(0, at - 30), at)
        det, adj = (m.group("det"), m.group("adj")) if m else (None, None)
        state = auth.adjectives.get(fold(adj), -1) if adj else -1
        if adj and m is not None and m.group("pos"):  # "Russia's state-controlled media"
            state = auth.by_name.get(adj, -1)
        if state >= 0 and auth.types[state] == "state" and m is not None:
            name = pattern.format(auth.names[state])
            out.append(Mention(m.start(), core.end(), name, "media", 2, country=state))
            continue
        if adj and det:
            continue  # "the Iran State Television": a name of its own
        start = m.start("det") if det and m is not None else at
        out.append(Mention(start, core.end(), pattern, "media", 2, pattern, "media"))
    return out
