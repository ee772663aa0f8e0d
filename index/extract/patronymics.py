"""A Russian, Belarusian or Ukrainian full name: a given name, a patronymic and a surname
("Ksenia Gennadevna Frank", "Yevgeniy Viktorovich Prigozhin", "Hanna Petrivna Yarmish").

State Department designations name the people they sanction so. The finders of names read a
given name they know and the word after it, and the lists of given names hold few Russian ones
("Ksenia", "Gleb", "Yevgeniy" are in none), so a designee with a rare given name was no one, and
one whose surname is also an ordinary word ("Frank") was found by no finder. The patronymic
itself says a person is named, whatever the other two words, as "bin" does in an Arabic name
(`surnames.sons_of`): a word made of a father's given name and "-ovich", "-evna", … between two
capitalised words. A surname in "-ovich" written second ("George Voinovich", "Raman
Pratasevich") is no patronymic: it needs a third word after it on the same line, with one space.
"""

from __future__ import annotations

import re

from .mention import Mention
from .people import NOT_NAMES

# The patronymic endings: Russian "-ovich/-evich" for sons ("Viktorovich", "Sergeevich",
# "Nikolayevich", "Lvovich"), "-ovna/-evna/-ichna" for daughters ("Gennadevna", "Andreyevna"),
# Ukrainian "-ovych/-ivna" ("Petrivna").
PATRONYMIC: str = r"[A-Z][a-z]+(?:ovich|evich|ovna|evna|ichna|ovych|evych|ivna)"
NAME_WORD: str = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
PATRONYMIC_NAME_RE: re.Pattern[str] = re.compile(
    rf"(?<![\w'’-])({NAME_WORD}) ({PATRONYMIC}) {NAME_WORD}(?![\w-])"
)
# Words with those endings that are no patronymic: Ukraine's parliament, the "Verkhovna" (Supreme) Rada.
NOT_PATRONYMICS: frozenset[str] = frozenset({"Verkhovna"})
# The patronymic endings as plain strings: most texts hold none, and the pattern is tried only then.
ENDINGS: tuple[str, ...] = ("vich ", "vna ", "ichna ", "vych ")


def patronymic_names(text: str) -> list[Mention]:
    """A person for each given name, patronymic and surname written in a row."""
    if not any(e in text for e in ENDINGS):
        return []
    return [
        Mention(m.start(), m.end(), m.group(), "person", 1)
        for m in PATRONYMIC_NAME_RE.finditer(text)
        if m.group(1) not in NOT_NAMES and m.group(2) not in NOT_PATRONYMICS
    ]
