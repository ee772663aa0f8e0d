"""Checks of a query's text before any engine reads it: what Whoosh would silently misread
(unclosed quotes and brackets) and runaway length, each with the position and a hint."""

from __future__ import annotations

from ..errors import QuerySyntaxError

MAX_QUERY_CHARS = 2000
_PAIRS = {"(": ")", "[": "]", "{": "}"}


def check_syntax(text: str) -> None:
    """Raise QuerySyntaxError for an unclosed quote or bracket, or a query too long to run."""
    if len(text) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(text[:40] + "…", None, f"a query may be at most {MAX_QUERY_CHARS} characters")
    stack: list[tuple[str, int]] = []
    quote_at: int | None = None
    for i, ch in enumerate(text):
        if quote_at is not None:
            if ch == '"':
                quote_at = None
            continue
        if ch == '"':
            quote_at = i
        elif ch in _PAIRS:
            stack.append((ch, i))
        elif ch in _PAIRS.values():
            if not stack or _PAIRS[stack[-1][0]] != ch:
                hint = f"'{ch}' closes nothing; remove it or add its opening bracket"
                raise QuerySyntaxError(text, i, hint)
            stack.pop()
    if quote_at is not None:
        raise QuerySyntaxError(text, quote_at, 'this quotation mark is never closed; add a closing "')
    if stack:
        ch, at = stack[-1]
        raise QuerySyntaxError(text, at, f"'{ch}' is never closed; add '{_PAIRS[ch]}'")


def field_query(field: str, value: str) -> str:
    """A query string selecting `value` in `field`, quoted safely (for "documents naming X")."""
    cleaned = value.replace('"', " ").strip()
    return f'{field}:"{cleaned}"'
