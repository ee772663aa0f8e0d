"""Bodies whose name a line break cuts after the head word: "The Department\nof Family and
Community Services commissioned…", as releases extracted from PDFs and OCR wrap their lines.

The finder of unknown organisations reads no phrase across a line break (a heading's line and
the next are apart), so the name was cut to its head word ("Department") and the rest read on
its own ("Community"). A head word ending a line and "of", "for" or "on" and a capital beginning
the next is one name that runs on: the two lines are read as one, the break as a space (the same
length, so every offset holds), and a name found across it is kept.
"""

from __future__ import annotations

from . import keywords, organisations
from .mention import Mention

# The complement's first words as a wrapped line begins with them (no capital: "Of" begins a title).
STARTS = ("\nof ", "\nfor ", "\non ")
# A head word beginning a line, as the document's keyword pass finds it (keywords.py): sought
# with a `str.find` loop each, the 57 heads and 3 starts were 60 passes over every text, a fortieth
# of the compiled build's time (benchmarks/RESULTS.md, h37_speed).
HEAD_KEYS: tuple[str, ...] = tuple("\n" + head for head in organisations.WRAPPED_HEADS)
KEYS: tuple[str, ...] = STARTS + HEAD_KEYS


def wrapped_names(text: str) -> list[Mention]:
    out: list[Mention] = []
    where = keywords.index(text, KEYS)
    if where.keys().isdisjoint(KEYS):
        return out  # most texts: no line begins so
    for start in STARTS:  # each word's places in text order, the words in their order: as ever
        for at in where.get(start, ()):
            brk = _break_start(text, at)
            if _after_head(text, brk):
                out += _across(text, brk, at)
    return out + _heads_wrapped(text, where)


# A wrapped line of running text, not a heading or a letterhead: long, its last word written in
# title case ("… the Australian-Yugoslav Welfare\n\nSociety", "… the Salvation \nArmy runs").
WRAPPED_LINE_MIN = 45


def _heads_wrapped(text: str, where: dict[str, list[int]]) -> list[Mention]:
    """Bodies whose head word a line break moved to the next line: "Welfare\n\nSociety";
    `where`: the places of HEAD_KEYS in `text` (keywords.index)."""
    out: list[Mention] = []
    for key in HEAD_KEYS:
        for at in where.get(key, ()):
            after = at + len(key)
            brk = _break_start(text, at)
            if (after == len(text) or not text[after].isalnum()) and _wrapped_line_before(text, brk):
                out += [m for m in _across(text, brk, at) if _one_name(text[m.start : brk])]
    return out


# Words before the break at most: a longer run is a list of bodies, one a line ("… Neighbourhood
# Centre Salvation\nArmy"), not one name.
NAME_WORDS_MAX = 6


def _one_name(before: str) -> bool:
    """Whether the part of a name before the break holds no head word of its own: "University of
    Oslo\nInstitute for Social Research" is two bodies, "Australian-Yugoslav Welfare\nSociety" one."""
    words = before.split()
    return len(words) <= NAME_WORDS_MAX and not any(w in organisations.HEADS for w in words)


def _wrapped_line_before(text: str, at: int) -> bool:
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    last = line.rsplit(" ", 1)[-1]
    return len(line) >= WRAPPED_LINE_MIN and last[:1].isupper() and not last.isupper() and last.isalpha()


def _break_start(text: str, at: int) -> int:
    """Where the break before the line at `at` begins: one blank line is part of it, as releases
    extracted from PDFs put one after every printed line (test_wrapped_lines)."""
    before = text.rfind("\n", 0, at)
    return before if before >= 0 and not text[before:at].strip() else at


def _after_head(text: str, at: int) -> bool:
    """Whether the line ending at `at` ends in a body's head word ("… The Department")."""
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    return line.rsplit(" ", 1)[-1] in organisations.HEADS


def _across(text: str, brk: int, at: int) -> list[Mention]:
    """The organisations of the two lines read as one whose name spans the break, from `brk` to
    the line beginning after `at`; and of the next line too where the name runs to the second
    line's end ("the Organization\nfor the Prohibition of Chemical Weapons Executive\nCouncil")."""
    start = text.rfind("\n", 0, brk) + 1
    cut = brk - start
    end = _line_end(text, at + 1)
    found = _crossing(text, start, end, cut)
    if any(text[m.end + start : end].strip() == "" for m in found) and end < len(text):
        found = _crossing(text, start, _line_end(text, end + 1), cut) or found
    return [Mention(m.start + start, m.end + start, m.name, m.type, m.rank) for m in found]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _crossing(text: str, start: int, end: int, cut: int) -> list[Mention]:
    """The organisations of text[start:end], its line breaks read as spaces (the same length, so
    every offset holds), whose names cross the offset `cut`."""
    joined = text[start:end].replace("\n", " ")
    return [m for m in organisations.organisations(joined) if m.start < cut < m.end]
