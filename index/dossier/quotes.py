"""What an actor is quoted as saying: a quotation attributed to one of its mentions by a verb of
saying right beside it — `"…," said X`, `"…," X said`, `X said: "…"`, `X said that "…"`.

Only the text around the actor's own mentions is looked at (the extraction found them), so a
dossier reads a window of each document rather than running a pattern over whole texts. A
quotation must be at least a few words long: a quoted term ("so-called 'safe zones'") is not
something anyone said.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..models import Span

SAYING = (
    r"(?:said|says|stated|states|added|adds|noted|notes|warned|warns|declared|urged|urges"
    r"|told\s+\w+(?:\s+\w+)?)"
)
OPEN, CLOSE = '"“', '"”'
_QUOTED = rf"[{OPEN}](?P<q>[^{OPEN}{CLOSE}]{{20,800}}?)[{CLOSE}]"
# before the mention: `"…," said X`, `"…," said Jane Doe, director at X` (its staff speak for
# an organisation) or `"…," X said` (the verb is looked for after it)
_STAFF = rf"[^.{OPEN}{CLOSE}\n]{{0,100}}?\b(?:at|of|from|with|for)\s+"
_QUOTE_BEFORE = re.compile(
    rf"{_QUOTED}\s*,?\s*(?P<verb>{SAYING}\s+(?:{_STAFF})?(?:the\s+)?)?$", re.IGNORECASE
)
_VERB_AFTER = re.compile(rf"[^.{OPEN}{CLOSE}\n]{{0,40}}?\b{SAYING}\b", re.IGNORECASE)
# after the mention: `X said: "…"`, `X said that "…"`, `X, the minister, said "…"`
_QUOTE_AFTER = re.compile(
    rf"^[^.{OPEN}{CLOSE}\n]{{0,60}}?\b{SAYING}\s*[,:]?\s*(?:that\s+)?{_QUOTED}", re.IGNORECASE
)
WINDOW = 900  # characters either side of a mention
MIN_WORDS = 4


def quotations(text: str, mentions: Iterable[Span]) -> list[Span]:
    """The spans of quotations attributed to any of `mentions` in `text`, in text order."""
    found: set[Span] = set()
    for start, end in sorted(set(mentions)):
        before = text[max(0, start - WINDOW) : start]
        match = _QUOTE_BEFORE.search(before)
        if match and (match.group("verb") or _VERB_AFTER.match(text, end, end + 60)):
            offset = start - len(before)
            found.add((offset + match.start("q"), offset + match.end("q")))
            continue
        after = _QUOTE_AFTER.match(text[end : end + WINDOW])
        if after:
            found.add((end + after.start("q"), end + after.end("q")))
    return sorted(s for s in found if len(text[s[0] : s[1]].split()) >= MIN_WORDS)
