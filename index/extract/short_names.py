"""Bodies named in full, then by the first part of that name: "Nepal’s Supreme Court … the
Supreme Court", "the Department of Justice … the Department", "This Justice Department".

A statement gives a body's full name ("Supreme Court of Nepal", "Department of Justice") and then
shortens it to what comes before "of", or turns it about ("Justice Department"). Those short forms
are found on their own (a dictionary's generic "Supreme Court", the organ word "Department") and
would stand as actors apart from the body they mean. A short form takes the full name when the
text named exactly one such body before it; with two ("the Department of Justice", "the
Department of State") the short form is left as it is, since either could be meant.

A body is also named with whose it is before its name, then without: "the UN Committee on the
Rights of the Child … the Committee on the Rights of the Child", "the Belarusian Justice Ministry
… the Justice Ministry", "the Justice Ministry’s Qualification Commission … the Qualification
Commission". The name without takes the one named with, and its type: the body is one.
"""

from __future__ import annotations

import bisect
import re

from .authority import authority
from .mention import Mention
from .tokens import fold

BODY_TYPES = frozenset({"government", "legislature", "igo", "ngo", "party", "media", "armed_group"})


def _short_forms(name: str) -> list[str]:
    """What a full name "X of Y" is shortened to: "X", and "Y X" when both are one word."""
    head, _, rest = name.partition(" of ")
    if not rest or not head:
        return []
    forms = [head.lower()]
    if " " not in head and " " not in rest:
        forms.append(f"{rest} {head}".lower())  # "Justice Department"
    return forms


# Whose a body is, written before its name: an organisation's, a state's name ("U.S. Justice
# Department"), or a possessive ("the Justice Ministry’s Qualification Commission").
OWNER_RE = re.compile(r"(?:UN|U\.N\.|United Nations|U\.S\.|US|[A-Z][\w.-]*(?: [A-Z][\w.-]*)*[’']s) (?=[A-Z])")


def _unowned(name: str) -> str | None:
    """The body's name without whose it is ("Justice Ministry" for "Belarusian Justice Ministry"),
    at least two words of it, or None."""
    m = OWNER_RE.match(name)
    if m is not None:
        rest = name[m.end() :]
    else:
        first, _, rest = name.partition(" ")
        if fold(first) not in authority().adjectives:
            return None
    return rest if " " in rest else None


def _owned(mentions: list[Mention]) -> None:
    """Rename, in place, a body named without whose it is after the one body named with it."""
    full: dict[str, dict[str, Mention]] = {}  # the name without → names with → first mention
    read: dict[str, str | None] = {}  # by name: a body is mentioned many times
    for m in mentions:
        if m.type not in BODY_TYPES:
            continue
        if m.name not in read:
            read[m.name] = _unowned(m.name)
        if (rest := read[m.name]) is not None:
            full.setdefault(rest.lower(), {}).setdefault(m.name, m)
    if not full:
        return  # most statements
    for m in mentions:
        fulls = full.get(m.name.lower()) if m.type in BODY_TYPES else None
        if fulls and len(fulls) == 1:
            owned = next(iter(fulls.values()))
            m.name, m.type = owned.name, owned.type


# "the court", "this Court" alone: a state's courts to the organ finder ("Courts of Israel").
BARE_COURT_RE = re.compile(r"(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?[Cc]ourt(?:[’']s)?")
DETERMINER_RE = re.compile(r"^(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]) ")


def _bare_court(m: Mention) -> bool:
    return m.name.startswith("Courts of")  # the organ finder's name for a state's courts


def _courts(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, "the court" after the court the text named before it: a report on "the
    International Court of Justice (ICJ)" goes on with "the court will hear Israel’s response",
    a letter about "Nepal’s Supreme Court" with "the court’s orders". The organ finder took each
    for the courts of the state the text names most. Of several courts, the one named last:
    "Just on the Federal Court, were you satisfied with Mr Ruddock’s explanation to the court"
    after three of the International Criminal Court. A court written in lower case by its name
    ("the special court" of a letter naming "the Special Court") is that court."""
    named = [m for m in mentions if m.type in BODY_TYPES and "Court" in m.name and not _bare_court(m)]
    if not named:
        return  # most statements
    named.sort(key=lambda m: m.start)
    starts = [m.start for m in named]
    by_name = {m.name.lower(): m for m in named}
    for m in mentions:
        if not _bare_court(m):
            continue
        # "the special court" of a letter naming "the Special Court": that court, wherever named
        written = DETERMINER_RE.sub("", " ".join(text[m.start : m.end].split())).lower()
        court = by_name.get(written)
        if court is None and BARE_COURT_RE.fullmatch(text, m.start, m.end):
            i = bisect.bisect_left(starts, m.start)
            court = named[i - 1] if i > 0 else None
        if court is not None:
            m.name, m.type = court.name, court.type


# An office named by its title alone ("the Minister", "The Secretary") that no holder's name took.
BARE_OFFICES = frozenset({"Minister", "Secretary", "Premier", "Treasurer", "Commissioner", "Director"})


def _offices(mentions: list[Mention]) -> None:
    """Rename, in place, an office named by its title alone after the one office of that title
    the text named in full before it: "the Minister for Immigration and Ethnic Affairs … The
    Minister said". An office is held by one person, whom the annotation guidelines mark by
    either name; with two ("Minister for Immigration", "Minister for Employment") either may be
    meant. A name run on past its end ("Minister for Immigration Local Government and Ethnic")
    is the office before it, as a body's is."""
    bare = [m for m in mentions if m.type == "person" and m.name in BARE_OFFICES]
    if not bare:
        return  # nearly every statement: a titled office is its holder's name (holders.py)
    first: dict[str, dict[str, int]] = {}  # title → full offices → where first named
    for m in mentions:
        title, sep, _ = m.name.partition(" for ")
        if m.type == "person" and sep and title in BARE_OFFICES:
            seen = first.setdefault(title, {})
            seen[m.name] = min(seen.get(m.name, m.start), m.start)
    for m in bare:
        fulls = [n for n, at in first.get(m.name, {}).items() if at < m.start]
        fulls = [n for n in fulls if not any(n.startswith(f + " ") for f in fulls)]
        if len(fulls) == 1:
            m.name = fulls[0]


def link(text: str, mentions: list[Mention]) -> None:
    """Rename, in place, short forms after the one full name the text gave before them."""
    _owned(mentions)
    _offices(mentions)
    if "ourt" in text:
        _courts(text, mentions)
    first_full: dict[str, dict[str, int]] = {}  # short form → full names → where first named
    named_at: dict[str, list[tuple[int, str]]] = {}  # short form → (end, full name) of each naming
    headed: dict[str, list[int]] = {}  # short form → ends of the namings that open a line or sentence
    for m in mentions:
        if m.type not in BODY_TYPES:
            continue
        # by its name and as written: "the Department of State" is named "U.S. Department of State"
        written = " ".join(text[m.start : m.end].split()).removeprefix("the ").removeprefix("The ")
        for full in {m.name, written}:
            if " of " not in full or full.endswith(("’s", "'s")):
                continue
            for form in _short_forms(full):
                seen = first_full.setdefault(form, {})
                seen[m.name] = min(seen.get(m.name, m.start), m.start)
                if "’s " not in m.name and "'s " not in m.name:  # "the Department of the Interior’s
                    named_at.setdefault(form, []).append((m.end, m.name))  # Bureau …": the bureau's
                    if _opens(text, m.start):
                        headed.setdefault(form, []).append(m.end)
    if not first_full:
        return  # most statements name no body "of" anything
    taken: dict[str, list[tuple[int, str]]] = {}  # short form → where each earlier one stood, its name
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type not in BODY_TYPES or " of " in m.name:
            continue
        form = m.name.lower()
        named = first_full.get(form, {})
        fulls = [n for n, at in named.items() if at < m.start]
        if not fulls and len(named) == 1 and " " in m.name:
            # a short form of two words or more before the one full name: "the national Election
            # Commission … The Thai Election Commission’s case" (one word, "the Department", may be
            # the issuer's own before another's is named)
            fulls = list(named)
        if len(fulls) > 1:
            # a name run on into the next sentence ("Department of Justice They", where the text
            # lost its full stops) is the body named before it, no second body
            fulls = [n for n in fulls if not any(n.startswith(f + " ") for f in fulls)]
        if len(fulls) > 1:
            fulls = _just_named(text, m.start, named_at.get(form, []))
            if not fulls and not _turned(taken.get(form, []), headed.get(form, []), m.start):
                fulls = _kept_on([name for _, name in taken.get(form, [])])
        if len(fulls) == 1:
            m.name = fulls[0]
            taken.setdefault(form, []).append((m.start, fulls[0]))


# What may stand before a name that opens a line, a heading or a sentence: the line's start, a
# full stop, a colon, a closing tag ("<strong>Department of Defense."), then perhaps "The".
OPENING_RE = re.compile(r"(?:^|[.!?:>\n])[^\S\n]*(?:&nbsp;[^\S\n]*)*(?:[Tt]he[^\S\n]+)?$")


def _opens(text: str, at: int) -> bool:
    """Whether the name at `at` opens a line or a sentence: the text turns to that body."""
    return OPENING_RE.search(text, max(0, at - 16), at) is not None


def _turned(taken: list[tuple[int, str]], headed: list[int], at: int) -> bool:
    """Whether, since the short form last stood for a body, the text opened a line or sentence
    with another full name: a fact sheet's section per department ("Department of Homeland
    Security." … "the Department also promoted …") is about its own department."""
    last = max((start for start, _ in taken), default=-1)
    return any(last < end <= at for end in headed)


def _kept_on(taken: list[str]) -> list[str]:
    """The body a short form has stood for so far, when the text has used it for that one body
    at least twice: a senators' letter to the Secretary of Homeland Security says "the Department"
    of his department throughout, and naming "the Department of State" once in passing ("the
    refugees identified by the Department of State for resettlement") does not make its next "the
    Department" either one. Used once, or for two bodies, it is no habit of the text's: none."""
    if len(taken) < 2 or len(set(taken)) > 1:
        return []
    return taken[:1]


# Where a sentence ends and the next begins.
SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?[^\S\n]+(?=\S)")


def _just_named(text: str, at: int, namings: list[tuple[int, str]]) -> list[str]:
    """The body whose full name the text gave last before `at`, on the same line and in the same
    sentence or the one before, when several share the short form: a fact sheet's paragraph on
    each department ("The Department of Labor is providing guidance … The Department will …")
    goes on about the one it just named. Further back, "the Department" may be any of them or the
    issuer's own ("in support of the Department’s mission" on a State Department page): none; and
    none where that sentence names two ("the Department of Education, and Department of Health and
    Human Services … The Department released")."""
    before = [(end, name) for end, name in namings if end <= at]
    if not before:
        return []
    end, name = max(before)
    line = text.rfind("\n", 0, at) + 1
    if end <= line or len(SENTENCE_END_RE.findall(text, end, at)) > 1:
        return []
    ends = [e.end() for e in SENTENCE_END_RE.finditer(text, line, end)]
    sentence = ends[-1] if ends else line  # where the sentence naming it begins
    if any(n != name and e > sentence for e, n in before):
        return []
    return [name]
