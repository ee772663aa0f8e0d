"""Names a hard-wrapped line cuts: "the United \nNations Stabilization Mission in Haiti", "Mr. Alain
\nLe Roy", "the Financial Stability \nForum", as a UN speech's transcript, an OCR'd release or a
PDF's text breaks its lines wherever a line fills.

Most finders read no name across a line break, since a heading's line and the next, or a list's
items one a line, are apart; so a wrapped name was cut at the break ("Stabilization Mission in
Haiti", "Alain", a charity "Financial Stability" beside the IGO). In a text whose lines the printer
broke, a single break between two words at the end of a long line of running text is no such
edge: the actor finders read it as a space (the same length, so every offset holds; demands and
the issuer read the text as stored). A blank line, a short line (a heading, a list's item, a
letterhead's line), a line in capitals, a line ending in a stop, a colon or a hyphen
("Secretary-\\nGeneral", read where it is found) and an indented line (a paragraph's start) keep
their break, as does every break of a web page, whose paragraphs are its lines.
"""

from __future__ import annotations

import re
from typing import Final

# A break between two word characters, spaces or tabs before it: one line's last word, the next
# line's first. A line that begins indented begins a paragraph ("… INTRODUCED\n  Senator …").
# Found by its break and the word after, a literal start the engine seeks fast, the word before
# read back from the break (_after_word): "(?<=\w)[^\S\n]*\n(?=\w)", which opens with a
# look-behind, was tried at every character (0.074 → 0.01 s over 500 of the speed benchmark's
# statements).
BREAK_RE: Final = re.compile(r"\n(?=\w)")
# A line of running text the printer wrapped: a heading, a list's item or a letterhead's line is
# shorter. A UN speech's transcript wraps its lines at 40 to 60 characters (95 % of them).
WRAPPED_LINE_MIN: Final = 40
# A break inside a sentence: a line ending in a lower-case word or a comma, the next beginning with
# a lower-case word. A hard-wrapped text (a UN speech, an OCR'd release) has them at most of its
# breaks (seven in ten and more); a web page, whose paragraphs are lines, all but none: its lines
# that end in a capital are a byline's ("… Department Spokesperson\nWashington, D.C.") or a
# caption's, which stay apart.
PROSE_WRAP_RE: Final = re.compile(r"[a-z,;][^\S\n]*\n[a-z(]")
LINE_BREAK_RE: Final = re.compile(r"\S[^\S\n]*\n[^\S\n]*\S")
PROSE_WRAPS_MIN: Final = 2


def joined(text: str) -> str:
    """`text` with the single breaks that end its wrapped lines read as spaces; `text` itself
    when it has none."""
    cuts: list[int] = []
    for m in BREAK_RE.finditer(text):
        brk = m.start()
        if _after_word(text, brk) and _running_text(text[text.rfind("\n", 0, brk) + 1 : brk]):
            cuts.append(brk)
    if not cuts or not _hard_wrapped(text):
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = " "
    return "".join(chars)


def _after_word(text: str, brk: int) -> bool:
    """Whether a word character ends the line broken at `brk`, spaces or tabs after it: what the
    former pattern's look-behind accepted before them (a regex word character: what str.isalnum()
    accepts, or "_")."""
    at = brk - 1
    while at >= 0 and text[at] != "\n" and text[at].isspace():
        at -= 1
    return at >= 0 and (text[at].isalnum() or text[at] == "_")


def _hard_wrapped(text: str) -> bool:
    """Whether the printer broke `text`'s lines: a third of its breaks or more fall inside sentences."""
    wraps = len(PROSE_WRAP_RE.findall(text))
    return wraps >= PROSE_WRAPS_MIN and wraps * 3 >= len(LINE_BREAK_RE.findall(text))


def _running_text(line: str) -> bool:
    """Whether `line` is one of running text the printer wrapped: a heading, a list's item or a
    letterhead's line is short or written in capitals ("… CRISIS IN SUDAN INTRODUCED")."""
    return len(line) >= WRAPPED_LINE_MIN and any(c.islower() for c in line)
