"""A letterhead printed in bold by striking every letter many times over, as the PDF-to-text step
reads it: "L L L L L L L LA A A A A A A A U U U …" is LAURIE. Shadow ministers' releases of 2002
carry their name, office, electorate and "MEDIA RELEASE" so (five in the 14,145 Australian
releases); no actor finder can read those lines, so the member who heads the release is found
here, by reading each run of one letter as the letter once.

Only the head of a text is read: a letterhead is its first lines, and one search for a letter
struck four times over settles most texts at once.
"""

from __future__ import annotations

import re
from collections import Counter

from ..models import Actor

HEAD = 3000
# A letter struck over and over: "L L L L", "IIII".
STRUCK_RE = re.compile(r"([A-Z])(?: ?\1){3,}")
# Words are set apart by a wide gap; the strikes of one letter by one space or none.
WORD_GAP_RE = re.compile(r"[ \t]{3,}")
LETTER_RUN_RE = re.compile(r"(.)\1*")


def struck_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines at the head of `text` printed with every letter struck over: where each lies,
    and what it reads ("LAURIE FERGUSON MP"), in their order; none in most texts."""
    if STRUCK_RE.search(text, 0, HEAD) is None:
        return []
    found = []
    start = 0
    for line in text[:HEAD].split("\n"):
        read = _read(line)
        if read and any(c.isalpha() for c in read):  # not a struck page number
            found.append((start, start + len(line), read))
        start += len(line) + 1
    return found


def overprinted_lines(text: str) -> list[str]:
    """What the struck-over lines at the head of `text` read, in their order."""
    return [read for _, _, read in struck_lines(text)]


def _read(line: str) -> str | None:
    """A line whose letters are nearly all struck over, each run read as the one letter it
    prints ("FFFFFFFFFFFFFFFF" in AFFAIRS is two F's); None for a line of ordinary text."""
    words = [w.replace(" ", "") for w in WORD_GAP_RE.split(line.strip())]
    runs = [m.group() for w in words for m in LETTER_RUN_RE.finditer(w)]
    if not runs:
        return None
    strikes = Counter(len(r) for r in runs).most_common(1)[0][0]
    if strikes < 4 or sum(len(r) for r in runs if len(r) >= strikes) < 0.8 * sum(map(len, runs)):
        return None  # ordinary words, or a line of noise with a few doubled letters
    return " ".join(
        "".join(m.group(1) * max(1, round(len(m.group()) / strikes)) for m in LETTER_RUN_RE.finditer(w))
        for w in words
        if w
    )


def overprinted_person(text: str, actors: tuple[Actor, ...]) -> str | None:
    """The person named in the first lines of a struck-over letterhead ("LAURIE FERGUSON MP"),
    as the text names him elsewhere ("The Shadow Minister …, Laurie Ferguson MP, has…"): the
    letterhead's words hold every word of his name."""
    for line in overprinted_lines(text)[:2]:  # the name, then perhaps the office
        words = set(line.casefold().split())
        for a in actors:
            names = a.name.casefold().split()
            if a.type == "person" and len(names) > 1 and all(w in words for w in names):
                return a.name
    return None
