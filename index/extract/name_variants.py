"""One person written fuller and shorter in one text: a person's mentions carry one name.

A statement names a person in full once and then otherwise: without the middle name or initial
("Hillary Rodham Clinton" … "Hillary Clinton", "Julie J. Chung" … "Julie Chung"), without the
letters after the name ("Peter Staples M.P." … "Peter Staples"), by the second family name alone
("Senator Blanche Lambert Lincoln" … "Lambert Lincoln"), or by the one word a title goes with
when that word is no surname ("President Hu Jintao" … "President Hu", "Prime Minister Srettha
Thavisin" … "Prime Minister Srettha", "President Carlos Alvarado Quesada" … "President Alvarado"),
or cut short where a finder stopped reading ("Abdel Fattah" of "Abdel Fattah El Sisi").
Each shorter form is found as a name of its own and would stand as a person apart.

A shorter name takes the fuller one when exactly one person of the text is named fuller so:
"Bush" is left alone beside both "George W. Bush" and "George H. W. Bush".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .authority import authority
from .holders import OFFICE_WORDS
from .mention import Mention

# Letters after a name, which say what the person is, not who ("M.P.", "AM", "QC").
POSTNOMINALS = frozenset("MP M.P. MHR AM AO AC QC SC KC OBE MBE CBE".split())
INITIAL_RE = re.compile(r"[A-Z]\.?")
WORD_RE = re.compile(r"\w[\w'-]*")
# Words that begin another person's name as often as this one's: never a name's only word.
PARTICLES = frozenset("al el bin ibn de da di van von der le la".split())


@lru_cache(maxsize=4096)  # the same names recur in every statement, and are asked for many times
def _core(name: str) -> tuple[str, ...]:
    """The name's words that tell who: no initials, no letters after it, lower case."""
    words = name.split()
    while len(words) > 1 and words[-1] in POSTNOMINALS:
        words.pop()
    return tuple(w.lower() for w in words if not INITIAL_RE.fullmatch(w))


def _within(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether the shorter name's words stand in the fuller one, in order, ending it."""
    if not short or not full or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(w in it for w in short)


def _fuller(a: str, b: str, cores: dict[str, tuple[str, ...]]) -> bool:
    """Whether `b` names the person of `a` more fully: more telling words, or as many and more
    written ("Julie J. Chung" over "Julie Chung"), but none of the letters after a name."""
    ca, cb = cores[a], cores[b]
    if len(ca) == len(cb) > 1 and ca[1:] == cb[1:] and _short_given(ca[0], cb[0]):
        return True  # "Chris Ellison" for "Christopher Ellison"
    if len(ca) == 1:
        # a surname of two letters is one only where it comes first: "President Hu" of "Hu
        # Jintao", "Xi" of "Xi Jinping", never a name's other short word
        if " " not in a and _given_first(ca[0], cb):  # "Edward M" is Edward M. Kennedy cut short
            return False
        return ca[0] in cb and ca[0] not in PARTICLES and (len(ca[0]) > 2 or ca[0] == cb[0])
    if len(cb) > len(ca) > 1 and cb[: len(ca)] == ca:
        return True  # "President Abdel Fattah al-Sisi" read as far as "Abdel Fattah"
    if not _within(ca, cb):
        return False
    if _initials(a) and _initials(a) != _initials(b):
        return False  # "George W. Bush" is not "George H. W. Bush" written shorter
    if len(cb) != len(ca):
        return len(cb) > len(ca)
    return _bare(b) and (not _bare(a) or len(b.split()) > len(a.split()))


# English given names and the familiar forms that are no beginning of them ("Tony Blinken" in
# the transcript of a page signed "Antony J. Blinken", "Steve Fielding" after "Stephen
# Fielding"): the common ones, as any reader knows them; forms cut short ("Chris") need none.
FAMILIAR = {
    "tony": ("anthony", "antony"),
    "steve": ("stephen", "steven"),
    "dick": ("richard",),
    "rick": ("richard",),
    "bob": ("robert",),
    "bobby": ("robert",),
    "bill": ("william",),
    "billy": ("william",),
    "jim": ("james",),
    "jimmy": ("james",),
    "joe": ("joseph",),
    "mike": ("michael",),
    "ted": ("edward", "theodore"),
    "ned": ("edward",),
    "chuck": ("charles",),
    "jack": ("john",),
    "tom": ("thomas",),
    "andy": ("andrew",),
    "larry": ("lawrence", "laurence"),
    "jerry": ("gerald", "jerome"),
    "harry": ("henry", "harold"),
    "liz": ("elizabeth",),
    "kate": ("katherine", "catherine", "kathryn"),
    "kathy": ("katherine", "kathleen", "kathryn"),
    "peggy": ("margaret",),
}


ROMAN_RE = re.compile(r"[ivx]+")
# The commonest Chinese, Korean and Vietnamese family names, written first, which the given-name
# list also holds: "Chairman Kim" is "Kim Jong Un", "President Moon" "Moon Jae-in", "Mr Chen"
# "Chen Yonglin", whatever a finder kept of the rest
SURNAMES_FIRST = frozenset(
    """chen wang li zhang liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang
    song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
    ding ren shen yao fu zhong jin tan shi kim lee park choi jung chung kang cho yoon jang lim oh seo
    shin kwon hwang ahn yoo hong jeon ko moon nguyen tran le pham hoang vu vo dang bui do ho ngo duong
    ly chan young""".split()
)


def _given_first(short: str, full: tuple[str, ...]) -> bool:
    """Whether a one-word name is the given name a two-word name begins with, so no surname of
    it: "Secretary Austin" is not "Austin Tice", "Senator Ryan" not "Ryan Tice". Names written
    surname first keep their own shape ("Chairman Kim" of "Kim Jong Un", "Moon Jae-in"), and a
    monarch is named by the given name and a number ("King Abdullah", "Abdullah II")."""
    if len(full) != 2 or full[0] != short or "-" in full[1] or ROMAN_RE.fullmatch(full[1]):
        return False
    if short in SURNAMES_FIRST:
        return False
    return short.capitalize() in authority().given_names


def _short_given(short: str, full: str) -> bool:
    """A given name cut short: "Chris" of "Christopher", "Rob" of "Robert", or its familiar
    form: "Tony" of "Antony"."""
    if full in FAMILIAR.get(short, ()):
        return True
    return len(short) >= 3 and len(full) > len(short) and full.startswith(short)


def _initials(name: str) -> list[str]:
    return [w[0] for w in name.split() if INITIAL_RE.fullmatch(w)]


def _bare(name: str) -> bool:
    return name.split()[-1] not in POSTNOMINALS


def _surname_only(text: str, people: list[Mention]) -> set[str]:
    """The names every mention of which is the surname alone ("Biden", "BIDEN"): the dictionary's
    guess at whose surname it is, not the text's. One pass over the mentions, not one a name."""
    written_otherwise: set[str] = set()
    for p in people:
        if text[p.start : p.end].lower() != p.name.rsplit(None, 1)[-1].lower():
            written_otherwise.add(p.name)
    return {p.name for p in people} - written_otherwise


def _without_office(names: set[str], people: list[Mention]) -> None:
    """ "Shadow Minister for Foreign Affairs Julie Bishop" is Julie Bishop, named elsewhere: an
    office's name run into the holder's is the holder."""
    plain = {n for n in names if len(n.split()) > 1 and OFFICE_WORDS.isdisjoint(_core(n))}
    for p in people:
        if p.name not in plain and not OFFICE_WORDS.isdisjoint(_core(p.name)):
            # the fullest name the office's ends with, should it end with more than one
            held = [n for n in plain if p.name.endswith(" " + n)]
            if held:
                p.name = max(held, key=len)


def unify(text: str, people: list[Mention]) -> None:
    """Rename, in place, each person named shorter after the one person named fuller so."""
    names = {p.name for p in people if p.name[:1].isupper()}
    if len(names) < 2:
        return  # most statements name one person or none
    _without_office(names, people)
    # an office is no name: "Prime Minister" is not "Deputy Prime Minister" written shorter
    names = {p.name for p in people if p.name[:1].isupper() and OFFICE_WORDS.isdisjoint(_core(p.name))}
    cores = {n: _core(n) for n in names}
    # a fuller name shares a word with the shorter one: only those are compared
    by_word: dict[str, set[str]] = {}
    for n, core in cores.items():
        for w in core:
            by_word.setdefault(w, set()).add(n)
    fullest: dict[str, str] = {}
    surname_only: set[str] | None = None
    # the dictionary's person a surname alone was read as, where the text names another given name
    misread: set[str] = set()
    for a in names:
        near = {b for w in cores[a] for b in by_word.get(w, ())}
        fuller = [b for b in near if b != a and _fuller(a, b, cores)]
        # the fullest of them: those no other of them names more fully
        top = [b for b in fuller if not any(c != b and _fuller(b, c, cores) for c in fuller)]
        if not top and len(cores[a]) > 1:
            if surname_only is None:
                surname_only = _surname_only(text, people)
            if a not in surname_only:
                continue
            # "Biden" the dictionary calls Joe Biden, in a text naming "Joseph R. Biden"
            same = [
                b
                for b in by_word.get(cores[a][-1], ())
                if b != a and len(cores[b]) > 1 and cores[b][-1] == cores[a][-1]
            ]
            top = [b for b in same if not any(c != b and _fuller(b, c, cores) for c in same)]
            if len(top) == 1 and not _same_given(cores[a][0], cores[top[0]][0]):
                misread.add(a)  # "Dr. Biden" after "Dr. Jill Biden": hers, not Joe Biden's
        if len(top) == 1:
            fullest[a] = top[0]
    if not fullest:
        return
    renamed = _group_names(text, fullest, people, misread)
    for p in people:
        p.name = renamed.get(p.name, p.name)


def _same_given(a: str, b: str) -> bool:
    """Whether two given names can be one person's: the same, one cut short or familiar ("Joe",
    "Joseph"), or an initial. "Joe" and "Jill" Biden are two people."""
    return a == b or _short_given(a, b) or _short_given(b, a) or len(a) == 1 or len(b) == 1


def _group_names(
    text: str, fullest: dict[str, str], people: list[Mention], misread: set[str]
) -> dict[str, str]:
    """The one name of each person whose names lead, shorter to fuller, to one fullest name
    ("Jim Baker" → "James Baker" → "James Baker Antony", a name run on into the next line's)."""
    # two names each fuller than the other ("J. Smith", "K. Smith") say no one is named fuller
    fullest = {a: b for a, b in fullest.items() if fullest.get(b) != a}
    groups: dict[str, list[str]] = {}
    for a in fullest:
        top, seen = a, {a}
        while top in fullest and fullest[top] not in seen:  # a chain, walked to its end
            top = fullest[top]
            seen.add(top)
        groups.setdefault(top, [top]).append(a)
    # The name the authority file knows stays the person's ("Hillary Clinton", not the "Hillary
    # Rodham Clinton" the text writes): the archive's other statements name the person so, unless
    # it was only the dictionary's guess at a surname the text gives another person. Of
    # several it knows, the fullest, then the first the text writes: never the hash seed's pick.
    # Else, of the names a shorter one led to, the one written most often, on a tie the shorter:
    # "Alejandro Mayorkas", not the "Alejandro Mayorkas Opening Remarks" of a heading run on into
    # its next words, which reads as a fuller form of it (two of each in a DHS page).
    known = authority().by_name
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for p in people:
        first[p.name] = min(first.get(p.name, p.start), p.start)
        count[p.name] = count.get(p.name, 0) + 1
    fuller = set(fullest.values())
    familiar = {a for a, b in fullest.items() if _familiar_form(a, b)}
    names: dict[str, str] = {}
    for group in groups.values():
        own = [n for n in group if n in known and n not in misread]
        if own:
            name = min(own, key=lambda n: (-len(_core(n)), first.get(n, 0), n))
        elif familiar.intersection(group):
            name = _as_written(text, [n for n in group if n in fuller or n in familiar], people)
        else:
            led_to = [n for n in group if n in fuller]
            name = min(led_to, key=lambda n: (-count.get(n, 0), len(_core(n)), first.get(n, 0), n))
        names.update((n, name) for n in group)
    return names


def _as_written(text: str, forms: list[str], people: list[Mention]) -> str:
    """Of a person's full names, one a familiar given name's ("U.S. Senator Bob Casey" of a
    release's byline, "Statement of U.S. Senator Robert P. Casey, Jr." above the floor statement
    it attaches), the text's own choice: the form it writes most, on a tie the shorter (no
    heading run on into it), then the first. Neither is a shorter name to pass over. A mention
    counts where the form is written in full: "Senator Casey" was given the fuller name by the
    surname alone."""
    count: dict[str, int] = {}
    shown: dict[str, int] = {}
    for p in people:
        if p.name in forms and _written(text, p):
            count[p.name] = count.get(p.name, 0) + 1
            shown[p.name] = min(shown.get(p.name, p.start), p.start)
    return min(forms, key=lambda n: (-count.get(n, 0), len(_core(n)), shown.get(n, len(text)), n))


def _familiar_form(a: str, b: str) -> bool:
    """Whether `a` names the person of `b` by another form of the given name and no fewer words
    ("Bob Casey" of "Robert P. Casey", "Chris Ellison" of "Christopher Ellison")."""
    ca, cb = _core(a), _core(b)
    return len(ca) == len(cb) > 1 and ca[1:] == cb[1:] and ca[0] != cb[0] and _short_given(ca[0], cb[0])


def _written(text: str, p: Mention) -> bool:
    """Whether the mention writes the name's first word, not the surname alone it was given by."""
    core = _core(p.name)
    return bool(core) and core[0] in WORD_RE.findall(text[p.start : p.end].lower())
