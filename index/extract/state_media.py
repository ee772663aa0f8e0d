"""A state's media named by what they are: "state media", "Chinese state media", "the state
broadcaster", "a state-owned TV channel", "the state news agency", "the public broadcaster".

Releases about a government's critics cite its media as an actor ("State media reported that …",
"smear campaigns in state media", "set fire to the state broadcaster’s offices") without naming
an outlet the dictionary knows. They are the media of the state whose adjective comes first, else
of the state the text is about, resolved as "the government" is (organs.resolve). Media no state
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
STATE_MEDIA_RE = re.compile(
    r"(?:\b(?P<det>[Tt]he|[Ii]ts)[^\S\n]+)?(?:(?P<adj>[A-Z][a-z]+)[^\S\n]+)?"
    r"\b(?:(?P<public>[Pp]ublic[^\S\n]+(?=broadcaster|television|radio))|"
    r"[Ss]tate(?:-(?:run|owned|controlled|affiliated))?[^\S\n]+)"
    r"(?:media|television|TV|broadcaster|news[^\S\n]+agency|radio|newspapers?)"
    r"(?:[^\S\n]+(?:channel|outlet|station))?\b"
)


def state_media(text: str, auth: Authority) -> list[Mention]:
    """Each description of a state's media, with its state when an adjective names it."""
    if "tate" not in text and "ublic" not in text:
        return []
    out = []
    for m in STATE_MEDIA_RE.finditer(text):
        adj, pattern = m.group("adj"), PUBLIC if m.group("public") else PATTERN
        state = auth.adjectives.get(fold(adj), -1) if adj else -1
        if state >= 0 and auth.types[state] == "state":
            name = pattern.format(auth.names[state])
            out.append(Mention(m.start(), m.end(), name, "media", 2, country=state))
            continue
        start = m.start("adj") + len(adj) + 1 if adj and not m.group("det") else m.start()
        if adj and m.group("det"):
            continue  # "the Iran State Television": a name of its own
        out.append(Mention(start, m.end(), pattern, "media", 2, pattern, "exec"))
    return out
