"""Actor mentions from the authority file: longest dictionary match, country + role composition,
coordinated spans ("the Syrian and Russian governments") and office words ("the Government").

Candidates from every finder are collected and the longest non-overlapping ones kept, as the
annotation guidelines ask ("mark the longest span that names the actor").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.extract.authority import Alias, Authority, authority
from index.extract.tokens import Token

PARTICLES = frozenset(
    {"of", "the", "for", "and", "on", "in", "to", "a", "al", "bin", "de", "la", "du", "von"}
)
DETERMINERS = frozenset({"the", "this", "its", "your", "our", "their", "these"})
POPULATION_NOUNS: dict[tuple[str, ...], str] = {
    ("civilians",): "Civilians",
    ("refugees",): "Refugees",
    ("asylum", "seekers"): "Asylum seekers",
    ("detainees",): "Detainees",
    ("migrants",): "Migrants",
    ("internally", "displaced", "persons"): "IDPs",
    ("internally", "displaced", "people"): "IDPs",
    ("idps",): "IDPs",
    ("displaced", "people"): "Displaced people",
    ("indigenous", "peoples"): "Indigenous peoples",
    ("political", "prisoners"): "Political prisoners",
}
_POP_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _key, _name in POPULATION_NOUNS.items():
    _POP_BY_FIRST.setdefault(_key[0], []).append((_key, _name))
ROLE_NAMES = {
    "government": "Government of {}",
    "armed_force": "Armed forces of {}",
    "legislature": "Parliament of {}",
}


@dataclass
class Mention:
    start: int
    end: int
    name: str
    type: str
    rank: int = 0  # tie-break between finders: dictionary 3, composed 4, heuristics lower
    home: str = ""  # office words resolved to the document's home state later ("Government")


def token_ok(alias_tok: str, text_tok: str) -> bool:
    """Case rule (NOTES.md): acronyms match exactly, names only when capitalised, so "us" is not
    the United States and "senate" in prose is not a legislature."""
    if alias_tok.islower() or not alias_tok[:1].isalpha():
        return alias_tok == text_tok.lower() or text_tok.lower() == alias_tok
    if len(alias_tok) > 1 and alias_tok.isupper():
        return text_tok == alias_tok or text_tok.replace(".", "") == alias_tok
    if alias_tok.lower() in PARTICLES:
        return True
    return text_tok[:1].isupper()


def _match_alias(toks: list[Token], i: int, alias: Alias, text: str) -> int:
    n = len(alias.tokens)
    if i + n > len(toks):
        return 0
    for k in range(n):
        t = toks[i + k]
        if t.text.lower() != alias.tokens[k].lower() or not token_ok(alias.tokens[k], t.text):
            return 0
        if k and "\n\n" in text[toks[i + k - 1].end : t.start]:
            return 0
    return n


def dictionary(toks: list[Token], text: str, auth: Authority) -> list[Mention]:
    out: list[Mention] = []
    lows = [t.text.lower() for t in toks]
    i = 0
    while i < len(toks):
        best = 0
        aid = -1
        longer = auth.index2.get((lows[i], lows[i + 1])) if i + 1 < len(toks) else None
        for alias in longer or ():
            n = _match_alias(toks, i, alias, text)
            if n:
                best, aid = n, alias.actor
                break
        if not best:
            for alias in auth.index.get(lows[i], ()):
                if _match_alias(toks, i, alias, text):
                    best, aid = 1, alias.actor
                    break
        if best:
            out.append(Mention(toks[i].start, toks[i + best - 1].end, auth.names[aid], auth.types[aid], 3))
            i += best
        else:
            i += 1
    return out


def _state_at(toks: list[Token], i: int, auth: Authority) -> tuple[int, int] | None:
    """A capitalised country adjective or name at token i ("Syrian", "Russia"), as (actor, length)."""
    t = toks[i].text
    if not t[:1].isupper() or t.lower() not in auth.adjective_heads:
        return None
    for n in (3, 2, 1):
        key = " ".join(x.text.lower() for x in toks[i : i + n])
        aid = auth.adjectives.get(key)
        if aid is not None and all(x.text[:1].isupper() for x in toks[i : i + n]):
            return aid, n
    return None


def _role_at(toks: list[Token], i: int, auth: Authority) -> tuple[str, int] | None:
    for n in (3, 2, 1):
        key = tuple(x.text.lower() for x in toks[i : i + n])
        if len(key) == n and key in auth.roles:
            return auth.roles[key], n
    return None


def composed(toks: list[Token], auth: Authority) -> list[Mention]:
    """Country + role noun, with coordination: "the Syrian and Russian governments" → two actors."""
    out: list[Mention] = []
    i = 0
    while i < len(toks):
        states: list[int] = []
        j = i
        while j < len(toks):
            st = _state_at(toks, j, auth)
            if st is None:
                break
            states.append(st[0])
            j += st[1]
            if j < len(toks) and toks[j].text == "’s" or j < len(toks) and toks[j].text == "'s":
                j += 1
            if j < len(toks) and toks[j].text in (",", "and") and j + 1 < len(toks):
                if toks[j].text == "," and toks[j + 1].text == "and":
                    j += 1
                j += 1
                continue
            break
        role = _role_at(toks, j, auth) if states else None
        if role is None:
            i += 1
            continue
        typ, n = role
        noun = " ".join(x.text for x in toks[j : j + n])
        start, end = toks[i].start, toks[j + n - 1].end
        for aid in dict.fromkeys(states):
            state = auth.names[aid]
            if typ in ROLE_NAMES:
                name = ROLE_NAMES[typ].format(state)
            else:
                adj = toks[i].text if len(states) == 1 else state
                name = f"{adj} {noun.lower()}"
            out.append(Mention(start, end, name, typ, 4))
        i = j + n
    return out


def populations(toks: list[Token]) -> list[Mention]:
    out: list[Mention] = []
    for i, t in enumerate(toks):
        for key, name in _POP_BY_FIRST.get(t.text.lower(), ()):
            n = len(key)
            if tuple(x.text.lower() for x in toks[i : i + n]) == key:
                out.append(Mention(t.start, toks[i + n - 1].end, name, "population", 2))
        if t.text.lower() == "people" and i + 2 < len(toks) and toks[i + 1].text == "of":
            nxt = toks[i + 2]
            if nxt.text[:1].isupper():
                start = toks[i - 1].start if i and toks[i - 1].text.lower() == "the" else t.start
                out.append(Mention(start, nxt.end, f"People of {nxt.text}", "population", 5))
    return out


OFFICES: dict[str, tuple[str, str]] = {
    "government": ("government", "Government of {}"),
    "senate": ("legislature", "Senate of {}"),
    "parliament": ("legislature", "Parliament of {}"),
    "opposition": ("party", "Opposition"),
    "minister": ("person", "Minister"),
    "department": ("government", "Department"),
    "cabinet": ("government", "Government of {}"),
    "president": ("person", "President of {}"),
    "regime": ("government", "Government of {}"),
}


def offices(toks: list[Token], text: str) -> list[Mention]:
    """Office words standing for the home state's institution: "the Government", "the Senate",
    "The president", "the regime". Capitalised only (lower case "government" is usually generic),
    except "the president"/"the regime", which name one office holder or one government."""
    out: list[Mention] = []
    for i, t in enumerate(toks):
        low = t.text.lower()
        if low not in OFFICES:
            continue
        prev = toks[i - 1].text.lower() if i else ""
        lower_ok = low in ("president", "regime") and prev in ("the", "’s", "'s")
        lower_ok = lower_ok or (low == "government" and prev in ("your", "its", "our"))
        if low == "government" and i and toks[i - 1].text[:1].isupper() and prev not in DETERMINERS:
            lower_ok = True
        if not (t.text[:1].isupper() or lower_ok):
            continue
        if low == "government" and i and toks[i - 1].text[:1].isupper() and prev not in DETERMINERS:
            if prev in authority().adjectives:
                continue  # "Syrian government" is composed with its country
            j = i - 2 if i > 1 and toks[i - 2].text.lower() in DETERMINERS else i - 1
            out.append(
                Mention(toks[j].start, t.end, "Government of {}", "government", 1, home="Government of {}")
            )
            continue
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if low == "minister" and nxt in ("for", "of"):
            continue  # "Minister for Immigration …" is found as a person's office
        typ, pattern = OFFICES[low]
        start = toks[i - 1].start if prev in DETERMINERS else t.start
        out.append(Mention(start, t.end, pattern, typ, 1, home=pattern))
    return out


PLACE_HEADS = (
    r"Islands?|Strait|Bay|Reef|Province|District|Region|Valley|Peninsula|Coast|Camp|Governorate|"
    r"Detention Centre|Detention Center"
)
PLACE_RE = re.compile(
    rf"\b((?:[A-Z][a-z]+[^\S\n]+)*[A-Z][a-z]+)(?:[^\S\n]+and[^\S\n]+((?:[A-Z][a-z]+[^\S\n]+)*[A-Z][a-z]+))?[^\S\n]+({PLACE_HEADS})\b"
    rf"|\b([A-Z][a-z]+)[^\S\n]+(province|district|governorate|camp|region|detention centre)\b"
    r"|\b(northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western)[^\S\n]+([A-Z][a-z]+)\b"
)


def places(text: str) -> list[Mention]:
    """Places named by a head word ("Melville and Bathurst Islands", "Pattani province",
    "southern Thailand"), which the country-level dictionaries do not list."""
    out: list[Mention] = []
    for m in PLACE_RE.finditer(text):
        if m.group(3):
            head = m.group(3)
            if m.group(2):  # coordinated: both places share the span
                single = head[:-1] if head.endswith("s") else head
                for part in (m.group(1), m.group(2)):
                    out.append(Mention(m.start(), m.end(), f"{part.split()[-1]} {single}", "place", 4))
            else:
                out.append(Mention(m.start(), m.end(), f"{m.group(1)} {head}", "place", 2))
        elif m.group(4):
            out.append(Mention(m.start(), m.end(), f"{m.group(4)} {m.group(5)}", "place", 2))
        elif m.group(7) and m.group(7).lower() in authority().adjectives:
            out.append(Mention(m.start(), m.end(), f"{m.group(6).title()} {m.group(7)}", "place", 2))
    return out
