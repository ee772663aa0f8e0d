"""People who sign a letter: the names on the lines after its closing ("Yours sincerely,\\n\\nElaine
Pearson\\nAsia Director, Human Rights Watch"). A name there has no title and no "said" to find it
by, and a given name the list does not know ("Kaavya Asoka") is found nowhere else; the annotation
guidelines mark the signer as a person like any other.

A signature line is a name alone: two to four capitalised words, none an ordinary word (which
the office under it, "Executive Director", and the body, "Human Rights Watch", hold), with
nothing after it but a comma and an office. Looked for only in the few lines after a closing.
"""

from __future__ import annotations

import re

from .authority import authority
from .keywords import has_any
from .mention import Mention
from .people import NOT_NAMES, TITLE_FIRST

CLOSING_RE = re.compile(
    r"\b(?:Yours[^\S\n]+(?:sincerely|faithfully|truly)|Sincerely|Respectfully)\b,?[^\S\n]*\n"
)
SIGNATURE_LINES = 12  # lines read after the closing: a joint letter's signers, each under the other
_WORD = r"[A-Z](?:[a-z]{1,2}[A-Z])?[a-z'’-]*[a-z]"  # "Pearson", "McCain", "O’Brien"
NAME_LINE_RE = re.compile(rf"^[^\S\n]*({_WORD}(?:[^\S\n]+{_WORD}){{1,3}})[^\S\n]*(?:,[^\n]*)?$", re.M)


def signatures(text: str) -> list[Mention]:
    out: list[Mention] = []
    if not has_any(text, ("incerely", "aithfully", "espectfully")):
        return out  # nearly every statement: no letter's closing
    auth = authority()
    for closing in CLOSING_RE.finditer(text):
        block_end = closing.end()
        for _ in range(SIGNATURE_LINES):
            nl = text.find("\n", block_end + 1)
            block_end = len(text) if nl < 0 else nl
        for m in NAME_LINE_RE.finditer(text, closing.end(), block_end):
            words = m.group(1).split()
            if any(w.lower() in auth.common and w not in auth.given_names for w in words):
                continue  # an office or a body under the name: "Asia Director", "Human Rights Watch"
            if any(w in NOT_NAMES or w in TITLE_FIRST for w in words):
                continue  # "Senator Dianne Feinstein": a titled name, which people.titled finds
            out.append(Mention(m.start(1), m.end(1), " ".join(words), "person", 2))
    return out
