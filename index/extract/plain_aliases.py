"""Dictionary names made of ordinary words only ("Immediate Action", a Greek group in CAMEO):
capitals make them names in running text, but in a headline every word has capitals ("Clinton
Applauds Passage of Resolution Calling for Immediate Action in Darfur"). There they are the words
where the text writes them as words too ("calling for immediate action by the international
community"), unless it names the actor elsewhere; "White House" in a headline stays a name."""

from __future__ import annotations

from .authority import Authority
from .context import LINE_MAX, SMALL, WORD_RE, in_capitals_run
from .mention import Mention
from .tokens import fold

GAP = "  "  # a scraped page's run of spaces ends its headline as a line break does


def _segment(text: str, start: int, end: int) -> tuple[int, int]:
    """The line, or the stretch between runs of spaces, the span stands in."""
    lo = max(text.rfind("\n", 0, start), text.rfind(GAP, 0, start)) + 1
    hi_line, hi_gap = text.find("\n", end), text.find(GAP, end)
    ends = [h for h in (hi_line, hi_gap) if h >= 0]
    return lo, min(ends) if ends else len(text)


def in_headline(text: str, start: int, end: int) -> bool:
    """Whether the span stands in a short stretch whose other words are capitalised like a title's."""
    lo, hi = _segment(text, start, end)
    if hi - lo > LINE_MAX:
        return False
    around = WORD_RE.findall(text[lo:start]) + WORD_RE.findall(text[end:hi])
    content = [w for w in around if w.lower() not in SMALL]
    return len(content) >= 2 and sum(w[:1].isupper() for w in content) >= 0.8 * len(content)


def _plain(span: str, auth: Authority) -> bool:
    parts = span.split()
    return len(parts) > 1 and not span.isupper() and all(fold(w) in auth.common for w in parts)


def settle(cands: list[Mention], text: str, auth: Authority) -> list[Mention]:
    """The candidates without plain-worded dictionary names read in headlines only."""
    doubtful: set[int] = set()
    for m in cands:
        if m.aid < 0:
            continue
        span = text[m.start : m.end]
        # one word of letters has no space to split at: most names, tested without a call
        if span.isalpha() or not _plain(span, auth) or " ".join(span.lower().split()) not in text:
            continue
        if in_headline(text, m.start, m.end) or in_capitals_run(text, m.start, m.end):
            doubtful.add(id(m))
    if not doubtful:
        return cands
    named = {m.aid for m in cands if m.aid >= 0 and id(m) not in doubtful}
    return [m for m in cands if id(m) not in doubtful or m.aid in named]
