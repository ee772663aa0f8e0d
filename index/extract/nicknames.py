"""One person named in full twice, once by a familiar form of the given name: one name.

A senator's release writes "Bernie Sanders (I-VT)" in its text and "BERNARD SANDERS" under the
letter it quotes; a page writes "Joe Biden" and "Joseph R. Biden". Both are found as full names,
the surname alone ("Senator Sanders") takes one of them, and the panel shows two people. English
given names have familiar forms a reader knows as the same name (Bernie, Bernard; Dick, Richard;
Ted, Edward): two full names of one text with one surname and given names so related are one
person, named as the text first names them in full.

Only given names that differ are joined: "George W. Bush" and "George H. W. Bush" share a given
name and are two people, which `name_variants` keeps apart.
"""

from __future__ import annotations

from .mention import Mention

# Familiar forms and the given name each stands for (lower case): the common English ones.
FAMILIAR: dict[str, str] = {
    "al": "albert",
    "andy": "andrew",
    "ben": "benjamin",
    "bernie": "bernard",
    "bill": "william",
    "billy": "william",
    "bob": "robert",
    "bobby": "robert",
    "chris": "christopher",
    "chuck": "charles",
    "dan": "daniel",
    "danny": "daniel",
    "dave": "david",
    "dick": "richard",
    "doug": "douglas",
    "ed": "edward",
    "fred": "frederick",
    "greg": "gregory",
    "jeff": "jeffrey",
    "jerry": "gerald",
    "jim": "james",
    "jimmy": "james",
    "joe": "joseph",
    "kathy": "katherine",
    "ken": "kenneth",
    "larry": "lawrence",
    "liz": "elizabeth",
    "matt": "matthew",
    "mike": "michael",
    "mitch": "mitchell",
    "nick": "nicholas",
    "pat": "patrick",
    "phil": "philip",
    "rick": "richard",
    "rob": "robert",
    "ron": "ronald",
    "russ": "russell",
    "sam": "samuel",
    "steve": "stephen",
    "sue": "susan",
    "ted": "edward",
    "tim": "timothy",
    "tom": "thomas",
    "tony": "anthony",
}


def familiar(word: str, given: str) -> bool:
    """Whether `word` is a familiar form of the given name `given` ("Bill" of "William")."""
    return FAMILIAR.get(word.lower()) == given.lower()


def _key(name: str) -> tuple[str, str] | None:
    """The given name as its full form and the surname, of a name of two words or more."""
    words = [w for w in name.replace(",", " ").split() if w.rstrip(".").lower() not in ("jr", "sr")]
    if len(words) < 2:
        return None
    given = words[0].lower()
    return FAMILIAR.get(given, given), words[-1].lower()


def unify(text: str, persons: list[Mention]) -> None:
    """Give, in place, the persons of one surname whose given names are one name's forms the name
    the text first gives them in full."""
    by_key: dict[tuple[str, str], list[Mention]] = {}
    for p in persons:
        if (k := _key(p.name)) is not None:
            by_key.setdefault(k, []).append(p)
    for ms in by_key.values():
        givens = {m.name.split()[0].lower() for m in ms}
        if len(givens) < 2:  # one given name throughout: nothing a familiar form splits
            continue
        # a surname alone ("Senator Sanders") already carries one of the names: not the text's own
        written = [m for m in ms if m.name.split()[0].lower() in text[m.start : m.end].lower()]
        first = min(written or ms, key=lambda m: m.start)
        for m in ms:
            m.name = first.name
