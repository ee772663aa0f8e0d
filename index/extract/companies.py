"""Companies named with their legal form: "OOO Transoil", "PJSC Sovcombank" (a Russian form before
the name), "Transmorflot LLC", "Nord Gold PLC", "Nord Stream AG", "Huawei Technologies Co., Ltd."
(an English or European one after it).

The guidelines type a company `other`. No finder read one: the organisation finder types a body by
its last word, so "OOO Volga Group" was a charity ("Group"), and a company whose name ends in no
head word ("PJSC Sovcombank", "Marine Trans Shipping LLC") was no actor. The legal form says the
name is a company's, whatever its words; the form is part of the name, inside the span.

"Limited" and "Ltd" are also the forms of companies limited by guarantee, charities among them
("Australian Medical Association Limited"): after a head word the organisation finder reads, they
are left to it and its type. "Inc." is not read: as many non-profits take it as firms ("Girls
Inc.", "Alpha Phi Alpha Fraternity, Inc.", "Jobless Action Inc." beside "Pfizer Inc."), and
Australia's incorporated associations write it without its stop. "AO" before a name is as often
the Order of Australia ("… AO MP"): not read either.
"""

from __future__ import annotations

import re

from .keywords import has_any
from .mention import Mention
from .organisations import HEADS, LEADING_STOP

# A word of a company's name: a capitalised word ("Hikvision", "NIKE", "3M"), or "&".
WORD: str = r"(?:[A-Z0-9][\w'’.-]*|&(?:amp;)?)"
# "China Aerospace Science and Industry Corporation Limited", "Aviation Industry Corporation of
# China, Ltd.": a joining word between two capitalised ones.
NAME: str = rf"{WORD}(?:[^\S\n]+(?:(?:of|and|for)[^\S\n]+)?{WORD}){{0,7}}"
# The Russian forms written before the name: limited company, (public, open, closed) joint-stock.
PREFIX_FORMS: str = r"OOO|OAO|ZAO|PJSC|OJSC|CJSC|JSC"
# The forms written after it, longest first ("Co., Ltd." before "Co."); "Ltd" and "Limited" last,
# as the end of "Pty Ltd" and "Company Limited".
SUFFIX_FORMS: str = (
    r"Pty\.?[^\S\n]+Ltd\.?|Co\.?,?[^\S\n]+Ltd\.?|Company[^\S\n]+Limited|LLC|L\.L\.C\.|PLC|plc|GmbH|AG"
    r"|S\.A\.|JSC|Corp\.|Co\.|Ltd\.?|Limited"
)
PREFIX_RE: re.Pattern[str] = re.compile(rf"(?<![\w-])(?:{PREFIX_FORMS})[^\S\n]+[\"“«]?({NAME})")
SUFFIX_RE: re.Pattern[str] = re.compile(rf"(?<![\w&;)-])({NAME}),?[^\S\n]+({SUFFIX_FORMS})(?![\w-])")
# A capitalised word right after a form with no stop makes it no form: "former Deputy AG Gorelick"
# (the Attorney General), "the Limited Test Ban Treaty".
CAPITAL_AFTER_RE: re.Pattern[str] = re.compile(r"[^\S\n]*[A-Z]")
# The forms charities take too: a name holding a head word is then left to the organisations.
SHARED_FORMS: frozenset[str] = frozenset({"Ltd", "Ltd.", "Limited"})
# What every Russian form holds ("PJSC", "OJSC" and "CJSC" hold "JSC"): a text with none needs no
# search for a form before a name.
PREFIX_HINTS: tuple[str, ...] = ("OOO", "OAO", "ZAO", "JSC")
# A form after a name, alone: a text with none needs no search for a name before a form. The name's
# pattern is tried at every capitalised word, up to eight words on, and "Co" of "Council" or
# "Committee" told nothing, so a test for the forms' first letters let nearly every text through
# (0.20 → 0.04 s over 500 of the speed benchmark's statements). SUFFIX_RE's form stands after a
# space and before no word character, so a text it matches holds a match of this.
SUFFIX_FORM_RE: re.Pattern[str] = re.compile(rf"[^\S\n](?:{SUFFIX_FORMS})(?![\w-])")
# What every form after a name holds ("Pty Ltd" and "Co., Ltd" hold "Ltd", "Company Limited"
# "Limited"): read from the document's keyword pass (keywords.py), which most texts name none of,
# before SUFFIX_FORM_RE stops at each of their spaces (0.031 → 0.004 s over 500 of the speed
# benchmark's statements).
SUFFIX_HINTS: tuple[str, ...] = (
    "Ltd",
    "Limited",
    "Co.",
    "LLC",
    "L.L.C.",
    "PLC",
    "plc",
    "GmbH",
    "AG",
    "S.A.",
    "JSC",
    "Corp.",
)
WORD_RE: re.Pattern[str] = re.compile(r"\S+")
# The forms as words of a run: one company's form before "and" ends its name, not the next one's.
FORM_WORDS: frozenset[str] = frozenset(
    "OOO OAO ZAO PJSC OJSC CJSC JSC LLC PLC plc GmbH AG S.A. Corp. Co. Inc. Inc Ltd Ltd. Limited".split()
)
# The words a company's own name goes on after with "of": "Nuclear Power Corporation of India
# Limited", "Ardis Group of Companies LLC", "Moscow Institute of Electromechanics and Automatics JSC".
OWN_OF: frozenset[str] = frozenset(
    "Corporation Company Group Groups Institute Bank Bureau Industries".split()
)


def companies(text: str) -> list[Mention]:
    """Each company named with its legal form, typed `other`, the form inside its span."""
    out: list[Mention] = []
    if any(h in text for h in PREFIX_HINTS):  # most statements name none: no search
        for m in PREFIX_RE.finditer(text):
            end = m.end(1)
            out.append(Mention(m.start(), end, _spaced(text[m.start() : end]), "other", 2))
    if not has_any(text, SUFFIX_HINTS) or SUFFIX_FORM_RE.search(text) is None:
        return out
    for m in SUFFIX_RE.finditer(text):
        found = _suffixed(text, m)
        if found is not None:
            out.append(found)
    return out


def _suffixed(text: str, m: re.Match[str]) -> Mention | None:
    """The company a name and the form after it make, or None where the words are no company's."""
    words = _name_words(list(WORD_RE.finditer(text, m.start(1), m.end(1))))
    if not words or words[0].group().startswith("&") or text[: words[0].start()].rstrip().endswith(")"):
        return None  # "… Engineering (Group) Company Limited": the name began before the brackets
    form = m.group(2)
    names = [w.group().rstrip(",") for w in words]
    if form in SHARED_FORMS and not HEADS.keys().isdisjoint(names):
        return None  # "Australian Medical Association Limited": an association, the organisations'
    if form == "AG" and len(words) < 2:
        return None  # "AG Garland": the Attorney General
    if not form.endswith(".") and CAPITAL_AFTER_RE.match(text, m.end()):
        return None  # "Deputy AG Gorelick", "the Limited Test Ban Treaty": no legal form ends them
    start = words[0].start()
    end = m.end()
    return Mention(start, end, _spaced(text[start:end]), "other", 2)


def _name_words(words: list[re.Match[str]]) -> list[re.Match[str]]:
    """The words of the run that name the company: after a sentence's end ("… to Iran. Truong Phat
    Loc Shipping Trading JSC"), another company's form and "and" ("Oboronlogistika OOO and SC South
    LLC"), an office and its "of" ("CEO of Connect Frontier LLC", "Chairman of GFP Real Estate LLC";
    a company's own "of" follows a word such as "Corporation": "Aviation Industry Corporation of
    China, Ltd."), a year or a number ("49 Magnolia Blossom, LLC"), an owner ("Iran’s
    Persian Gulf … Co.") and a sentence's first word ("The", "In")."""
    begin = 0
    for k, w in enumerate(words):
        word = w.group()
        after = words[k + 1].group() if k + 1 < len(words) else ""
        ended = word.endswith(".") and word[:-1].isalpha() and len(word) > 4 and word not in FORM_WORDS
        if ended or word.endswith(("'s", "’s")) or word[0].isdigit():
            begin = k + 1
        elif word.rstrip(",") in FORM_WORDS and after in ("and", "&"):
            begin = k + 2
        elif word in ("of", "for") and (k == 0 or words[k - 1].group() not in OWN_OF):
            begin = k + 1
    words = words[begin:]
    while words and (words[0].group() in LEADING_STOP or words[0].group() in ("and", "of", "for")):
        words = words[1:]
    return words


def _spaced(span: str) -> str:
    """The name with one space between words ("ACI  International Ltd": a layout's two)."""
    return " ".join(span.replace("&amp;", "&").split())
