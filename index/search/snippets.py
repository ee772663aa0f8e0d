"""Snippets: a short passage of a document around its densest run of hits, for a result list."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from ..models import Span

SNIPPET_CHARS = 240
_SPACE = re.compile(r"\s+")


def make_snippet(text: str, spans: Sequence[Span]) -> str:
    """A short passage around the densest run of hits, HTML-escaped, hits wrapped in <b>."""
    if not spans:
        start, end = 0, min(len(text), SNIPPET_CHARS)
    else:
        start, end = _best_window(text, spans)
    pieces: list[str] = ["…" if start > 0 else ""]
    cursor = start
    for s, e in spans:
        if s < start or e > end:
            continue
        pieces.append(html.escape(_SPACE.sub(" ", text[cursor:s])))
        pieces.append("<b>" + html.escape(text[s:e]) + "</b>")
        cursor = e
    pieces.append(html.escape(_SPACE.sub(" ", text[cursor:end])))
    pieces.append("…" if end < len(text) else "")
    return "".join(pieces).strip()


def _best_window(text: str, spans: Sequence[Span]) -> Span:
    # Spans are sorted: a second index slides ahead of the first, linear instead of quadratic
    # (a long speech can hold hundreds of hits).
    best_first, best_count, last = 0, 0, 0
    for i, (s, _) in enumerate(spans):
        last = max(last, i)
        while last < len(spans) and spans[last][0] < s + SNIPPET_CHARS - 40:
            last += 1
        if last - i > best_count:
            best_first, best_count = i, last - i
    anchor = spans[best_first][0]
    start = max(0, anchor - 60)
    # Start at a word boundary so the snippet does not begin mid-word.
    while start > 0 and not text[start - 1].isspace() and anchor - start < 90:
        start -= 1
    end = min(len(text), start + SNIPPET_CHARS)
    while end < len(text) and not text[end].isspace() and end - start < SNIPPET_CHARS + 30:
        end += 1
    return start, end
