"""Acronyms: defined in parentheses after a found name ("Syrian Emergency Task Force (SETF)"), or
a found name's initials used after it ("SETF"), resolve to the full name."""

from __future__ import annotations

import re

from .mention import Mention
from .tokens import Caps, cap_words

# An acronym in parentheses, perhaps after the body's name in its own language, as HRW defines a
# foreign body's: "the Tunisian Refugee Council (Conseil Tunisien pour les Réfugiés, CTR)". Group 1
# is that name, group 2 the acronym.
DEF_RE = re.compile(r"\((?:([^()\n]{2,160}?),[^\S\n]+)?([A-Z][A-Za-z]{1,9})\)")
# The words of a name whose initials an acronym may take, apart at apostrophes and hyphens too:
# "Coordination des mouvements de l’Azawad" (CMA), "Jama’at Nusrat al-Islam wa al-Muslimeen" (JNIM)
WORD_PART_RE = re.compile(r"[^\W\d_]+")
INITIAL_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def initials(name: str) -> str:
    return "".join(w[0] for w in INITIAL_WORD_RE.findall(name) if w[0].isupper())


# What ends the longer names of others: "Overseas Citizens of India", "Kurdistan Region of Iraq",
# "Medical Aid for Palestinians", "Islamic State Khorasan Province".
ENDING_TYPES = frozenset({"state", "place", "population"})


def _begins(acronym: str, f: Mention, text: str) -> bool:
    """Whether an acronym in parentheses stands for the found name before it. A body's is its
    own; after a country, place or group it begins with the initial of one of that name's words
    as written or as named. Else the name found is only the end of the one the acronym stands
    for: "Overseas Citizen of India (OCI)" is no India, "Medical Aid for Palestinians (MAP)" no
    Palestinians."""
    if f.type not in ENDING_TYPES:
        return True  # a body's own, perhaps in its language: "Peoples’ Democratic Party (HDP)"
    first = acronym[0].upper()
    return first in initials(text[f.start : f.end]).upper() or f.name[:1].upper() == first


# What joins a body's name to the place or people it ends with, and the place's first words the
# dictionary did not take: "Justice Party of Kenya", "al-Qa’ida in the Islamic Maghreb".
JOINER_RE = re.compile(r"[^\S\n]+(?:in|of|for)(?:[^\S\n]+the)?(?:[^\S\n]+[A-Z][\w'’-]*){0,2}[^\S\n]+")


# Capitalised words ending in a plural before "of" a state: the state's people of some kind
PEOPLE_OF_RE = re.compile(
    r"((?:[A-Z][\w'’-]*[^\S\n]+)*[A-Z][\w'’-]*[^s\W]s)[^\S\n]+(?:of|in|from)[^\S\n]+(?:the[^\S\n]+)?\Z"
)


def _people_of(acronym: str, f: Mention, text: str) -> Mention | None:
    """ "Overseas Citizens of India (OCI)": people of the state, named whole, where the acronym's
    letters are the initials of the plural's words (and the state's), no more ("Human Rights
    Activists in Iran (HRANA)" is a news agency's)."""
    people = PEOPLE_OF_RE.search(text, max(0, f.start - 80), f.start)
    if people is None:
        return None
    name = " ".join(text[people.start(1) : f.end].split()).removeprefix("The ")
    plural = " ".join(people.group(1).split()).removeprefix("The ")
    letters = acronym.removesuffix("s")  # "(IDPs)"
    if letters not in (initials(plural), initials(plural) + initials(text[f.start : f.end])):
        return None
    return Mention(people.start(1), f.end, name, "population", f.rank)


def _body_before(f: Mention, found: list[Mention], text: str) -> Mention | None:
    """The body whose longer name an acronym stands for where it stands for more than the place,
    state or people found before it: a body found just before, joined to it ("the Justice Party of
    Kenya (JPK)": a party, named whole). None where no body begins the name: the acronym's type is
    unknown, and no state or people ("Overseas Citizen of India (OCI)" is no India)."""
    for g in found:
        if g.type not in ENDING_TYPES and not g.home and 0 < f.start - g.end <= 30:
            if JOINER_RE.fullmatch(text, g.end, f.start):
                name = " ".join(text[g.start : f.end].split())
                return Mention(g.start, f.end, name[:1].upper() + name[1:], g.type, g.rank)
    return None


def spells(acronym: str, name: str) -> bool:
    """Whether an acronym's capitals, two or more, are initials of a name's words in their order,
    words between skipped: "Forces nationales de libération" spells FNL, "Commissariats de sécurité
    publique" CSPs. Not "(Washington, DC)" nor "(Sonora, Mexico)": a place's."""
    capitals = [c for c in acronym if c.isupper()]
    if len(capitals) < 2:
        return False
    k = 0
    for word in WORD_PART_RE.findall(name):
        if k < len(capitals) and word[0].upper() == capitals[k]:
            k += 1
    return k == len(capitals)


def _spelt_out(acronym: str, f: Mention, text: str) -> bool:
    """Whether a body's name before an acronym in capitals spells it out, initial by initial
    ("the Australian Federal Police (AFP)", "the International Commission of Jurists (ICJ)"). Not
    "(Moscow)" after a photo credit's agency (its dateline), a name found cut short ("Scientific
    and Cultural Organization (UNESCO)") nor one longer than the acronym ("the Government of the
    People's Republic of China (PRC)": the state): there the dictionary's reading stands."""
    if not acronym.isupper() or f.type in ENDING_TYPES or f.type == "person":
        return False
    return initials(text[f.start : f.end]).upper() == acronym


def _as_defined(text: str, found: list[Mention], defined: set[str], table: dict[str, Mention]) -> None:
    """An acronym the text defines after a body's name stands for that body wherever the document
    uses it, also where the dictionary knows it as another's: "the African Union Commission (AUC)"
    is no Colombian paramilitary, "Reporters Without Borders’ (RSF)" no Sudanese force, "the
    Australian Federal Police (AFP)" no news agency. The dictionary's mention is renamed in place."""
    for f in found:
        if f.end - f.start > 10 or f.type == "person":
            continue
        word = text[f.start : f.end]
        hit = table.get(word) if word in defined else None
        if hit is not None and hit is not f and hit.name != f.name:
            f.name, f.type, f.aid, f.alts, f.weak = hit.name, hit.type, hit.aid, (), False


def _after_own_language(
    m: re.Match[str], text: str, found: list[Mention], defined: set[str], table: dict[str, Mention]
) -> None:
    """An acronym after a body's name in its own language ("the Tunisian Refugee Council (Conseil
    Tunisien pour les Réfugiés, CTR)") stands for the body found before the parentheses, or where none
    is for that name as the dictionary found it ("(Coordination des mouvements de l’Azawad, CMA)").
    Only where one of the two names spells it: "(Washington, DC)" after a name is a dateline's. Where
    the name in its language spells it, it is defined there as a body's English initials define one
    (`_as_defined`). Not where the dictionary knows the acronym: the English name found before may be
    a finder's misreading of the one the dictionary names."""
    acronym, own = m.group(2), m.group(1)
    if any(f.end - f.start == len(acronym) and text.startswith(acronym, f.start) for f in found):
        return  # the dictionary's: "the al-Qaeda-affiliated Group for … (Jama’at Nusrat …, JNIM)"
    before = [f for f in found if 0 <= m.start() - f.end <= 2 and not f.home]
    inside = [f for f in found if f.end == m.end(1) and f.start >= m.start(1) and not f.home]
    for f in before[:1] or inside[:1]:
        if f.type == "person" or not (spells(acronym, own) or spells(acronym, text[f.start : f.end])):
            continue
        body = f if f.type not in ENDING_TYPES else _body_before(f, found, text)
        if body is None:
            continue  # a state or place ending no body found: the acronym's kind is unknown
        table[acronym] = body
        if acronym.isupper() and spells(acronym, own):
            defined.add(acronym)


def acronyms(text: str, found: list[Mention], caps: Caps | None = None) -> list[Mention]:
    """Acronyms defined in parentheses after a found name, or matching a found name's initials."""
    table: dict[str, Mention] = {}
    defined: set[str] = set()  # acronyms a body's name defines in parentheses
    for m in DEF_RE.finditer(text):
        acronym = m.group(2)
        if m.group(1) is not None:
            _after_own_language(m, text, found, defined, table)
            continue
        # not an organ word still to be resolved ("the Coalition (UNPOL)" is named as its state's)
        before = [f for f in found if 0 <= m.start() - f.end <= 2 and not f.home]
        if before:
            f = before[0]
            # where it stands for more than the name found, the body that name ends ("African
            # Union Mission in Sudan (AMIS)" is read again by the missions' finder)
            if _begins(acronym, f, text):
                table[acronym] = f
                if _spelt_out(acronym, f, text):
                    defined.add(acronym)
            elif (body := _body_before(f, found, text)) is not None:
                table[acronym] = body
            elif f.type in ("place", "population"):
                # an actor of its own, of a kind unknown: a region's longer name ("Kurdistan
                # Region of Iraq (KRI)"), a body's named for whom it serves ("Medical Aid for
                # Palestinians (MAP)"), left as the name it ends reads
                table[acronym] = Mention(f.start, f.end, acronym, f.type, f.rank)
            elif (people := _people_of(acronym, f, text)) is not None:
                table[acronym] = people
    for f in found:
        if f.type not in ("person", "state", "place", "population") and not f.home:
            ini = initials(f.name)
            if len(ini) >= 3:
                table.setdefault(ini, f)
    out: list[Mention] = []
    if not table:
        return out
    if defined:
        _as_defined(text, found, defined, table)
    # An acronym is a whole word of 2-10 capitals with no letter, digit or "_" on either side:
    # the capitalised words (found once per document) hold them all, and looking each up in the
    # table costs a third of searching the text again for [A-Z]{2,10}\b.
    for start, word in cap_words(text) if caps is None else caps:
        hit = table.get(word)
        end = start + len(word)
        if (
            hit is not None
            and 2 <= len(word) <= 10
            and word.isascii()
            and word.isalpha()
            and word.isupper()
            and text[start - 1 : start] != "_"
            and text[end : end + 1] != "_"
        ):
            out.append(Mention(start, end, hit.name, hit.type, 2))
    return out
