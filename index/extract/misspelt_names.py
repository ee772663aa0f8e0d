"""One person named twice, once with a word misspelt by a letter: one name.

A scanned release reads "Mr. Snedden" six times and "Mr. Snodden" once, where the scan lost a
letter; a party's release writes "Prime Minister Julia Gillard" and once "Julie Gillard"; a senator
names "Senator Dianne Feinstein" and "Diane Feinstein". The finders read each writing as a name of
its own and the panel shows two people. Two names of one text that are word for word the same but
for one word, and that word one letter apart (one changed, added or dropped: "Evgeniy",
"Yevgeniy"), are one person, named as the text names them most.

Short words are left apart: "Dan" and "Don", "Ana" and "Anna", "Jon" and "Joan" are names of their
own, and two people of one family differ in a short given name more often than a scan misspells
it; the word that differs has five letters or more in both writings.

A surname alone, misspelt, is the person named in full whose surname it misses by a letter: a
senators' letter to "Secretary Michael Chertoff" also writes "Secretary Chertroff", a release on
"Muammar Gaddafi" writes "Qaddafi", an HRW release "Alexander Lukashenko" and "Lukashenka". The
word compared to the full name's surname alone (a name of one word has no given name to compare),
it takes the full name, however often it is written, as a surname alone takes a full name
elsewhere.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from .mention import Mention

# The shortest word whose one-letter variant is read as a misspelling, not another name.
MIN_LETTERS: int = 5


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether `a` and `b` differ by one letter changed, added or dropped."""
    return a != b and Levenshtein.distance(a, b, score_cutoff=1) == 1


def _variants(a: str, b: str) -> bool:
    """Whether the names `a` and `b` are one name with one word misspelt by a letter."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb):
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= MIN_LETTERS and x.isalpha() and y.isalpha() and _one_letter_apart(x, y)


def _surname_of(word: str, names: list[str]) -> str | None:
    """The one full name of `names` whose surname `word` (a name of one word) misses by a letter;
    None when none is, or when two full names are (which one the scan meant is not known)."""
    w = word.lower()
    if len(w) < MIN_LETTERS or not w.isalpha():
        return None
    found = {
        n
        for n in names
        if len(parts := n.lower().split()) > 1
        and len(parts[-1]) >= MIN_LETTERS
        and parts[-1].isalpha()
        and _one_letter_apart(w, parts[-1])
    }
    return found.pop() if len(found) == 1 else None


def _spelt(name: str, metadata: tuple[str, ...]) -> int:
    """How many words of `name` the file's metadata spells ("cockcroft" in a catalogue's
    "federationcockcroft", which ran a union and its secretary together)."""
    return sum(1 for w in name.lower().split() if len(w) >= MIN_LETTERS and any(w in m for m in metadata))


def unify(persons: list[Mention], metadata: tuple[str, ...] = ()) -> None:
    """Give, in place, a person's misspelt name the writing the file's name spells (a release's
    contributor, "…-cockcroft-david-…", over the text's one "David Cockroft"), else the one the
    text uses most ("Snedden" six times over "Snodden" once), else the one met first."""
    counts: dict[str, int] = {}
    for p in persons:
        counts[p.name] = counts.get(p.name, 0) + 1
    if len(counts) < 2:
        return  # one person or none: nothing to join
    first: dict[str, int] = {}  # where each name is first met, in one pass (not one per name)
    for p in persons:
        if p.start < first.get(p.name, p.start + 1):
            first[p.name] = p.start
    names = sorted(counts, key=lambda n: (-_spelt(n, metadata), -counts[n], first[n]))
    into: dict[str, str] = {}
    for i, rare in enumerate(names):
        for common in names[:i]:
            if common not in into and _variants(rare, common):
                into[rare] = common
                break
    full = [n for n in names if n not in into]
    for name in full:
        if len(name.split()) == 1 and (surname := _surname_of(name, full)) is not None:
            into[name] = surname
    for p in persons:
        p.name = into.get(p.name, p.name)
