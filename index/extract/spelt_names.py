"""A body's name read on over "in", "of" or "for" to the place or people whose initials its
acronym spells: "al-Qa’ida in the Islamic Maghreb (AQIM)", "the International Commission against
Impunity in Guatemala (CICIG)", "the Front for Advancement and Progress in Haiti (FRAPH)".

The dictionary knows the body or group the name begins with ("al-Qa’ida") and the place it ends
with ("Maghreb"), so the name was read as the two of them, and its acronym, everywhere else in the
text, as a third actor: the parent group took the mention of its branch. Where the acronym in
parentheses spells the whole name, and needs the place's words to do so, the whole is one actor's
name, of the kind of body it begins with, the one its acronym names; its parts are no mentions of
their own. Where the acronym spells the body's words alone ("the Abdorrahman Boroumand Center for
Human Rights in Iran (ABC)") the place may only say where the body is: the reading stands.
"""

from __future__ import annotations

from .acronyms import DEF_RE, ENDING_TYPES, JOINER_RE, initials, spells
from .mention import Mention

# How far before the parentheses the place's name may end: "Maghreb (AQIM)", "Haiti\n(FRAPH)"
GAP = 2
# How far before the place the body's name may end: " in the Islamic ", " for Palestine "
JOIN = 30


def _ending(chosen: list[Mention], at: int) -> Mention | None:
    """The place, state or people whose name ends just before the parentheses at `at`."""
    for c in chosen:
        if c.type in ENDING_TYPES and 0 <= at - c.end <= GAP:
            return c
    return None


def _body(chosen: list[Mention], text: str, end: Mention) -> Mention | None:
    """The body or group whose name is joined to the place's by "in (the …)", "of" or "for"."""
    for c in chosen:
        if c.type in ENDING_TYPES or c.type == "person" or c.home or not 0 < end.start - c.end <= JOIN:
            continue
        if JOINER_RE.fullmatch(text, c.end, end.start):
            return c
    return None


def _ends_so(acronym: str, body: Mention, end: Mention, text: str) -> bool:
    """Whether an acronym of the name in its language (not given) begins as the body's name does
    and ends as the place's: "the International Commission against Impunity in Guatemala (CICIG)",
    Spanish "Comisión Internacional contra la Impunidad en Guatemala"."""
    first, last = acronym[0], acronym[-1]
    return (
        first in initials(text[body.start : body.end]).upper()
        and last in initials(text[end.start : end.end]).upper()
    )


def _named(chosen: list[Mention], start: int, end: int) -> Mention | None:
    """The acronym's own mention inside the parentheses, if one was found."""
    for c in chosen:
        if c.start == start and c.end == end:
            return c
    return None


def spelt_names(text: str, chosen: list[Mention]) -> list[Mention]:
    """The chosen mentions with each body's name an acronym spells to its place made one mention,
    named and typed as the acronym's mentions are (the names group), its parts dropped."""
    if "(" not in text:
        return chosen
    wholes: list[Mention] = []
    for m in DEF_RE.finditer(text):
        acronym = m.group(2)
        if not acronym.isupper():
            continue  # "(Maoist)" after "the Communist Party of Nepal": a faction, no acronym
        end = _ending(chosen, m.start())
        body = _body(chosen, text, end) if end is not None else None
        if end is None or body is None:
            continue
        own = m.group(1) or ""  # the name in its language: "(Front pour … au Tchad, FACT)"
        phrase = text[body.start : end.end]
        if spells(acronym, text[body.start : body.end]):
            continue  # the body's own acronym: the place may say only where it is
        if not (spells(acronym, phrase) or spells(acronym, own) or _ends_so(acronym, body, end, text)):
            continue
        named = _named(chosen, m.start(2), m.end(2))
        name = " ".join(phrase.split())
        name = name[:1].upper() + name[1:]
        kind = body.type
        if named is not None and named.type not in ENDING_TYPES and named.type != "person":
            name, kind = named.name, named.type
        wholes.append(Mention(body.start, end.end, name, kind, body.rank))
    if not wholes:
        return chosen
    wholes += _again(text, chosen, wholes)
    kept = [c for c in chosen if not any(w.start <= c.start and c.end <= w.end for w in wholes)]
    return kept + wholes


def _again(text: str, chosen: list[Mention], wholes: list[Mention]) -> list[Mention]:
    """The same names written again without their acronym ("the International Commission against
    Impunity in Guatemala" a paragraph on), read as the first was: the acronym defined the name for
    the whole text."""
    known = {" ".join(text[w.start : w.end].split()): w for w in wholes}
    taken = {w.start for w in wholes}
    out: list[Mention] = []
    for end in chosen:
        if end.type not in ENDING_TYPES:
            continue
        body = _body(chosen, text, end)
        if body is None or body.start in taken:
            continue
        w = known.get(" ".join(text[body.start : end.end].split()))
        if w is not None:
            out.append(Mention(body.start, end.end, w.name, w.type, w.rank))
    return out
