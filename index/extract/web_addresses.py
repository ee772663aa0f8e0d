"""Web and e-mail addresses: a page's "Follow us on Twitter at https://twitter.com/RFJ_USA", a
release's "www.minister.border.gov.au", a contact line's "media@deewr.gov.au". The words inside an
address are a host's or a mailbox's, written for a machine: "RFJ" and "USA" in that handle, "FEMA"
and "DHS" in a declaration's "FEMA-NEWS-DESK@FEMA.DHS.GOV" name no actor a reader meets in the text,
so no mention may lie inside one. (The issuer is read from the page's own address, not from
addresses in its text.)
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .mention import Mention

# An address with its scheme or a host's "www."; an e-mail address; a bare host whose name ends in a
# generic domain ("state.gov/…", "unhcr.org"), with the path after it. A country's domain alone
# ("hrw.de") is left: "U.S.", "e.g." and a lost space after a full stop look too much like it. An
# address ends at a semicolon, which a list of sources sets without a space ("….pdf;Marc Ivaldi").
ADDRESS_RE: re.Pattern[str] = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s;]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:gov|org|com|net|edu|int|mil|GOV|ORG|COM|NET|EDU|INT|MIL)\b(?:\.[a-z]{2}\b)?"
    r"(?:/[^\s;]*)?"
)


# What every address holds: one search settles most texts (a speech has none), so the full pattern,
# tried at every word, runs only on pages that give one: "://", "www.", "@" or ".gov"… in any case.
# Each begins with one of five characters, a class the engine skips to without trying the rest at
# every character, and the rest checked from there; the letters' classes are what re.IGNORECASE
# matched ("i" also the Turkish "İ" and "ı"). 0.061 → 0.016 s over 500 of the speed benchmark's
# statements.
HINT_RE: re.Pattern[str] = re.compile(
    r"[:@wW.](?:(?<=:)//|(?<=[wW])[wW]{2}\.|(?<=@)|(?<=\.)"
    r"(?:[gG][oO][vV]|[oO][rR][gG]|[cC][oO][mM]|[nN][eE][tT]|[eE][dD][uU]|[iIİı][nN][tT]|[mM][iIİı][lL])\b)"
)


# An address holds no white space, so each lies inside one run of non-space characters, and inside
# one that holds a hint. The full pattern is run over those runs alone: over a whole page it stops
# at every word, and its e-mail branch reads each word to its end from every letter (a contact
# block makes a page hold a hint). 0.083 → 0.020 s over 500 of the speed benchmark's statements.
SPACE_RE: re.Pattern[str] = re.compile(r"\s")


def address_spans(text: str) -> list[tuple[int, int]]:
    """Where each address of `text` lies, in order; none in most texts. The same spans as
    ADDRESS_RE.finditer over the whole text: no match starts or ends at a space, and "\\b" at a run's
    edge sees the space beside it."""
    out: list[tuple[int, int]] = []
    searched = 0  # where the last run searched ends: its later hints are read already
    for hint in HINT_RE.finditer(text):
        at = hint.start()
        if at < searched:
            continue
        lo = at
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        space = SPACE_RE.search(text, at)
        searched = len(text) if space is None else space.start()
        out.extend(m.span() for m in ADDRESS_RE.finditer(text, lo, searched))
    return out


def outside_addresses(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that begin outside every address: each is looked up among the address starts
    (sorted, as the text gives them), not tried against every address of a long contact block."""
    if not spans:
        return mentions
    starts = [s for s, _ in spans]
    kept = []
    for m in mentions:
        i = bisect_right(starts, m.start) - 1
        if i < 0 or m.start >= spans[i][1]:
            kept.append(m)
    return kept
