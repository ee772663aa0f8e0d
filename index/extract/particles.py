"""A person's name runs on over a particle and the name after it: "Prime Minister Mohammed Shia
al-Sudani", "Nasser Bin Ghaith", "Ursula von der Leyen", "Lula da Silva".

The finders of people read capitalised words; a lower-case "al-", "bin" or "von der" ended the
name before its surname, and a capitalised "Bin" left as the name's last word ("Nasser Bin") took
the place of the whole. Arabic, Dutch, German, Portuguese and Spanish names are written so in
every genre's statements.

A Korean given name is written as two syllables joined by a hyphen, the second in lower case
("Kim Jong-un", "Noh Kyu-duk", "Yoon Suk-yeol"): the finders stopped at the hyphen and named a
"Kim Jong" the State Department's pages never name.
"""

from __future__ import annotations

import re

from .authority import Authority
from .mention import Mention
from .tokens import fold

PARTICLES = "al|el|bin|ibn|bint|abu|ben|de|da|del|della|di|dos|das|du|van|von|der|den|ter|le|la"
# Capitalised, only the Arabic ones go on a name ("bin Zayed Al Nahyan"): "Smith De…" begins a
# title's word as often.
CAPITAL_PARTICLES = "Al|El|Bin|Ibn|Abu"
WORD = r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)*"
# After the name: one or two particles and the surname ("von der Leyen"), or a joined one
# ("al-Sudani"), never across a line.
AFTER_RE = re.compile(
    rf"[^\S\n]+(?:(?:(?:{PARTICLES}|{CAPITAL_PARTICLES})[^\S\n]+){{1,2}}|(?:{PARTICLES})-)({WORD})(?![\w'’-])"
)
# A capitalised particle ending the name ("Nasser Bin"): the surname follows it.
LAST_PARTICLE_RE = re.compile(r"(?:^|\s)(?:Al|El|Bin|Ibn|Abu|Ben|De|Da|Van|Von)$")
SURNAME_RE = re.compile(rf"[^\S\n]+(?:(?:al|el)-)?({WORD})(?![\w'’-])")


# A hyphened syllable in lower case after a name; not one of the English words a name is
# compounded with ("a White House-led review", "Vietnam War-era", "an Ambassador-at-Large").
SYLLABLE_RE = re.compile(r"-([a-z]{2,4})(?![\w-]|['’][a-z]{2})")
COMPOUND_TAILS = frozenset("led era made wide to at now op run born like free type long old".split())


def extend(text: str, cands: list[Mention], auth: Authority) -> None:
    """Lengthen each person found by a finder of names (not the dictionary's, whose aliases are
    whole) over the particle and surname that follow it, or the syllable its given name ends in."""
    persons = [m for m in cands if m.type == "person"]
    for m in persons:
        if m.rank > 2 or m.home:
            continue  # the dictionary's whole names; an office ("President") whose holder follows
        syllable = SYLLABLE_RE.match(text, m.end)
        if syllable is not None and syllable.group(1) not in COMPOUND_TAILS and " " in m.name:
            m.name, m.end = f"{m.name}{syllable.group()}", syllable.end()
            continue
        for _ in range(3):  # "Sheikh Mohamed bin Zayed bin Sultan Al Nahyan": one name of four parts
            after = AFTER_RE.match(text, m.end)
            if after is None and LAST_PARTICLE_RE.search(text, m.start, m.end):
                after = SURNAME_RE.match(text, m.end)
            if after is None or fold(after.group(1).split("-")[0]) in auth.common:
                break  # "Ahmed de Facto…": an ordinary word, no surname
            inner = _read_on_inside(m, after.end(), persons)
            if inner is not None:
                # "President Abdel Fattah al-Sisi": the dictionary read the name from inside the
                # title's span; the title's mention takes it whole, as the entry it names
                m.name, m.aid, m.end = inner.name, inner.aid, inner.end
                break
            if any(o.start <= m.end and after.end() <= o.end for o in persons if o is not m):
                break  # another finder read the name on ("Minister of Defense Khalid bin Salman al Saud")
            m.name = f"{m.name} {' '.join(text[m.end : after.end()].split())}"
            m.end = after.end()


def _read_on_inside(m: Mention, end: int, persons: list[Mention]) -> Mention | None:
    """The dictionary's person that begins inside `m` and ends where its surname does, if any."""
    for o in persons:
        if o is not m and o.rank > 2 and o.aid >= 0 and m.start < o.start < m.end and o.end == end:
            return o
    return None
