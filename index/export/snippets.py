"""A search hit's snippet as plain text: the pieces between the marks the search put around
matched words (`Hit.snippet` is HTML-escaped text with <b>…</b>), and where it sits in the
document, so the citation of a snippet names the page it comes from."""

from __future__ import annotations

import html
import re

from ..models import Hit

Segment = tuple[str, bool]  # (text, is a matched word)
_MARK = re.compile(r"<b>(.*?)</b>", re.DOTALL)


def segments(snippet: str) -> list[Segment]:
    """The snippet as plain-text pieces, each saying whether it is a matched word."""
    pieces: list[Segment] = []
    cursor = 0
    for match in _MARK.finditer(snippet):
        if match.start() > cursor:
            pieces.append((html.unescape(snippet[cursor : match.start()]), False))
        pieces.append((html.unescape(match.group(1)), True))
        cursor = match.end()
    if cursor < len(snippet):
        pieces.append((html.unescape(snippet[cursor:]), False))
    return pieces


def plain(snippet: str) -> str:
    return "".join(text for text, _ in segments(snippet))


def _words(text: str) -> str:
    return " ".join(text.split())


def snippet_offset(text: str, hit: Hit) -> int | None:
    """The document offset of the first matched word the snippet shows (the snippet is the
    densest passage, not always the first hit): the hit whose preceding text is the snippet's
    lead-in. None when the hit has no offsets (a title-only match)."""
    if not hit.hits:
        return None
    pieces = segments(hit.snippet)
    lead = _words("".join(t for t, _ in pieces[: next((i for i, p in enumerate(pieces) if p[1]), 0)]))
    lead = lead.lstrip("…").strip()
    for start, _end in hit.hits:
        before = _words(text[max(0, start - 2 * len(lead) - 80) : start])
        if before.endswith(lead):
            return start
    return hit.hits[0][0]
